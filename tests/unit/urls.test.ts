/**
 * The site works under any base path: one URL helper builds every internal address, and no other
 * file in src/ writes a root-relative link (which would escape the base and break the site when it
 * is published at https://example.org/projects/atacms/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, normaliseBase, pathsUnder } from '../../src/lib/urls.ts';

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(astro|ts|mjs|js)$/.test(n) ? [p] : [];
  });
}

/** Top-level routes of the site (from src/pages): a quoted string starting with one is a root-relative link. */
const routes = [...new Set(readdirSync(join(src, 'pages')).map((n) => n.replace(/\.(astro|ts)$/, '')).filter((n) => !n.startsWith('[')))];
routes.push('sitemap-index.xml', 'favicon.svg', '_astro');

/** Root-relative links in a file's text: attribute values, fetches and redirects, and quoted route paths. */
function rootRelativeLinks(text: string): string[] {
  const found: string[] = [];
  // href="/x", src='/x', action={`/x`}, href={'/'}, fetch('/x'), redirect('/x'), location.href = '/x'
  const attr = /\b(?:href|src|srcset|action|poster|formaction|content)\s*=\s*\{?\s*(["'`])\/(?!\/)[^"'`]*\1?/g;
  const call = /\b(?:fetch|redirect|assign|replace|open)\(\s*(["'`])\/(?!\/)[^"'`]*\1/g;
  const route = new RegExp(`(["'\`])\\/(?:${routes.map((r) => r.replace(/[.]/g, '\\.')).join('|')})(?:[/#?.][^"'\`]*)?\\1`, 'g');
  for (const re of [attr, call, route]) for (const m of text.matchAll(re)) found.push(m[0]);
  return found;
}

describe('one URL helper knows the base', () => {
  it('normalises the base path to one slash at each end', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('sub/dir')).toBe('/sub/dir/');
    expect(normaliseBase('/sub/dir')).toBe('/sub/dir/');
    expect(normaliseBase('//sub//dir//')).toBe('/sub/dir/');
  });

  it('puts every path under the base, whether given with or without a leading slash', () => {
    const at = pathsUnder('/sub/dir/');
    expect(at('')).toBe('/sub/dir/');
    expect(at('claims/x/')).toBe('/sub/dir/claims/x/');
    expect(at('/claims/x/')).toBe('/sub/dir/claims/x/');
    expect(pathsUnder('/')('quotes/search.json')).toBe('/quotes/search.json');
  });

  it('makes absolute URLs on the configured site, keeping the base', () => {
    const at = pathsUnder('/sub/dir/');
    expect(absoluteUrl(at('claims/x/'), 'https://example.org')).toBe('https://example.org/sub/dir/claims/x/');
    expect(absoluteUrl(at(''), 'https://example.org/')).toBe('https://example.org/sub/dir/');
  });
});

describe('no root-relative internal link in src/', () => {
  it('the detector finds the forms a link can take (so the check below can fail)', () => {
    expect(rootRelativeLinks('<a href="/claims/">').length).toBeGreaterThan(0);
    expect(rootRelativeLinks("<a href={'/'}>").length).toBeGreaterThan(0);
    expect(rootRelativeLinks('<form action="/quotes/">').length).toBeGreaterThan(0);
    expect(rootRelativeLinks('fetch(`/quotes/search.json`)').length).toBeGreaterThan(0);
    expect(rootRelativeLinks("const u = `/claims/${id}/`;").length).toBeGreaterThan(0);
    expect(rootRelativeLinks("{ href: '/method/', label: 'Method' }").length).toBeGreaterThan(0);
    // Not links: protocol-relative URLs, regular expressions, path separators, comments.
    expect(rootRelativeLinks("s.split('/'); /\\/claims\\//.test(x); // see /claims/<slug>/; href=\"//cdn\"")).toEqual([]);
  });

  it('finds none outside src/lib/urls.ts', () => {
    const offenders = files(src)
      .filter((f) => relative(src, f) !== join('lib', 'urls.ts'))
      .flatMap((f) => rootRelativeLinks(readFileSync(f, 'utf8')).map((m) => `${relative(root, f)}: ${m}`));
    expect(offenders).toEqual([]);
    expect(routes).toEqual(expect.arrayContaining(['claims', 'quotes', 'sources', 'data']));
  });
});
