/**
 * Grouping quotes that render the same utterance across outlets.
 *
 * Two quotes from different articles are one utterance when (a) their speakers do not conflict
 * (same canonical person, or one unknown) and (b) the shorter rendering is largely contained, in
 * order, in the longer: the weighted longest common subsequence of their stemmed words covers at
 * least THRESHOLD of the shorter one, content words weighing 1 and function words 0.3. This catches
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
import { lcsWeighted, round, cmp } from './text.ts';

export const UTTERANCE = { threshold: 0.6, rare: 8, minContent: 1, rareKeys: 3, bucketCap: 64 } as const;

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

export function buildUtterances(quotes: QuoteInfo[]): { utterances: UtteranceEntry[]; byQuote: Map<QuoteId, string> } {
  const n = quotes.length;
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const stems = quotes.map((q) => allStems(q.text));
  const content = stems.map((st) => new Set(st.filter((t) => !STOP_STEMS.has(t))));
  const df = new Map<string, number>();
  for (const c of content) for (const t of c) df.set(t, (df.get(t) ?? 0) + 1);

  // Blocking keeps this near-linear in the number of quotes (no all-pairs, even within one
  // speaker's thousands of quotes in a large corpus):
  //  - the same words (same stems, in order) from two sources are one utterance outright;
  //  - a person's quotes on one occasion (a weekday or month in the sentence) are one utterance
  //    when they come from two sources or more (the occasion rule), without comparing them;
  //  - otherwise candidates share one of their RARE_KEYS rarest content stems, counted within
  //    the speaker's quotes (or globally for unattributed quotes); a bucket larger than
  //    BUCKET_CAP says little about any pair in it and is skipped.
  const sources = (idxs: number[]) => new Set(idxs.map((i) => quotes[i]!.source)).size;
  const unionAllAcrossSources = (idxs: number[]) => {
    if (sources(idxs) < 2) return;
    for (const i of idxs.slice(1)) union(idxs[0]!, i);
  };
  const byKey = (key: (i: number) => string[]) => {
    const m = new Map<string, number[]>();
    for (let i = 0; i < n; i++)
      for (const k of key(i)) {
        const list = m.get(k);
        if (list) list.push(i);
        else m.set(k, [i]);
      }
    return m;
  };
  for (const idxs of byKey((i) => [`${quotes[i]!.personId ?? '-'}|${stems[i]!.join(' ')}`]).values()) unionAllAcrossSources(idxs);
  const occasions = byKey((i) => {
    const q = quotes[i]!;
    return q.personId ? [...new Set((q.sentence.match(OCCASION) ?? []).map((o) => `${q.personId}|${o.toLowerCase()}`))] : [];
  });
  for (const idxs of occasions.values()) unionAllAcrossSources(idxs);

  const personDf = new Map<string, number>();
  quotes.forEach((q, i) => {
    for (const t of content[i]!) personDf.set(`${q.personId ?? '-'}|${t}`, (personDf.get(`${q.personId ?? '-'}|${t}`) ?? 0) + 1);
  });
  const buckets = byKey((i) => {
    const who = quotes[i]!.personId ?? '-';
    return [...content[i]!]
      .map((t) => ({ t, df: personDf.get(`${who}|${t}`) ?? 0 }))
      .sort((x, y) => x.df - y.df || cmp(x.t, y.t))
      .slice(0, UTTERANCE.rareKeys)
      .map(({ t }) => `${who}|${t}`);
  });
  // Unattributed quotes may render a named speaker's words: also block them by globally rare stems.
  quotes.forEach((q, i) => {
    for (const t of content[i]!)
      if ((df.get(t) ?? 0) <= UTTERANCE.rare) {
        const k = `*|${t}`;
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
  });
  const seen = new Set<number>();
  const sims = new Map<string, number>();
  for (const idxs of buckets.values()) {
    if (idxs.length > UTTERANCE.bucketCap) continue;
    for (let x = 0; x < idxs.length; x++)
      for (let y = x + 1; y < idxs.length; y++) {
        const i = Math.min(idxs[x]!, idxs[y]!);
        const j = Math.max(idxs[x]!, idxs[y]!);
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = quotes[i]!;
        const b = quotes[j]!;
        if (a.source === b.source) continue;
        if (a.personId && b.personId && a.personId !== b.personId) continue;
        const sim = containmentOfStems(stems[i]!, stems[j]!);
        sims.set(`${i}:${j}`, sim);
        if (sim >= UTTERANCE.threshold) union(i, j);
      }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const utterances: UtteranceEntry[] = [];
  const byQuote = new Map<QuoteId, string>();
  for (const members of groups.values()) {
    if (new Set(members.map((i) => quotes[i]!.source)).size < 2) continue;
    members.sort((a, b) => a - b);
    const first = quotes[members[0]!]!;
    const personId = members.map((i) => quotes[i]!.personId).find((p) => p) ?? null;
    const id = `${personId ?? 'unattributed'}-${first.id}`;
    // Every rendering against one reference (the fullest), so a group of k renderings costs k
    // diffs, not k²; any two renderings can still be compared through it.
    const ref = members.reduce((best, i) => (quotes[i]!.text.length > quotes[best]!.text.length ? i : best), members[0]!);
    const pairs: UtteranceEntry['pairs'] = [];
    for (const m of members) {
      if (m === ref) continue;
      const a = quotes[ref]!;
      const b = quotes[m]!;
      const [i, j] = ref < m ? [ref, m] : [m, ref];
      const sim = sims.get(`${i}:${j}`) ?? containmentOfStems(stems[ref]!, stems[m]!);
      const diff = diffWords(a.text.replace(/\s+/g, ' '), b.text.replace(/\s+/g, ' '), { ignoreCase: true }).map((p) => ({
        op: p.added ? ('insert' as const) : p.removed ? ('delete' as const) : ('equal' as const),
        text: p.value,
      }));
      pairs.push({ a: a.id, b: b.id, similarity: round(sim), diff });
    }
    const speaker = first.speaker;
    for (const i of members) byQuote.set(quotes[i]!.id, id);
    utterances.push({ id, personId, speaker, quotes: members.map((i) => quotes[i]!.id), pairs });
  }
  utterances.sort((a, b) => cmp(a.id, b.id));
  return { utterances, byQuote };
}
