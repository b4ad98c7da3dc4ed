/**
 * Deploy anywhere: the site built as a newsroom would publish it under a path
 * (BASE_PATH=/sub/dir/, SITE_URL=https://example.org), from the five articles plus a sixth.
 * The build goes to a scratch directory and is served by a small static server under /sub/dir/
 * only: a link or fetch that escapes the base gets a 404 and fails the test.
 * Checked there: the link checker, one journey (home → claim → sentence; a quote search; a
 * download; a former slug's redirect), and that canonical links, Open Graph, JSON-LD and the
 * sitemap carry https://example.org/sub/dir/…. Runs once, in the desktop project.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { expect, test, } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { buildSite, type ScratchBuild } from '../helpers/build-site.ts';
import { brokenLinks, elements, pages, type Page } from '../helpers/dist.ts';

const BASE = '/sub/dir/';
const SITE = 'https://example.org';
const root = join(import.meta.dirname, '../..');

test.describe.configure({ mode: 'serial' });
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'runs once, in the desktop project'));

let build: ScratchBuild;
let all: Page[] = [];
let renamed = '';

/** content/articles plus tests/fixtures/articles/sixth-outlet.txt, and the registry with a former slug. */
function inputs(dir: string): string[] {
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  for (const f of readdirSync(join(root, 'content/articles'))) copyFileSync(join(root, 'content/articles', f), join(articles, f));
  copyFileSync(join(root, 'tests/fixtures/articles/sixth-outlet.txt'), join(articles, 'sixth-outlet.txt'));
  const sources = parse(readFileSync(join(articles, 'sources.yaml'), 'utf8')) as Record<string, unknown>[];
  sources.push({
    slug: 'sixth-outlet',
    file: 'sixth-outlet.txt',
    outlet: 'A sixth outlet (test fixture)',
    outletKnown: false,
    headline: null,
    date: '2024-11-17',
    url: null,
    identification: { evidence: 'A text written for the tests (tests/fixtures/articles/README.md).', confidence: 'unknown' },
  });
  writeFileSync(join(articles, 'sources.yaml'), stringify(sources));
  const registry = parse(readFileSync(join(root, 'content/claims.yaml'), 'utf8')) as { claims: { slug: string; formerSlugs?: string[] }[] };
  const first = registry.claims[0]!;
  renamed = first.slug;
  first.formerSlugs = [...(first.formerSlugs ?? []), 'a-retired-slug'];
  writeFileSync(join(dir, 'claims.yaml'), stringify(registry));
  return ['--articles', articles, '--registry', join(dir, 'claims.yaml')];
}

test.beforeAll(async ({}, info) => {
  if (info.project.name !== 'desktop') return;
  test.setTimeout(300_000);
  build = buildSite({ prefix: 'base-path-', content: inputs, env: { BASE_PATH: BASE, SITE_URL: SITE } });
  all = pages(build.out, BASE);
  ORIGIN = await startServer(build.out);
});

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.csv': 'text/csv' };

/**
 * A static server for the build at /sub/dir/ and nowhere else, as a host would serve it; every
 * request outside the base (a link or fetch that would break on a real host) is recorded.
 */
const escaped: string[] = [];
let server: Server | undefined;
let ORIGIN = '';

function startServer(out: string): Promise<string> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(BASE)) {
      // The browser's own probe for /favicon.ico on a page without an icon link (Astro's redirect page) is no link of ours.
      if (path !== '/favicon.ico') escaped.push(url.pathname);
      res.writeHead(404).end('outside the base path');
      return;
    }
    path = path.slice(BASE.length - 1);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(out, path);
    if (!file.startsWith(out) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end(readFileSync(join(out, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

test.afterAll(() => {
  server?.close();
});

test.afterEach(() => {
  expect(escaped, 'requests outside the base path').toEqual([]);
});

const read = <T>(name: string) => JSON.parse(readFileSync(join(build.out, 'data', `${name}.json`), 'utf8')) as T[];

test('under a base path, every internal link and #fragment resolves, and none leaves the base', () => {
  const { broken, checked } = brokenLinks(all, build.out, BASE);
  console.log(`base-path link check: ${checked} internal links over ${all.length} pages`);
  expect(all.length).toBeGreaterThan(10);
  expect(checked).toBeGreaterThan(all.length);
  expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
  // Assets too: every stylesheet, script and icon is under the base.
  const assets = all.flatMap((p) => [...elements(p.tree, 'script'), ...elements(p.tree, 'link')].map((e) => e.properties.src ?? e.properties.href)).filter((u): u is string => typeof u === 'string' && !/^https?:/.test(u));
  expect(assets.length).toBeGreaterThan(all.length);
  expect(assets.filter((u) => !u.startsWith(BASE))).toEqual([]);
});

test('canonical links, Open Graph, JSON-LD and the sitemap carry https://example.org/sub/dir/…', () => {
  const expected = `${SITE}${BASE}`;
  const isRedirect = (p: Page) => p.html.includes('http-equiv="refresh"');
  const canonicalOf = (p: Page) => elements(p.tree, 'link').find((l) => String(l.properties.rel).includes('canonical'))?.properties.href;
  // A redirect page names its target as canonical.
  expect(all.filter(isRedirect).map(canonicalOf)).toEqual([`${expected}claims/${renamed}/`]);
  for (const page of all.filter((p) => !p.path.endsWith('404') && !isRedirect(p))) {
    const canonical = canonicalOf(page);
    expect(canonical, page.path).toBe(`${SITE}${page.path}`);
    const og = elements(page.tree, 'meta').find((m) => m.properties.property === 'og:url')?.properties.content;
    expect(og, page.path).toBe(canonical);
  }
  const claims = all.filter((p) => /\/claims\/[^/]+\/$/.test(p.path) && !isRedirect(p));
  expect(claims.length).toBeGreaterThan(5);
  for (const page of claims) {
    const script = elements(page.tree, 'script').find((s) => s.properties.type === 'application/ld+json')!;
    const ld = JSON.parse(script.children.map((c) => ('value' in c ? c.value : '')).join('')) as { '@id': string; url: string; appearance: { url: string }[] };
    expect(ld['@id']).toBe(`${SITE}${page.path}`);
    expect(ld.url).toBe(ld['@id']);
    for (const a of ld.appearance) expect(a.url.startsWith(expected) || !a.url.startsWith(SITE), a.url).toBe(true);
  }
  const index = readFileSync(join(build.out, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(maps.length).toBeGreaterThan(0);
  const locs = maps.flatMap((m) => {
    expect(m.startsWith(expected), m).toBe(true);
    return [...readFileSync(join(build.out, m.slice(expected.length)), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!);
  });
  expect(locs).toContain(expected);
  expect(locs.filter((l) => !l.startsWith(expected))).toEqual([]);
  // Every sitemap entry is a page of the build.
  const paths = new Set(all.map((p) => p.path));
  expect(locs.filter((l) => !paths.has(l.slice(SITE.length)))).toEqual([]);
});

test('under a base path: home → matrix cell → claim → sentence in context', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}`);
  const cell = page.locator('table.matrix td a').first();
  const target = (await cell.getAttribute('href'))!;
  expect(target.startsWith(`${BASE}claims/`)).toBe(true);
  await cell.click();
  await expect(page).toHaveURL(`${ORIGIN}${target}`);
  const column = page.locator(`section${new URL(target, ORIGIN).hash}`);
  const context = column.getByRole('link', { name: /^Sentence \d+ in context$/ }).first();
  await context.click();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${BASE}sources/[a-z0-9-]+/#s-\\d+$`));
  await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
  // The navigation leads home under the base.
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}`);
});

test('under a base path: a quote search finds a quote and links to its context', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().endsWith('.json') && fetched.push(new URL(r.url()).pathname));
  const quote = read<{ text: string }>('quotes').find((q) => q.text.split(/\s+/).length >= 6)!;
  const words = quote.text.replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');
  await page.goto(`${ORIGIN}${BASE}quotes/`);
  await expect(page.locator('#quote-search[data-ready="true"]')).toBeAttached();
  await page.getByLabel('Search quotes, speakers and outlets').fill(words);
  await expect(page.locator('#results > li').first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${BASE}quotes/\\?q=.+`));
  expect(fetched).toEqual([`${BASE}quotes/search.json`]);
  await page.locator('#results > li').first().getByRole('link', { name: 'in context' }).click();
  await expect(page).toHaveURL(new RegExp(`^${ORIGIN}${BASE}sources/[a-z0-9-]+/#s-\\d+$`));
});

test('under a base path: a dataset downloads, and a former slug redirects under the base', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}data/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'claims.json' }).click()]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown[];
  expect(data).toHaveLength(read('claims').length);
  await page.goto(`${ORIGIN}${BASE}claims/a-retired-slug/`);
  await page.waitForURL(`${ORIGIN}${BASE}claims/${renamed}/`);
  await expect(page.locator('h1')).toHaveCount(1);
});
