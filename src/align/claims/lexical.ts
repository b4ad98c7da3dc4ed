/**
 * Round 1, the registry alone: a sentence's lexical score for a claim is the shared term weight
 * divided by |sentence|^sentExp × |claim|^claimExp (a length normalisation between raw overlap and
 * cosine: long sentences that report several claims are not punished as hard as by cosine), plus
 * a bonus when a figure in the sentence is of the kind the claim's `measures` hint names (a
 * distance for "range", a troop count for "troops"). Scored through an inverted index from terms
 * to claims, so the cost grows with the sentences' terms, not with sentences × claims.
 */
import type { AssignParams } from './params.ts';
import type { ClaimProfile, Pass, SentenceRef } from './types.ts';

type Postings = Map<string, { c: number; w: number }[]>;

/** term → the claims whose profile has it, with the claim-side weight w / |claim|^claimExp. */
function claimPostings(profiles: ClaimProfile[], p: AssignParams): Postings {
  const postings: Postings = new Map();
  profiles.forEach((pr, c) => {
    for (const [t, w] of pr.vec) {
      let l = postings.get(t);
      if (!l) postings.set(t, (l = []));
      l.push({ c, w: w / pr.norm ** p.claimExp });
    }
  });
  return postings;
}

/**
 * A figure of the kind the claim measures (by unit dimension or counted noun): measureBonus in full
 * when what the figure measures also shares a word with the claim's profile, else × measureLoose.
 */
function figureBonus(s: SentenceRef, pr: ClaimProfile, p: AssignParams): number {
  let bonus = 0;
  for (const f of s.figures)
    if (pr.kinds.has(f.kind)) bonus = Math.max(bonus, p.measureBonus * (f.about.some((t) => pr.vec.has(t)) ? 1 : p.measureLoose));
  return bonus;
}

export const lexical: Pass = {
  name: 'lexical',
  run({ sentences, profiles, space }, _scores, p) {
    const postings = claimPostings(profiles, p);
    return sentences.map((s, i) => {
      const shared = new Map<number, number>();
      const sentLength = space.sentNorms[i]! ** p.sentExp;
      for (const [t, w] of space.sentVecs[i]!)
        for (const { c, w: cw } of postings.get(t) ?? []) shared.set(c, (shared.get(c) ?? 0) + (w / sentLength) * cw);
      const out = new Map<number, number>();
      for (const [c, v] of shared) out.set(c, v + figureBonus(s, profiles[c]!, p));
      return out;
    });
  },
};
