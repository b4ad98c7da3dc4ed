/**
 * Round 2, pseudo-relevance feedback from other outlets. Sentences whose best claim so far is
 * confident become seeds: examples of how reporters phrase that claim. A sentence is then also
 * scored by its similarity to the centroid of the claim's seeds from *other* outlets, so an
 * article never confirms itself (and, leave-one-out, the held-out article's text never shapes the
 * profiles it is scored against). A second pass lends claims across outlets through quotes: a
 * sentence quoting an utterance that another outlet's confidently assigned sentence also quotes.
 * Both go through inverted indexes, so the cost grows with terms and quotes, not with pairs of sentences.
 */
import type { AssignParams } from './params.ts';
import type { AssignContext, Pass, Vec } from './types.ts';

/** The claims a sentence is confidently given: best first, each ≥ seedFloor and ≥ ratio × the best. */
export function confidentClaims(score: Map<number, number>, p: AssignParams): number[] {
  const sorted = [...score].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const best = sorted[0];
  if (!best || best[1] < p.seedFloor) return [];
  return sorted.filter(([, v]) => v >= p.seedFloor && v >= p.ratio * best[1]).slice(0, p.maxPerSentence).map(([c]) => c);
}

/** Sum of unit seed vectors (without common terms) and their number, per claim. */
interface Centroid { sum: Vec; count: number }

function addTo(into: Map<number, Centroid>, c: number, u: Vec, common: Set<string>): void {
  let e = into.get(c);
  if (!e) into.set(c, (e = { sum: new Map(), count: 0 }));
  for (const [t, w] of u) if (!common.has(t)) e.sum.set(t, (e.sum.get(t) ?? 0) + w);
  e.count++;
}

/** Seed centroids per claim over all outlets, and per outlet (so an outlet's own can be taken out). */
function centroids(ctx: AssignContext, seeds: number[][]) {
  const all = new Map<number, Centroid>();
  const own = new Map<string, Map<number, Centroid>>();
  seeds.forEach((claims, i) => {
    const src = ctx.sentences[i]!.source;
    let mine = own.get(src);
    if (!mine) own.set(src, (mine = new Map()));
    for (const c of claims) {
      addTo(all, c, ctx.space.unit[i]!, ctx.space.common);
      addTo(mine, c, ctx.space.unit[i]!, ctx.space.common);
    }
  });
  const postings = new Map<string, { c: number; w: number }[]>();
  for (const [c, e] of [...all].sort((a, b) => a[0] - b[0]))
    for (const [t, w] of e.sum) {
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      l.push({ c, w });
    }
  return { all, own, postings };
}

export const centroid: Pass = {
  name: 'centroid',
  run(ctx, scores, p) {
    const out = scores.map((m) => new Map(m));
    if (!p.centroidWeight) return out;
    const { all, own, postings } = centroids(ctx, scores.map((m) => confidentClaims(m, p)));
    ctx.sentences.forEach((s, i) => {
      const u = ctx.space.unit[i]!;
      const dot = new Map<number, number>();
      for (const [t, w] of u) for (const { c, w: cw } of postings.get(t) ?? []) dot.set(c, (dot.get(c) ?? 0) + w * cw);
      for (const [c, d] of dot) {
        const mine = own.get(s.source)?.get(c);
        let ownDot = 0;
        if (mine) for (const [t, w] of u) ownDot += w * (mine.sum.get(t) ?? 0);
        const n = (all.get(c)?.count ?? 0) - (mine?.count ?? 0);
        if (n > 0) out[i]!.set(c, (out[i]!.get(c) ?? 0) + (p.centroidWeight * (d - ownDot)) / Math.sqrt(n));
      }
    });
    return out;
  },
};

/** utterance id → source → the claims confidently given to that source's sentences quoting it. */
function claimsByUtterance(ctx: AssignContext, confident: number[][]): Map<string, Map<string, Set<number>>> {
  const by = new Map<string, Map<string, Set<number>>>();
  ctx.sentences.forEach((s, i) => {
    for (const u of new Set(s.structure.quotes.map((q) => q.utterance))) {
      if (!u) continue;
      let bySrc = by.get(u);
      if (!bySrc) by.set(u, (bySrc = new Map()));
      let claims = bySrc.get(s.source);
      if (!claims) bySrc.set(s.source, (claims = new Set()));
      for (const c of confident[i]!) claims.add(c);
    }
  });
  return by;
}

export const utterance: Pass = {
  name: 'utterance',
  run(ctx, scores, p) {
    const out = scores.map((m) => new Map(m));
    if (!p.utteranceWeight) return out;
    const by = claimsByUtterance(ctx, scores.map((m) => confidentClaims(m, p)));
    ctx.sentences.forEach((s, i) => {
      const add = new Set<number>();
      for (const u of new Set(s.structure.quotes.map((q) => q.utterance)))
        for (const [src, claims] of (u && by.get(u)) || []) if (src !== s.source) for (const c of claims) add.add(c);
      // Any other rendering's claim counts in full, once per claim.
      for (const c of add) out[i]!.set(c, (out[i]!.get(c) ?? 0) + p.utteranceWeight);
    });
    return out;
  },
};
