/**
 * Every review teaches the matcher: an editor's confirmed sentences become exemplars of their claim,
 * and rejected ones counter-examples, when matching the sentences of *other* outlets (an outlet's own
 * reviews never score its own sentences: they decide them outright, src/align/review.ts). A sentence
 * gains, per claim, `exemplarWeight` × its cosine similarity (the run's term weights, stems and stem
 * pairs) to the claim's nearest exemplar, and loses `counterWeight` × its similarity to the nearest
 * counter-example when that is closer than the nearest exemplar. So a claim learns the words different outlets use
 * for it, and a sentence that resembles a known false match is held back.
 */
import { norm, terms } from './terms.ts';
import type { Pass, Vec } from './types.ts';

export interface Exemplar {
  source: string;
  claim: string;
  text: string;
  positive: boolean;
}

/** Chosen by leave-one-outlet-out over the reviewed articles (scripts/dev/review-eval.ts). */
export const EXEMPLAR = {
  exemplarWeight: 0,
  counterWeight: 0,
  /** Cosines below this are ignored: sharing a name or two is not a paraphrase. */
  minSimilarity: 0.2,
};
export type ExemplarParams = typeof EXEMPLAR;

/** A pass that adds the exemplars' evidence (a no-op without exemplars or weights). */
export function exemplarPass(exemplars: readonly Exemplar[], params: Partial<ExemplarParams> = {}): Pass {
  const p = { ...EXEMPLAR, ...params };
  return {
    name: 'exemplars',
    run(ctx, scores) {
      if ((!p.exemplarWeight && !p.counterWeight) || !exemplars.length) return scores;
      const claimIndex = new Map(ctx.profiles.map((c, i) => [c.slug, i]));
      const vecs: Vec[] = exemplars.map((e) => {
        const v: Vec = new Map();
        for (const t of terms(e.text)) v.set(t, ctx.space.weight(t));
        const n = norm(v);
        for (const [t, w] of v) v.set(t, w / n);
        return v;
      });
      const postings = new Map<string, number[]>();
      vecs.forEach((v, j) => {
        for (const t of v.keys()) {
          let l = postings.get(t);
          if (!l) postings.set(t, (l = []));
          l.push(j);
        }
      });
      return scores.map((m, i) => {
        const s = ctx.sentences[i]!;
        const dots = new Map<number, number>();
        for (const [t, w] of ctx.space.unit[i]!) for (const j of postings.get(t) ?? []) if (exemplars[j]!.source !== s.source) dots.set(j, (dots.get(j) ?? 0) + w * vecs[j]!.get(t)!);
        const pos = new Map<number, number>();
        const neg = new Map<number, number>();
        for (const [j, d] of dots) {
          const c = claimIndex.get(exemplars[j]!.claim);
          if (d < p.minSimilarity || c === undefined) continue;
          const into = exemplars[j]!.positive ? pos : neg;
          into.set(c, Math.max(into.get(c) ?? 0, d));
        }
        if (!pos.size && !neg.size) return m;
        const out = new Map(m);
        for (const c of new Set([...pos.keys(), ...neg.keys()])) {
          const a = pos.get(c) ?? 0;
          const b = neg.get(c) ?? 0;
          out.set(c, (out.get(c) ?? 0) + p.exemplarWeight * a - (b > a ? p.counterWeight * b : 0));
        }
        return out;
      });
    },
  };
}
