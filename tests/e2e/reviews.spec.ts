/**
 * No unreviewed match is published for the five reviewed articles: on every claim page (each outlet's
 * evidence), every source page's claim badges and the quote search's claim lists, each sentence–claim
 * pair shown is one an editor confirmed or added in content/reviews/ (checked against the review
 * files, not the build's own data), and nothing is marked as a suggestion. Static checks of dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, ElementContent } from 'hast';
import { parse } from 'yaml';
import { dist, elements, pages, type Page } from '../helpers/dist.ts';
import { findQuote, flatten } from '../../src/review/selectors.ts';
import { ReviewFile, type SourceEntry } from '../../src/schema/index.ts';

test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'runs once, in the desktop project'));

const root = join(import.meta.dirname, '../..');
const sources = JSON.parse(readFileSync(join(root, 'content/data/sources.json'), 'utf8')) as SourceEntry[];
const claimIds = (JSON.parse(readFileSync(join(root, 'content/data/claims.json'), 'utf8')) as { id: string }[]).map((c) => c.id);

/** "source:sentence:claim" for every claim an editor confirmed or added. */
function confirmedPairs(): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(join(root, 'content/reviews')).filter((f) => f.endsWith('.yaml'))) {
    const r = ReviewFile.parse(parse(readFileSync(join(root, 'content/reviews', name), 'utf8')));
    const src = sources.find((s) => s.id === r.article)!;
    const flat = flatten(src.text);
    for (const e of r.sentences) {
      const m = findQuote(flat, e);
      if (m.kind !== 'found') throw new Error(`${name}: selector not found: ${e.exact}`);
      for (const s of src.sentences) if (s.start < m.end && s.end > m.start) for (const c of [...e.confirmed, ...e.added]) out.add(`${r.article}:${s.index}:${c}`);
    }
  }
  return out;
}

const cls = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
const sentenceOf = (href: string) => {
  const m = /^\/sources\/([a-z0-9-]+)\/#s-(\d+)$/.exec(href);
  return m ? `${m[1]}:${Number(m[2]) - 1}` : null;
};

let all: Page[] = [];
let confirmed = new Set<string>();
test.beforeAll(() => {
  all = pages();
  confirmed = confirmedPairs();
});

test('the five articles are reviewed: every review file resolves and confirms many matches', () => {
  expect(sources.map((s) => s.id).every((id) => readdirSync(join(root, 'content/reviews')).includes(`${id}.yaml`))).toBe(true);
  expect(confirmed.size).toBeGreaterThan(150);
});

test('claim pages show only confirmed evidence, none marked as a suggestion', () => {
  let checked = 0;
  for (const id of claimIds) {
    const page = all.find((p) => p.path === `/claims/${id}/`)!;
    expect(page, id).toBeDefined();
    for (const col of elements(page.tree, 'section').filter((e) => cls(e).includes('claim-col-outlet'))) {
      const source = String(col.properties.id);
      const items = elements({ type: 'root', children: [col] }, 'li').filter((li) => elements({ type: 'root', children: [li] }, 'blockquote').length);
      for (const li of items) {
        expect(cls(li), `${id} ${source}`).not.toContain('evidence-suggested');
        const link = elements({ type: 'root', children: [li] }, 'a').map((a) => String(a.properties.href)).find((h) => sentenceOf(h));
        expect(confirmed.has(`${sentenceOf(link!)}:${id}`), `${id}: ${link}`).toBe(true);
        checked++;
      }
    }
    expect(page.html).not.toMatch(/suggested by the matcher, not yet reviewed ·/i);
  }
  expect(checked).toBeGreaterThan(150);
});

test('source pages badge only confirmed claims, none as a suggestion', () => {
  let checked = 0;
  for (const s of sources) {
    const page = all.find((p) => p.path === `/sources/${s.id}/`)!;
    const article = elements(page.tree, 'article')[0]!;
    for (const p of elements({ type: 'root', children: [article] }, 'p')) {
      let sentence: string | null = null;
      const walk = (nodes: ElementContent[]) => {
        for (const n of nodes) {
          if (n.type !== 'element') continue;
          if (cls(n).includes('sentence')) sentence = `${s.id}:${Number(String(n.properties.id).slice(2)) - 1}`;
          else if (cls(n).includes('badge')) {
            expect(cls(n)).not.toContain('badge-suggested');
            const claim = /^\/claims\/([a-z0-9-]+)\/$/.exec(String(n.properties.href))![1];
            expect(confirmed.has(`${sentence}:${claim}`), `${sentence} ${claim}`).toBe(true);
            checked++;
          } else walk(n.children);
        }
      };
      walk(p.children);
    }
  }
  expect(checked).toBeGreaterThan(150);
});

test("the quote search lists under each quote only claims an editor confirmed for the quote's sentence", () => {
  const { records } = JSON.parse(readFileSync(join(dist, 'quotes/search.json'), 'utf8')) as { records: { id: string; context: string; claims: { url: string }[] }[] };
  let checked = 0;
  for (const r of records)
    for (const c of r.claims) {
      const claim = /^\/claims\/([a-z0-9-]+)\/$/.exec(c.url)![1];
      expect(confirmed.has(`${sentenceOf(r.context)}:${claim}`), `${r.id} ${claim}`).toBe(true);
      checked++;
    }
  expect(checked).toBeGreaterThan(20);
});

test('a word diff is shown only where the two renderings share at least 40% of their words (quotes, compare and claim pages)', () => {
  const words = (nodes: ElementContent[]): number =>
    nodes.reduce((n, c) => n + (c.type === 'text' ? c.value.split(/\s+/).filter(Boolean).length : c.type === 'element' ? words(c.children) : 0), 0);
  let checked = 0;
  for (const page of all.filter((p) => p.path === '/quotes/' || p.path.startsWith('/compare/') || p.path.startsWith('/claims/'))) {
    for (const d of elements(page.tree, 'p').filter((e) => cls(e).includes('diff'))) {
      let equal = 0;
      let del = 0;
      let ins = 0;
      for (const c of d.children) {
        if (c.type === 'text') equal += words([c]);
        else if (c.type === 'element' && c.tagName === 'del') del += words(c.children);
        else if (c.type === 'element' && c.tagName === 'ins') ins += words(c.children);
      }
      const share = equal / Math.max(equal + del, equal + ins, 1);
      expect(share, `${page.path}: ${words(d.children)} words`).toBeGreaterThanOrEqual(0.4);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});
