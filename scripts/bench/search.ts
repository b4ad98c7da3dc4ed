/**
 * Search benchmark over the site's own quote search (src/lib/quote-search.ts: its record shape, keys
 * and fuse.js options): p50/p95 latency of a fixed list of 20 queries, misspelt and exact, with the
 * prebuilt index, as a full fuse.js scan ("full scan") and as the /quotes/ page runs it, with trigram
 * candidate pre-filtering (src/lib/search-prefilter.ts). Also the size of what /quotes/ fetches
 * (records + index), raw and gzip.
 */
import { gzipSync } from 'node:zlib';
import Fuse, { type FuseResult } from 'fuse.js';
import { SEARCH_KEYS, SEARCH_OPTIONS, type QuoteRecord } from '../../src/lib/quote-search.ts';
import { createPrefilteredSearch, type SerializedIndex } from '../../src/lib/search-prefilter.ts';
import { rng } from './rng.ts';
import { varyNames, varyNumbers } from './corpus.ts';

/** 20 queries, half exact words or phrases from the story, half misspelt. Fixed, so runs compare. */
export const QUERIES = [
  'rokets speek',
  'rockets will speak for themselves',
  'Zelensky',
  'Zelenski',
  'strikes are not made with words',
  'escalation',
  'Kursk',
  'north korean troops',
  'Putin',
  'direct involvement of Nato',
  'high value targets',
  'permision',
  'long range weapons',
  'Kofman',
  'escalatorey risk',
  'Storm Shadow',
  'we will make the corresponding decisions',
  'Guteres',
  'Trump',
  'misiles',
];

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Grow a record list to `n` by repeating it with names and numbers varied (fixed seed). */
export function padRecords(base: QuoteRecord[], n: number, seed = 11): QuoteRecord[] {
  if (base.length === 0) throw new Error('no quotes to pad');
  const r = rng(seed);
  const out = base.slice(0, n);
  for (let i = out.length; i < n; i++) {
    const q = base[i % base.length]!;
    out.push({ ...q, id: `${q.id}-x${i}`, text: varyNumbers(varyNames(q.text, r, 0.7), r) });
  }
  return out;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  queriesWithResults: number;
}
export interface SearchFigures {
  records: number;
  site: Latency;
  prefiltered: Latency & {
    /** Of the site's top-10 results, the share the pre-filtered search also has in its top 10 (by quote text; mean over queries with results). */
    top10Agreement: number | null;
  };
  /** What /quotes/ fetches: {records, index} as JSON. */
  payloadBytes: number;
  payloadGzip: number;
  indexBytes: number;
  indexGzip: number;
  /** One-off cost when the page loads: JSON parse + fuse.js setup (site); plus the trigram postings (pre-filtered). */
  siteLoadMs: number;
  prefilteredLoadMs: number;
}

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

function latency(search: (q: string) => FuseResult<QuoteRecord>[], repeats: number, warmup = QUERIES.length): Latency & { top: Map<string, string[]> } {
  for (const q of QUERIES.slice(0, warmup)) search(q); // warm-up (JIT); fuse caches only its last query's searcher
  const samples: number[] = [];
  const top = new Map<string, string[]>();
  let withResults = 0;
  for (const q of QUERIES) {
    let res: FuseResult<QuoteRecord>[] = [];
    for (let k = 0; k < repeats; k++) samples.push(time(() => (res = search(q))));
    if (res.length) withResults++;
    top.set(q, res.slice(0, 10).map((r) => r.item.text));
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)!, queriesWithResults: withResults, top };
}

export function benchSearch(records: QuoteRecord[], repeats = 3): SearchFigures {
  const keys = SEARCH_KEYS.map((k) => ({ ...k }));
  const index = Fuse.createIndex(keys, records).toJSON() as SerializedIndex;
  const payload = JSON.stringify({ records, index });
  const indexJson = JSON.stringify(index);

  let fuse!: Fuse<QuoteRecord>;
  const siteLoadMs = time(() => {
    const data = JSON.parse(payload) as { records: QuoteRecord[]; index: SerializedIndex };
    fuse = new Fuse(data.records, SEARCH_OPTIONS, Fuse.parseIndex(data.index));
  });
  // The same search the page runs, one query at a time (fuse caches only its last searcher).
  // A full scan of thousands of records takes ~0.5 s a query: measure it once per query there (20 samples).
  const big = records.length > 2000;
  const site = latency((q) => fuse.search(q), big ? 1 : repeats, big ? 3 : QUERIES.length);

  let pre!: ReturnType<typeof createPrefilteredSearch<QuoteRecord>>;
  const prefilteredLoadMs = time(() => {
    const data = JSON.parse(payload) as { records: QuoteRecord[]; index: SerializedIndex };
    pre = createPrefilteredSearch(data.records, data.index, SEARCH_OPTIONS);
  });
  const p = latency((q) => pre.search(q), repeats);

  let agree = 0;
  let counted = 0;
  for (const q of QUERIES) {
    const a = site.top.get(q) ?? [];
    if (!a.length) continue;
    const b = [...(p.top.get(q) ?? [])];
    let hit = 0;
    for (const t of a) {
      const i = b.indexOf(t);
      if (i >= 0) {
        hit++;
        b.splice(i, 1);
      }
    }
    agree += hit / a.length;
    counted++;
  }
  const { top: _a, ...siteLatency } = site;
  const { top: _b, ...preLatency } = p;
  return {
    records: records.length,
    site: siteLatency,
    prefiltered: { ...preLatency, top10Agreement: counted ? agree / counted : null },
    payloadBytes: Buffer.byteLength(payload),
    payloadGzip: gzipSync(payload).length,
    indexBytes: Buffer.byteLength(indexJson),
    indexGzip: gzipSync(indexJson).length,
    siteLoadMs,
    prefilteredLoadMs,
  };
}
