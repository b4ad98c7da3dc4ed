/** The benchmark's own modules: corpus generator, page weight, search pre-filter, percentiles. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { generate, makeCorpus, paragraphs, readSources, varyNumbers } from '../../scripts/bench/corpus.ts';
import { rng } from '../../scripts/bench/rng.ts';
import { padRecords, percentile } from '../../scripts/bench/search.ts';
import { checkBudgets, pageType, pageWeight, siteWeights } from '../../scripts/bench/weight.ts';
import { readArticles } from '../../src/collections/read-articles.ts';
import { SEARCH_KEYS, SEARCH_OPTIONS, type QuoteRecord } from '../../src/lib/quote-search.ts';
import { createPrefilteredSearch, trigrams } from '../../src/lib/search-prefilter.ts';

const root = join(import.meta.dirname, '../..');
const articles = join(root, 'content/articles');

describe('corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const sources = readSources(articles);
    const a = generate(sources, 20, 7).map((x) => x.text).join('\n');
    const b = generate(sources, 20, 7).map((x) => x.text).join('\n');
    const c = generate(sources, 20, 8).map((x) => x.text).join('\n');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('writes a folder the build script accepts (sources.yaml valid against SourceMeta)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    const c = makeCorpus(articles, dir, 12, 1);
    const { articles: read } = readArticles(dir, c.dir);
    expect(read).toHaveLength(12);
    for (const a of read) {
      expect(a.text.length).toBeGreaterThan(200);
      if (a.meta.headline !== null) expect(a.text.startsWith(a.meta.headline)).toBe(true);
    }
  });

  it('keeps hard-wrapped paragraphs whole and leaves years and dates alone', () => {
    const wapo = readSources(articles).find((s) => s.text.split('\n').some((l) => l.split(' ').length === 1 && /^[A-Z]/.test(l)));
    if (wapo) for (const p of paragraphs(wapo).paragraphs) expect(p.trim()).toMatch(/[.!?…:”"’)\]]$/u);
    const r = rng(3);
    for (let i = 0; i < 20; i++) {
      expect(varyNumbers('In 2024, on Nov. 17 and 5 November, some 12,000 troops', r, 1)).toMatch(/^In 2024, on Nov\. 17 and 5 November, some \d{1,2},\d{3} troops$/);
    }
  });
});

describe('page weight', () => {
  it('follows stylesheets, scripts, their imports and the JSON they fetch; skips links', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'quotes'));
    mkdirSync(join(dist, 'data'));
    writeFileSync(join(dist, '_astro/a.css'), 'body{color:red}');
    writeFileSync(join(dist, '_astro/page.js'), 'import{x}from"./chunk.js";fetch("/quotes/search.json")');
    writeFileSync(join(dist, '_astro/chunk.js'), 'export const x=1;'.repeat(50));
    writeFileSync(join(dist, 'quotes/search.json'), JSON.stringify({ records: [], index: {} }));
    writeFileSync(join(dist, 'data/all.json'), '{}'.repeat(1000));
    writeFileSync(
      join(dist, 'quotes/index.html'),
      '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script><a href="/data/all.json">data</a>',
    );
    writeFileSync(join(dist, 'index.html'), '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><p>hi</p>');
    const w = pageWeight(dist, 'quotes/index.html');
    expect(w.type).toBe('quotes');
    expect(w.files.js).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    expect(w.files.data).toEqual(['/quotes/search.json']);
    expect(w.css.raw).toBe(15);
    expect(w.total.raw).toBe(w.html.raw + w.css.raw + w.js.raw + w.data.raw);
    expect(siteWeights(dist)).toHaveLength(2);
    expect(checkBudgets(siteWeights(dist)).every((b) => b.ok)).toBe(true);
  });

  it('names page types by URL', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/claims/')).toBe('claims');
    expect(pageType('/claims/range/')).toBe('claim');
    expect(pageType('/sources/ft/')).toBe('source');
    expect(pageType('/compare/a/b/')).toBe('compare');
    expect(pageType('/404.html')).toBe('404');
  });
});

describe('search pre-filter', () => {
  const quotes = JSON.parse(readFileSync(join(root, 'tests/fixtures/bench/quotes.json'), 'utf8')) as QuoteRecord[];
  const keys = SEARCH_KEYS.map((k) => ({ ...k }));

  it('gives fuse.js\'s own results on a small collection (no pre-filtering below the candidate count)', () => {
    const index = Fuse.createIndex(keys, quotes).toJSON();
    const fuse = new Fuse(quotes, SEARCH_OPTIONS, Fuse.parseIndex(index));
    const pre = createPrefilteredSearch(quotes, index, SEARCH_OPTIONS);
    for (const q of ['rokets speek', 'Zelensky', 'escalation', 'permision']) {
      expect(pre.search(q).map((r) => r.refIndex)).toEqual(fuse.search(q).map((r) => r.refIndex));
    }
  });

  it('finds misspelt queries among 5,000 records and returns indices into the full list', () => {
    const big = padRecords(quotes, 5000);
    const index = Fuse.createIndex(keys, big).toJSON();
    const pre = createPrefilteredSearch(big, index, SEARCH_OPTIONS);
    const found = pre.search('rokets speek');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.item).toBe(big[found[0]!.refIndex]);
    expect(found[0]!.item.text.toLowerCase()).toContain('speak');
    expect(pre.candidates('rokets speek').length).toBeLessThanOrEqual(200);
  });

  it('makes padded trigrams of words', () => {
    expect([...trigrams('Kyiv’s')]).toEqual([' ky', 'kyi', 'yiv', 'ivs', 'vs ']);
  });
});

it('percentile uses the nearest rank', () => {
  const s = Array.from({ length: 20 }, (_, i) => i + 1);
  expect(percentile(s, 50)).toBe(10);
  expect(percentile(s, 95)).toBe(19);
});
