/**
 * Trigram candidate pre-filtering for fuse.js, so the quote search stays fast at tens of thousands
 * of quotes. fuse.js scans every record on every query (its bitap matcher per key and per token):
 * fine for the five articles' ~40 quotes, but ≈ 0.4–1 s per query over 10,000 quotes on the team's
 * machine (npm run bench). This runs fuse.js on the few hundred records that can match instead.
 *
 * Proposed for the /quotes/ page by the benchmark owner (issue 7); drop-in for the page's
 * `new Fuse(records, SEARCH_OPTIONS, Fuse.parseIndex(index))` + `fuse.search(q)`:
 *
 *     const search = createPrefilteredSearch(data.records, data.index, SEARCH_OPTIONS);
 *     const found = search.search(q);
 *
 * How a query runs:
 *   1. Candidates: every record sharing character trigrams with the query's words, scored by the
 *      trigrams' rarity (idf); the best `candidates` (default 200) are kept. Trigrams tolerate typos:
 *      "rokets speek" shares " ro", "ket", "ets", "ts ", " sp", "spe" with "rockets speak".
 *   2. fuse.js, with the page's own options, on those candidates only, using the prebuilt index
 *      records of exactly those documents (no re-tokenising). Result `refIndex` still points into
 *      the full record list.
 * Queries with fewer than three letters or digits, and collections no larger than the candidate
 * count, go straight to fuse.js (a full scan), so small sites behave exactly as before.
 * The trigram postings are built in the browser from the prebuilt index (≈ 25 ms per 1,000
 * quotes, once); nothing extra is shipped.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';

/** fuse.js's serialised index (`Fuse.createIndex(keys, docs).toJSON()`). */
export type SerializedIndex = ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>;
type IndexRecord = SerializedIndex['records'][number];

/** Lowercase, strip diacritics and apostrophes: the same for documents and queries. */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019']/g, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Character trigrams of each word, padded with a space at both ends (" ro", "rok", …, "ts "). */
export function trigrams(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of normalize(text).matchAll(WORD)) {
    const w = ` ${m[0]} `;
    for (let i = 0; i + 3 <= w.length; i++) into.add(w.slice(i, i + 3));
  }
  return into;
}

/** Every string value of a prebuilt record (string lists: `v`; object lists: `$` by key, one value or an array). */
function recordStrings(record: IndexRecord): string[] {
  const r = record as { v?: unknown; $?: Record<string, unknown> };
  const out: string[] = [];
  if (typeof r.v === 'string') out.push(r.v);
  for (const value of Object.values(r.$ ?? {})) {
    for (const x of Array.isArray(value) ? value : [value]) {
      const v = (x as { v?: unknown } | null)?.v;
      if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

export interface PrefilteredSearch<T> {
  search(query: string, options?: { limit?: number }): FuseResult<T>[];
  /** Positions (into the index's records) of a query's candidates; exported for tests and the benchmark. */
  candidates(query: string): number[];
  readonly trigramCount: number;
}

/** Trigram → the positions of the records that contain it, ascending (typed arrays: compact at 10,000 quotes). */
function trigramPostings(records: readonly IndexRecord[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  records.forEach((record, pos) => {
    const grams = new Set<string>();
    for (const s of recordStrings(record)) trigrams(s, grams);
    for (const g of grams) {
      const list = lists.get(g);
      if (list) list.push(pos);
      else lists.set(g, [pos]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [g, list] of lists) postings.set(g, Int32Array.from(list));
  return postings;
}

export function createPrefilteredSearch<T>(
  docs: readonly T[],
  index: SerializedIndex,
  options: IFuseOptions<T>,
  { candidates: maxCandidates = 200 }: { candidates?: number } = {},
): PrefilteredSearch<T> {
  const full = Fuse.parseIndex<T>(index);
  const fuse = new Fuse<T>(docs as T[], options, full);
  const records = index.records;
  const n = records.length;

  const postings = trigramPostings(records);
  const scores = new Float64Array(n);
  let fullLoaded = true;

  function candidates(query: string): number[] {
    const touched: number[] = [];
    for (const g of trigrams(query)) {
      const list = postings.get(g);
      if (!list) continue;
      const idf = Math.log(1 + n / list.length);
      for (let k = 0; k < list.length; k++) {
        const pos = list[k]!;
        if (scores[pos] === 0) touched.push(pos);
        scores[pos]! += idf;
      }
    }
    const chosen = touched.length > maxCandidates ? touched.sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, maxCandidates) : touched;
    for (const pos of touched) scores[pos] = 0;
    return chosen.sort((a, b) => a - b);
  }

  function search(query: string, opts: { limit?: number } = {}): FuseResult<T>[] {
    const q = query.trim();
    if (!q) return [];
    const useFull = n <= maxCandidates || normalize(q).replace(/[^\p{L}\p{N}]/gu, '').length < 3;
    if (useFull) {
      if (!fullLoaded) fuse.setCollection(docs as T[], full);
      fullLoaded = true;
      return fuse.search(q, opts);
    }
    const chosen = candidates(q);
    if (chosen.length === 0) return [];
    fuse.setCollection(docs as T[], Fuse.parseIndex<T>({ keys: index.keys, records: chosen.map((pos) => records[pos]!) } as SerializedIndex));
    fullLoaded = false;
    return fuse.search(q, opts);
  }

  return { search, candidates, trigramCount: postings.size };
}
