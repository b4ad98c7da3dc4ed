/**
 * Terms and their weights. A sentence or claim text becomes stemmed content words plus pairs of
 * adjacent content words ("nuclear doctrine" counts more than "nuclear" and "doctrine" apart).
 * Terms are weighted by inverse document frequency over the sentences being aligned, so words
 * every article repeats ("Ukraine", "Russia") say little and rare, specific words say much.
 */
import type { Registry } from '../../schema/index.ts';
import { kindsNamed } from '../../lexicon/quantity.ts';
import { contentStems } from '../../lexicon/tokens.ts';
import type { AssignParams } from './params.ts';
import type { ClaimProfile, SentenceRef, TermSpace, Vec } from './types.ts';

/** Unigrams and adjacent bigrams of a text's content stems. */
export function terms(text: string): string[] {
  const s = contentStems(text);
  const out = [...s];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}_${s[i + 1]}`);
  return out;
}

/** Euclidean length of a vector (1 for the empty vector, so dividing by it is safe). */
export function norm(v: Vec): number {
  let n = 0;
  for (const w of v.values()) n += w * w;
  return Math.sqrt(n) || 1;
}

interface ClaimTerms { statement: string[]; hints: string[] }

/** Document frequencies over the sentences, the claim texts counted as documents too. */
function documentFrequency(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Weights and vectors for one run. The claim texts count as documents so that a hint word no article
 * uses still has a finite weight.
 */
export function termSpace(sentences: SentenceRef[], claimTerms: ClaimTerms[], p: AssignParams): TermSpace {
  const sentTerms = sentences.map((s) => terms(s.text));
  const docs = [...sentTerms, ...claimTerms.map((c) => [...c.statement, ...c.hints])];
  const df = documentFrequency(docs);
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log(1 + docs.length / f));
  const weight = (t: string) => (t.includes('_') ? p.bigramWeight : 1) * (idf.get(t) ?? 0);
  const sentVecs: Vec[] = sentTerms.map((ts) => {
    const v: Vec = new Map();
    for (const t of ts) v.set(t, weight(t));
    return v;
  });
  const sentNorms = sentVecs.map(norm);
  const unit: Vec[] = sentVecs.map((v, i) => {
    const n = sentNorms[i]!;
    const u: Vec = new Map();
    for (const [t, w] of v) u.set(t, w / n);
    return u;
  });
  // At least 2, so that in a tiny corpus a term two sentences share is not "common".
  const maxDf = Math.max(2, Math.floor(sentences.length * p.maxPosting));
  const common = new Set([...df].filter(([, f]) => f > maxDf).map(([t]) => t));
  return { weight, sentVecs, sentNorms, unit, common };
}

/** The terms of every claim: its statement, and its hints (terms and entities). */
export function claimTerms(registry: Registry): ClaimTerms[] {
  return registry.claims.map((c) => ({
    statement: terms(c.statement),
    hints: [...c.hints.terms, ...c.hints.entities].flatMap((h) => terms(h)),
  }));
}

/** Each claim's profile: statement and hint terms at their weights (hints × hintWeight), and its measured kinds. */
export function claimProfiles(registry: Registry, ct: ClaimTerms[], space: TermSpace, p: AssignParams): ClaimProfile[] {
  return registry.claims.map((c, ci) => {
    const vec: Vec = new Map();
    const t = ct[ci]!;
    for (const x of t.statement) vec.set(x, Math.max(vec.get(x) ?? 0, space.weight(x)));
    for (const x of t.hints) vec.set(x, Math.max(vec.get(x) ?? 0, p.hintWeight * space.weight(x)));
    return { slug: c.slug, vec, norm: norm(vec), kinds: kindsNamed(c.hints.measures) };
  });
}
