/**
 * Grouping quotes that render the same utterance across outlets.
 *
 * Two quotes from different articles are one utterance when (a) their speakers do not conflict
 * (same canonical person, or one unknown) and (b) the shorter rendering is largely contained, in
 * order, in the longer: the weighted longest common subsequence of their stemmed words covers at
 * least `UTTERANCE.threshold` of the shorter one, content words weighing 1 and function words 0.3. This catches
 * trims, partial quotes inside fuller ones and translations that keep most words ("strikes are not
 * made with words" / "blows are not inflicted with words"). A second rule joins two quotes of the
 * same person when the sentences around them name the same occasion (a weekday or month) — two
 * outlets quoting different fragments of one speech. Groups are closed transitively (union-find).
 *
 * Candidates are blocked, not compared all against all (see buildUtterances), and each group's
 * renderings are diffed against one reference rendering: the cost grows linearly with the corpus.
 */
import { diffWords } from 'diff';
import type { UtteranceEntry } from '../schema/index.ts';
import type { QuoteId } from '../schema/ids.ts';
import { allStems, stem } from '../lexicon/tokens.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { OCCASION } from '../lexicon/calendar.ts';
import { unionFind, type UnionFind } from '../util/union-find.ts';
import { lcsWeighted, round, cmp } from './text.ts';

export const UTTERANCE = {
  /** Containment (weighted LCS share of the shorter rendering) at which two quotes are one utterance. */
  threshold: 0.6,
  /** A stem in at most this many quotes is rare enough to block unattributed quotes by. */
  rare: 8,
  /** Content-word weight a match needs besides function words (a match of "the", "of" alone is none). */
  minContent: 1,
  /** Each quote is a candidate in the buckets of its this-many rarest content stems (per speaker). */
  rareKeys: 3,
  /** A bucket with more quotes than this says little about any pair in it and is skipped. */
  bucketCap: 64,
} as const;

export interface QuoteInfo {
  id: QuoteId;
  source: string;
  text: string;
  personId: string | null;
  speaker: string | null;
  /** Text of the sentence holding the quote, for the occasion rule. */
  sentence: string;
}


function stopSet(): Set<string> {
  return new Set([...STOPWORDS].map(stem));
}
const STOP_STEMS = stopSet();
const w = (t: string) => (STOP_STEMS.has(t) ? 0.3 : 1);

/** Share of the shorter quote found, in order, in the longer (0..1). */
export function containment(a: string, b: string): number {
  return containmentOfStems(allStems(a), allStems(b));
}

/** `containment` on stems computed once per quote (performance: buildUtterances compares each quote many times). */
function containmentOfStems(x: string[], y: string[]): number {
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  const total = s.reduce((n, t) => n + w(t), 0);
  if (!total) return 0;
  const common = lcsWeighted(s, l, w);
  // A match made only of function words is no evidence.
  const contentCommon = lcsWeighted(s.filter((t) => w(t) === 1), l.filter((t) => w(t) === 1));
  if (contentCommon < UTTERANCE.minContent) return 0;
  return common / total;
}

/** The quotes with their stems and content-stem document frequencies, computed once. */
interface Prepared {
  quotes: QuoteInfo[];
  stems: string[][];
  content: Set<string>[];
  df: Map<string, number>;
}

function prepare(quotes: QuoteInfo[]): Prepared {
  const stems = quotes.map((q) => allStems(q.text));
  const content = stems.map((st) => new Set(st.filter((t) => !STOP_STEMS.has(t))));
  const df = new Map<string, number>();
  for (const c of content) for (const t of c) df.set(t, (df.get(t) ?? 0) + 1);
  return { quotes, stems, content, df };
}

/** Quote indexes by each of the keys `key` gives a quote, in quote order. */
function bucketsBy(n: number, key: (i: number) => string[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (let i = 0; i < n; i++)
    for (const k of key(i)) {
      const list = m.get(k);
      if (list) list.push(i);
      else m.set(k, [i]);
    }
  return m;
}

/**
 * Quotes joined without comparing them: the same words (same stems, in order) by the same speaker
 * from two sources, and a person's quotes on one occasion (a weekday or month named in the
 * sentence) from two sources or more.
 */
function joinOutright({ quotes, stems }: Prepared, sets: UnionFind): void {
  const acrossSources = (idxs: number[]) => {
    if (new Set(idxs.map((i) => quotes[i]!.source)).size < 2) return;
    for (const i of idxs.slice(1)) sets.union(idxs[0]!, i);
  };
  for (const idxs of bucketsBy(quotes.length, (i) => [`${quotes[i]!.personId ?? '-'}|${stems[i]!.join(' ')}`]).values()) acrossSources(idxs);
  const occasions = bucketsBy(quotes.length, (i) => {
    const q = quotes[i]!;
    return q.personId ? [...new Set((q.sentence.match(OCCASION) ?? []).map((o) => `${q.personId}|${o.toLowerCase()}`))] : [];
  });
  for (const idxs of occasions.values()) acrossSources(idxs);
}

/**
 * Candidate buckets: a quote's `rareKeys` rarest content stems counted within its speaker's quotes
 * (or among unattributed quotes), plus, since unattributed quotes may render a named speaker's
 * words, every globally rare stem under a shared key.
 */
function candidateBuckets({ quotes, content, df }: Prepared): Map<string, number[]> {
  const who = (i: number) => quotes[i]!.personId ?? '-';
  const personDf = new Map<string, number>();
  quotes.forEach((_, i) => {
    for (const t of content[i]!) personDf.set(`${who(i)}|${t}`, (personDf.get(`${who(i)}|${t}`) ?? 0) + 1);
  });
  const buckets = bucketsBy(quotes.length, (i) =>
    [...content[i]!]
      .map((t) => ({ t, df: personDf.get(`${who(i)}|${t}`) ?? 0 }))
      .sort((x, y) => x.df - y.df || cmp(x.t, y.t))
      .slice(0, UTTERANCE.rareKeys)
      .map(({ t }) => `${who(i)}|${t}`),
  );
  quotes.forEach((_, i) => {
    for (const t of content[i]!)
      if ((df.get(t) ?? 0) <= UTTERANCE.rare) {
        const k = `*|${t}`;
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
  });
  return buckets;
}

/** Compare each pair within a bucket once (different sources, speakers not in conflict); join those above threshold. */
function compareCandidates(p: Prepared, buckets: Map<string, number[]>, sets: UnionFind): Map<number, number> {
  const n = p.quotes.length;
  const sims = new Map<number, number>();
  for (const idxs of buckets.values()) {
    if (idxs.length > UTTERANCE.bucketCap) continue;
    for (let x = 0; x < idxs.length; x++)
      for (let y = x + 1; y < idxs.length; y++) {
        const i = Math.min(idxs[x]!, idxs[y]!);
        const j = Math.max(idxs[x]!, idxs[y]!);
        if (sims.has(i * n + j)) continue;
        const a = p.quotes[i]!;
        const b = p.quotes[j]!;
        if (a.source === b.source || (a.personId && b.personId && a.personId !== b.personId)) {
          sims.set(i * n + j, NaN);
          continue;
        }
        const sim = containmentOfStems(p.stems[i]!, p.stems[j]!);
        sims.set(i * n + j, sim);
        if (sim >= UTTERANCE.threshold) sets.union(i, j);
      }
  }
  return sims;
}

/**
 * One utterance entry from its members (quote indexes, ascending). Every rendering is diffed
 * against one reference (the fullest), so a group of k renderings costs k diffs, not k²; any two
 * renderings can still be compared through it.
 */
function utteranceEntry(p: Prepared, members: number[], sims: Map<number, number>): UtteranceEntry {
  const { quotes, stems } = p;
  const n = quotes.length;
  const first = quotes[members[0]!]!;
  const personId = members.map((i) => quotes[i]!.personId).find((x) => x) ?? null;
  const ref = members.reduce((best, i) => (quotes[i]!.text.length > quotes[best]!.text.length ? i : best), members[0]!);
  const pairs: UtteranceEntry['pairs'] = [];
  for (const m of members) {
    if (m === ref) continue;
    const a = quotes[ref]!;
    const b = quotes[m]!;
    const known = sims.get(Math.min(ref, m) * n + Math.max(ref, m));
    const sim = known !== undefined && !Number.isNaN(known) ? known : containmentOfStems(stems[ref]!, stems[m]!);
    const diff = diffWords(a.text.replace(/\s+/g, ' '), b.text.replace(/\s+/g, ' '), { ignoreCase: true }).map((d) => ({
      op: d.added ? ('insert' as const) : d.removed ? ('delete' as const) : ('equal' as const),
      text: d.value,
    }));
    pairs.push({ a: a.id, b: b.id, similarity: round(sim), diff });
  }
  return { id: `${personId ?? 'unattributed'}-${first.id}`, personId, speaker: first.speaker, quotes: members.map((i) => quotes[i]!.id), pairs };
}

/**
 * Blocking keeps this near-linear in the number of quotes (no all-pairs, even within one speaker's
 * thousands of quotes in a large corpus): joinOutright, then candidateBuckets compared pairwise.
 */
export function buildUtterances(quotes: QuoteInfo[]): { utterances: UtteranceEntry[]; byQuote: Map<QuoteId, string> } {
  const p = prepare(quotes);
  const sets = unionFind(quotes.length);
  joinOutright(p, sets);
  const sims = compareCandidates(p, candidateBuckets(p), sets);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < quotes.length; i++) {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const utterances: UtteranceEntry[] = [];
  const byQuote = new Map<QuoteId, string>();
  for (const members of groups.values()) {
    if (new Set(members.map((i) => quotes[i]!.source)).size < 2) continue;
    members.sort((a, b) => a - b);
    const u = utteranceEntry(p, members, sims);
    for (const id of u.quotes) byQuote.set(id as QuoteId, u.id);
    utterances.push(u);
  }
  utterances.sort((a, b) => cmp(a.id, b.id));
  return { utterances, byQuote };
}
