/**
 * Read a built site (dist/, or a scratch build served under a base path) as a tree of pages, for
 * checks that need no browser, and check its internal links.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export const dist = join(import.meta.dirname, '../../dist');

export interface Page {
  /** URL path, e.g. "/claims/x/". */
  path: string;
  file: string;
  html: string;
  tree: Root;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const parser = unified().use(rehypeParse);

/** Every HTML page of a build in `root`, at the URL path it is served from under `base`. */
export function pages(root = dist, base = '/'): Page[] {
  const out: Page[] = [];
  for (const file of walk(root)) {
    if (!file.endsWith('.html')) continue;
    const rel = relative(root, file).split(sep).join('/');
    const path = base + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    const html = readFileSync(file, 'utf8');
    out.push({ path, file, html, tree: parser.parse(html) });
  }
  return out;
}

export function elements(tree: Root, tag?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!tag || node.tagName === tag) found.push(node);
  });
  return found;
}

export const ids = (tree: Root) => new Set(elements(tree).map((e) => e.properties.id).filter((v): v is string => typeof v === 'string'));

/** The file that serves a URL path from a build in `root` published under `base`, or undefined. */
export function fileFor(pathname: string, root = dist, base = '/'): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return undefined;
  const clean = '/' + decoded.slice(base.length);
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Every internal link (<a>, <link>) of the pages that does not resolve to a file of the build, or
 * to an id in it for a #fragment; and every link to another origin except the canonical and
 * sitemap links, which carry the configured site address.
 */
export function brokenLinks(all: Page[], root = dist, base = '/'): { broken: string[]; checked: number } {
  const origin = 'http://site.invalid';
  const idsByFile = new Map<string, Set<string>>(all.map((p) => [p.file, ids(p.tree)]));
  const broken: string[] = [];
  let checked = 0;
  for (const page of all) {
    for (const a of [...elements(page.tree, 'a'), ...elements(page.tree, 'link')]) {
      const href = a.properties.href;
      if (typeof href !== 'string' || /^(mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `${origin}${page.path}`);
      if (url.origin !== origin) {
        if (a.tagName === 'link' && ['canonical', 'sitemap'].some((r) => String(a.properties.rel).includes(r))) continue;
        broken.push(`${page.path}: external link ${href}`);
        continue;
      }
      checked++;
      const file = fileFor(url.pathname, root, base);
      if (!file) {
        broken.push(`${page.path}: ${href} → no such page${url.pathname.startsWith(base) ? '' : ` (outside the base ${base})`}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && file.endsWith('.html') && !idsByFile.get(file)?.has(fragment)) {
        broken.push(`${page.path}: ${href} → no #${fragment} there`);
      }
    }
  }
  return { broken, checked };
}
