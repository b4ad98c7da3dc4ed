// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Canonical URLs and the sitemap need the address the site is served from; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

// Permalinks never break: a claim whose slug changed keeps its old URLs as redirects
// (`formerSlugs` in content/claims.yaml, carried into the built claims collection).
const dataDir = process.env.CONTENT_DATA_DIR ?? 'content/data';
const claimsFile = join(dataDir, 'claims.json');
/** @type {{ id: string, formerSlugs: string[] }[]} */
const claims = existsSync(claimsFile) ? JSON.parse(readFileSync(claimsFile, 'utf8')) : [];
const redirects = Object.fromEntries(
  claims.flatMap((c) => c.formerSlugs.map((old) => [`/claims/${old}/`, `/claims/${c.id}/`])),
);

export default defineConfig({
  site,
  redirects,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which strips the spaces between "said" and a marked-up name.
  compressHTML: true,
  integrations: [sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Never inline a script into the HTML: every script is a same-origin file under the CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro hashes every script and style it emits into a CSP <meta>; nothing inline from
  // elsewhere runs, and nothing loads from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
