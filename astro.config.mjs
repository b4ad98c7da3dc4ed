// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// Canonical URLs and the sitemap need the address the site is served from; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which strips the spaces between "said" and a marked-up name.
  compressHTML: true,
  integrations: [sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
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
