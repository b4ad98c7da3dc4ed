/**
 * Decision: a sentence gets every claim scoring above an absolute floor and within a fixed ratio of
 * its best claim (one sentence often reports two or three claims), at most `maxPerSentence`. Then
 * structure: a sentence that continues an earlier one (a quote continued, a lead-in, a post's
 * sentences, an anaphor) takes that sentence's claims as the `*Inherit` constants say.
 */
import type { SentenceId } from '../../schema/ids.ts';
import type { LinkKind } from '../structure.ts';
import { cmp } from '../text.ts';
import { ASSIGN, type AssignParams } from './params.ts';
import type { ClaimProfile, Scored, Scores, SentenceRef } from './types.ts';

/** Each sentence's claims by final score, best first (ties by slug, so the order is deterministic). */
export function rank(sentences: SentenceRef[], profiles: ClaimProfile[], scores: Scores): Map<SentenceId, Scored[]> {
  const ranked = new Map<SentenceId, Scored[]>();
  sentences.forEach((s, i) => {
    const merged = [...scores[i]!]
      .map(([c, v]) => ({ slug: profiles[c]!.slug, score: v }))
      .sort((a, b) => b.score - a.score || cmp(a.slug, b.slug));
    ranked.set(s.id, merged);
  });
  return ranked;
}

/** The claims to keep from a sentence's scored claims, best first. */
export function selectClaims(scored: Scored[], p: AssignParams = ASSIGN): Scored[] {
  const best = scored[0];
  if (!best || best.score < p.floor) return [];
  return scored.filter((s) => s.score >= p.floor && s.score >= p.ratio * best.score).slice(0, p.maxPerSentence);
}

const inheritMode = (k: LinkKind, p: AssignParams) =>
  k === 'quote' ? p.quoteInherit : k === 'leadin' ? p.leadinInherit : k === 'post' ? p.postInherit : p.anaphorInherit;

/** A sentence's own claims combined with those of the sentence it continues, per inherit mode (params.ts). */
function inherit(own: Scored[], from: Scored[], mode: number, p: AssignParams): Scored[] {
  if (!from.length) return own;
  if (mode === 3 || (mode === 1 && !own.length)) return from;
  if (mode === 2) return [...own, ...from.filter((x) => !own.some((g) => g.slug === x.slug))].slice(0, Math.max(p.maxPerSentence, own.length));
  return own;
}

/**
 * The claims of every sentence from the ranked scores. Sentences are visited in order, so a chain
 * (lead-in → quote → quote) passes claims along. Sentences given no claim are left out of the map.
 */
export function decide(
  a: { sentences: SentenceRef[]; ranked: Map<SentenceId, Scored[]> },
  params: Partial<AssignParams> = {},
): Map<SentenceId, Scored[]> {
  const p: AssignParams = { ...ASSIGN, ...params };
  const out = new Map<SentenceId, Scored[]>();
  const chosen: Scored[][] = [];
  a.sentences.forEach((s, i) => {
    let got = selectClaims(a.ranked.get(s.id) ?? [], p);
    const st = s.structure;
    if (st.link >= 0 && st.linkKind) got = inherit(got, chosen[st.link] ?? [], inheritMode(st.linkKind, p), p);
    chosen[i] = got;
    if (got.length) out.set(s.id, got);
  });
  return out;
}
