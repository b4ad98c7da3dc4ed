/**
 * Every review teaches the matcher: an editor's confirmed sentences become exemplars of their claim,
 * and rejected ones counter-examples, when matching the sentences of *other* outlets (an outlet's own
 * reviews never score its own sentences: they decide them outright). A sentence gains, per claim,
 * `weight` × its cosine similarity (tf-idf over stems and stem pairs) to the claim's nearest exemplar,
 * and loses `counterWeight` × how much closer it is to the nearest counter-example than to that
 * exemplar. So a claim learns the words different outlets use for it ("a red line", "a taboo"), and a
 * sentence that resembles a known false match is held back.
 */
import { cmp } from '../align/text.ts';
import { terms, type Scored, type SentenceRef } from '../align/claims.ts';

export interface Exemplar {
  source: string;
  claim: string;
  text: string;
  positive: boolean;
}

/** Chosen by leave-one-outlet-out over the reviewed articles (scripts/dev/exemplar-loo.ts). */
export const EXEMPLAR = {
  weight: 0,
  counterWeight: 0,
  /** Cosines below this are ignored: sharing a name or two is not a paraphrase. */
  minSimilarity: 0.2,
};
export type ExemplarParams = typeof EXEMPLAR;

type Vec = Map<string, number>;

function unitVectors(texts: string[]): Vec[] {
  const docs = texts.map(terms);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return docs.map((d) => {
    const v: Vec = new Map();
    for (const t of d) v.set(t, Math.log(1 + docs.length / (df.get(t) ?? 1)));
    let n = 0;
    for (const w of v.values()) n += w * w;
    n = Math.sqrt(n) || 1;
    for (const [t, w] of v) v.set(t, w / n);
    return v;
  });
}

/** The sentences' ranked claims with the exemplars' evidence added, re-sorted. */
export function applyExemplars(
  sentences: SentenceRef[],
  ranked: Map<string, Scored[]>,
  exemplars: Exemplar[],
  params: Partial<ExemplarParams> = {},
): Map<string, Scored[]> {
  const p = { ...EXEMPLAR, ...params };
  if ((!p.weight && !p.counterWeight) || !exemplars.length) return ranked;
  const vecs = unitVectors([...sentences.map((s) => s.text), ...exemplars.map((e) => e.text)]);
  const exVecs = vecs.slice(sentences.length);
  const postings = new Map<string, number[]>();
  exVecs.forEach((v, j) => {
    for (const t of v.keys()) {
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      l.push(j);
    }
  });
  const out = new Map<string, Scored[]>();
  sentences.forEach((s, i) => {
    const key = `${s.source}:${s.sentence}`;
    const dots = new Map<number, number>();
    for (const [t, w] of vecs[i]!) for (const j of postings.get(t) ?? []) if (exemplars[j]!.source !== s.source) dots.set(j, (dots.get(j) ?? 0) + w * exVecs[j]!.get(t)!);
    const pos = new Map<string, number>();
    const neg = new Map<string, number>();
    for (const [j, d] of dots) {
      if (d < p.minSimilarity) continue;
      const e = exemplars[j]!;
      const m = e.positive ? pos : neg;
      m.set(e.claim, Math.max(m.get(e.claim) ?? 0, d));
    }
    const scores = new Map((ranked.get(key) ?? []).map((x) => [x.slug, x.score]));
    for (const c of new Set([...pos.keys(), ...neg.keys()])) {
      const a = pos.get(c) ?? 0;
      const delta = p.weight * a - p.counterWeight * Math.max(0, (neg.get(c) ?? 0) - a);
      scores.set(c, (scores.get(c) ?? 0) + delta);
    }
    out.set(key, [...scores].map(([slug, score]) => ({ slug, score })).sort((x, y) => y.score - x.score || cmp(x.slug, y.slug)));
  });
  return out;
}
