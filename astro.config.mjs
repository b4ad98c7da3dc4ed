// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// Where the site is published, read once here and nowhere else (pages reach them through
// src/lib/urls.ts). SITE_URL: the origin canonical links, Open Graph, JSON-LD and the sitemap
// carry. BASE_PATH: the path the site is served under ("/projects/atacms/"), "/" by default.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  // A claim whose slug changed keeps its old URLs: src/pages/claims/[slug].astro serves a redirect
  // page for every `formerSlugs` entry (through the URL helper, so it knows the base).
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
