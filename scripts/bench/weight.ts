/**
 * Page weight from a built site (dist/): for each HTML page, the bytes a cold visit loads —
 * the HTML, its stylesheets, its scripts (with the modules they import, transitively), the data
 * files its scripts fetch (the search index), and images/fonts — raw and gzip (node:zlib, level 6,
 * what most static hosts serve). Used by the benchmark and by tests/e2e/budgets.spec.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  /** URL path, e.g. "/claims/range/". */
  page: string;
  type: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** JSON fetched by the page's scripts or preloaded (e.g. the quote search index). */
  data: Bytes;
  /** Images and fonts. */
  other: Bytes;
  total: Bytes;
  files: { css: string[]; js: string[]; data: string[]; other: string[] };
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Every HTML file in dist/, as paths relative to dist (posix separators). */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dist, p).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** "claims/range/index.html" → "/claims/range/". */
export function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The page type of a URL: home, claim, claims, source, sources, quotes, figures, compare, data, method, 404 … */
export function pageType(url: string): string {
  if (url === '/') return 'home';
  if (url === '/404.html') return '404';
  const parts = url.split('/').filter(Boolean);
  const [first] = parts;
  const singular: Record<string, string> = { claims: 'claim', sources: 'source', compare: 'compare', data: 'data' };
  if (parts.length === 1) return first === 'compare' ? 'compare index' : first!;
  return singular[first!] ?? `${first} (sub-page)`;
}

/** Is the page a redirect stub (meta refresh), e.g. a claim's former slug? */
export function isRedirect(html: string): boolean {
  return /<meta[^>]+http-equiv=["']?refresh/i.test(html);
}

const cache = new Map<string, Bytes>();
function sizeOf(file: string): Bytes {
  let b = cache.get(file);
  if (!b) {
    const buf = readFileSync(file);
    b = { raw: buf.length, gzip: gzipSync(buf).length };
    cache.set(file, b);
  }
  return b;
}
export function clearCache() {
  cache.clear();
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((x) => x !== undefined);

/** Resolve a reference from a page or asset to a file in dist, or null (external, missing, data: …). */
function resolveRef(dist: string, fromUrlDir: string, ref: string): string | null {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) return null;
  const path = ref.split(/[?#]/)[0]!;
  if (!path) return null;
  const url = path.startsWith('/') ? path : posix.join(fromUrlDir, path);
  const file = join(dist, decodeURIComponent(url));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const IMPORT_RE = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.m?js)["'`]/g;
const JSON_RE = /["'`]([^"'`\s]+\.json)(?:[?#][^"'`]*)?["'`]/g;

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const page = urlOf(htmlFile);
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const pageDir = posix.dirname(`/${htmlFile}`);
  const css = new Set<string>();
  const js = new Set<string>();
  const data = new Set<string>();
  const other = new Set<string>();
  const res = (from: string, ref: string | undefined) => (ref ? resolveRef(dist, from, ref) : null);

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const f = res(pageDir, attr(tag, 'href'));
    if (!f) continue;
    if (rel.includes('stylesheet')) css.add(f);
    else if (rel.includes('modulepreload')) js.add(f);
    else if (rel.includes('preload') || rel.includes('prefetch')) (f.endsWith('.json') ? data : f.endsWith('.js') ? js : other).add(f);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const f = res(pageDir, attr(tag, 'src'));
    if (f) js.add(f);
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const f = res(pageDir, attr(tag, 'src'));
    if (f) other.add(f);
  }
  // JSON named in the page outside links (data-index="/quotes/index.json" and the like).
  const withoutLinks = html.replace(/<a\b[^>]*>/gi, '');
  for (const m of withoutLinks.matchAll(/=\s*["']([^"'\s]+\.json)["']/g)) {
    const f = res(pageDir, m[1]);
    if (f) data.add(f);
  }
  // Scripts: follow static and dynamic imports, and JSON the script fetches.
  const queue = [...js];
  while (queue.length) {
    const f = queue.pop()!;
    const src = readFileSync(f, 'utf8');
    const dir = posix.dirname(`/${relative(dist, f).split(sep).join('/')}`);
    for (const m of src.matchAll(IMPORT_RE)) {
      const g = res(dir, m[1]);
      if (g && !js.has(g)) {
        js.add(g);
        queue.push(g);
      }
    }
    for (const m of src.matchAll(JSON_RE)) {
      const g = res(dir, m[1]) ?? res(pageDir, m[1]);
      if (g) data.add(g);
    }
  }
  for (const f of css) {
    const src = readFileSync(f, 'utf8');
    const dir = posix.dirname(`/${relative(dist, f).split(sep).join('/')}`);
    for (const m of src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const g = res(dir, m[1]);
      if (g) other.add(g);
    }
  }

  const sum = (files: Set<string>) => [...files].map(sizeOf).reduce(add, zero());
  const htmlBytes = { raw: Buffer.byteLength(html), gzip: gzipSync(html).length };
  // Inline scripts count as JavaScript too (they are also inside the HTML bytes).
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type=["']?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1]!)
    .filter((s) => s.trim());
  const inlineJs = inline.map((s) => ({ raw: Buffer.byteLength(s), gzip: gzipSync(s).length })).reduce(add, zero());
  const w = {
    css: sum(css),
    js: add(sum(js), inlineJs),
    data: sum(data),
    other: sum(other),
  };
  const rel = (s: Set<string>) => [...s].map((f) => `/${relative(dist, f).split(sep).join('/')}`).sort();
  return {
    page,
    type: pageType(page),
    html: htmlBytes,
    ...w,
    // Inline JS is already inside the HTML bytes: not counted twice in the total.
    total: [htmlBytes, w.css, sum(js), w.data, w.other].reduce(add, zero()),
    files: { css: rel(css), js: rel(js), data: rel(data), other: rel(other) },
  };
}

/** Every page of a built site, redirect stubs left out. */
export function siteWeights(dist: string): PageWeight[] {
  return htmlFiles(dist)
    .filter((f) => !isRedirect(readFileSync(join(dist, f), 'utf8')))
    .map((f) => pageWeight(dist, f));
}

/** Per page type: how many pages, and the heaviest one (by total gzip). */
export function byType(weights: PageWeight[]): { type: string; pages: number; heaviest: PageWeight }[] {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) {
    const list = groups.get(w.type) ?? [];
    list.push(w);
    groups.set(w.type, list);
  }
  return [...groups]
    .map(([type, list]) => ({ type, pages: list.length, heaviest: list.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a)) }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** Budgets (issue 7), shared by the benchmark's report and tests/e2e/budgets.spec.ts. */
export const BUDGETS = {
  /** Reading pages (every page but the quotes page): JavaScript, gzip. */
  readingJsGzip: 2 * 1024,
  /** The quotes page: JavaScript plus its search index (and the quote data it fetches), gzip. */
  quotesJsAndIndexGzip: 30 * 1024,
  /** Any page, everything it loads, gzip (at five articles). */
  pageTotalGzip: 100 * 1024,
} as const;

export const isQuotesPage = (w: PageWeight) => w.type === 'quotes';

export interface BudgetResult {
  name: string;
  page: string;
  value: number;
  limit: number;
  ok: boolean;
}

export function checkBudgets(weights: PageWeight[]): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const w of weights) {
    if (isQuotesPage(w)) {
      const v = w.js.gzip + w.data.gzip;
      out.push({ name: 'quotes page JS + index (gzip)', page: w.page, value: v, limit: BUDGETS.quotesJsAndIndexGzip, ok: v <= BUDGETS.quotesJsAndIndexGzip });
    } else {
      out.push({ name: 'reading page JS (gzip)', page: w.page, value: w.js.gzip, limit: BUDGETS.readingJsGzip, ok: w.js.gzip <= BUDGETS.readingJsGzip });
    }
    out.push({ name: 'page total (gzip)', page: w.page, value: w.total.gzip, limit: BUDGETS.pageTotalGzip, ok: w.total.gzip <= BUDGETS.pageTotalGzip });
  }
  return out;
}

export const distDir = (root: string) => join(root, 'dist');
