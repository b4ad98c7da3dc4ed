/** Read the built site in dist/ as a tree of pages, for checks that need no browser. */
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

export function pages(): Page[] {
  const out: Page[] = [];
  for (const file of walk(dist)) {
    if (!file.endsWith('.html')) continue;
    const rel = relative(dist, file).split(sep).join('/');
    const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
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

/** The file that serves a URL path in dist/, or undefined. */
export function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
