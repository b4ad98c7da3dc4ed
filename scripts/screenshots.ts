#!/usr/bin/env node
/**
 * Full-page screenshots of every page type at 1280 and 390 px wide, in light and (with --dark)
 * dark mode, saved to screenshots/ (git-ignored) for a person to look at.
 * Serves dist/ with `astro preview` unless something already answers on 127.0.0.1:4321.
 *   npm run build && node scripts/screenshots.ts [--dark] [--slices] [page name ...]
 * --slices also saves each page in screen-sized slices (name-width.N.png).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

// SCREENSHOT_PORT: serve on another port than 4321 (when that one is taken by another checkout).
const PORT = process.env.SCREENSHOT_PORT ?? '4321';
const BASE = `http://127.0.0.1:${PORT}`;
const args = process.argv.slice(2);
const dark = args.includes('--dark');
const slices = args.includes('--slices');
const only = args.filter((a) => !a.startsWith('--'));

const first = <T>(file: string, pick: (xs: T[]) => string) => pick(JSON.parse(readFileSync(`dist/data/${file}.json`, 'utf8')) as T[]);
const claim = first<{ id: string; coverage: { status: string }[] }>('claims', (xs) => (xs.find((c) => c.coverage.filter((x) => x.status !== 'not-reported').length >= 3) ?? xs[0]!).id);
const sources = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')) as { id: string }[];
const person = first<{ id: string; quoteCounts: Record<string, number> }>('people', (xs) => [...xs].sort((a, b) => Object.keys(b.quoteCounts).length - Object.keys(a.quoteCounts).length)[0]!.id);

const pages: [string, string][] = [
  ['home', '/'],
  ['claims', '/claims/'],
  ['claim', `/claims/${claim}/`],
  ['source', `/sources/${sources[0]!.id}/#s-3`],
  ['source-2', `/sources/${sources[3]!.id}/`],
  ['quotes', '/quotes/'],
  ['quotes-search', '/quotes/?q=rokets+speek'],
  ['people', '/people/'],
  ['person', `/people/${person}/`],
  ['figures', '/figures/'],
  ['compare', '/compare/'],
  ['compare-pair', `/compare/${sources[0]!.id}/${sources[2]!.id}/`],
  ['data', '/data/'],
  ['method', '/method/'],
  ['404', '/no-such-page/'],
];

async function up(): Promise<boolean> {
  try {
    return (await fetch(`${BASE}/`)).ok;
  } catch {
    return false;
  }
}

let server: ReturnType<typeof spawn> | undefined;
if (!(await up())) {
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', PORT], { stdio: 'ignore' });
  for (let i = 0; i < 60 && !(await up()); i++) await new Promise((r) => setTimeout(r, 500));
}
mkdirSync('screenshots', { recursive: true });
const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      if (only.length && !only.includes(name)) continue;
      await page.goto(`${BASE}${path}`);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const file = `screenshots/${name}-${width}${dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: file, fullPage: true });
      if (slices) {
        // Tall pages are hard to judge shrunk to fit: also save them in screen-sized slices.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const step = width > 600 ? 1000 : 1200;
        for (let y = 0, n = 1; y < height; y += step, n++) {
          await page.screenshot({ path: file.replace('.png', `.${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
        }
      }
      console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server?.kill();
}
