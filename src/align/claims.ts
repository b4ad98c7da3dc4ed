/**
 * Assigning sentences to registry claims.
 *
 * Method: each claim becomes a weighted term vector built from its canonical statement and its
 * hints (terms, entities), where a "term" is a stemmed content word or a pair of adjacent content
 * words (so "nuclear doctrine" counts more than "nuclear" and "doctrine" apart). Each sentence is
 * a term vector too. Terms are weighted by inverse document frequency over all sentences of the
 * corpus being aligned, so words every article repeats ("Ukraine", "Russia") say little and rare,
 * specific words say much. A sentence's score for a claim is the cosine of the two vectors plus a
 * small bonus when the sentence carries a figure of a kind the claim is about. A sentence is
 * assigned to every claim that scores above an absolute floor and close to its best claim (one
 * sentence often reports two or three claims). Scoring goes through an inverted index from terms
 * to claims, so the cost is linear in the number of sentence terms, not sentences × claims.
 */
import type { Extraction, Registry, RegistryClaim } from '../schema/index.ts';
import { contentStems, cmp } from './text.ts';

/** Block kinds that are not the reporter's account of the story. */
const SKIP_BLOCKS = new Set(['caption', 'post-footer', 'contributors']);

export const ASSIGN = {
  /** Minimum cosine score for any assignment. */
  floor: 0.05,
  /** Keep claims scoring at least this fraction of the sentence's best claim. */
  ratio: 0.75,
  /** At most this many claims per sentence. */
  maxPerSentence: 2,
  /** Added to the score when a figure in the sentence measures what the claim's hints name. */
  measureBonus: 0.05,
  /** Weight of adjacent-word pairs relative to single words. */
  bigramWeight: 1.5,
  /** Score = shared weight / (sentence norm^sentExp × claim norm^claimExp). */
  sentExp: 1,
  claimExp: 1,
  /** Pass-1 score a sentence needs to serve as an example of its claims for other articles. */
  seedFloor: 0.2,
  /** Weight of similarity to other articles' example sentences. */
  seedWeight: 0.5,
  /** Skip seed postings for terms in more than this share of sentences. */
  maxPosting: 0.2,
};

/** Unigrams and adjacent bigrams of a text's content stems. */
export function terms(text: string): string[] {
  const s = contentStems(text);
  const out = [...s];
  for (let i = 0; i + 1 < s.length; i++) out.push(`${s[i]}_${s[i + 1]}`);
  return out;
}

export interface SentenceRef {
  source: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  figureStems: string[];
}

export interface Scored {
  slug: string;
  score: number;
}

function weightOf(term: string): number {
  return term.includes('_') ? ASSIGN.bigramWeight : 1;
}

export class ClaimIndex {
  readonly idf = new Map<string, number>();
  readonly claimVecs: { claim: RegistryClaim; vec: Map<string, number>; norm: number; measures: string[] }[] = [];
  readonly postings = new Map<string, { c: number; w: number }[]>();

  constructor(registry: Registry, sentenceTerms: string[][]) {
    // Document frequency over the corpus's sentences; claim texts are added as documents too, so a
    // hint word no article uses still has a finite weight.
    const df = new Map<string, number>();
    const claimTexts = registry.claims.map((c) => claimTerms(c));
    const docs = [...sentenceTerms, ...claimTexts];
    for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    for (const [t, f] of df) this.idf.set(t, Math.log(1 + n / f));
    registry.claims.forEach((claim, ci) => {
      const vec = new Map<string, number>();
      for (const t of claimTexts[ci]) vec.set(t, Math.max(vec.get(t) ?? 0, weightOf(t) * (this.idf.get(t) ?? 0)));
      let norm = 0;
      for (const w of vec.values()) norm += w * w;
      norm = Math.sqrt(norm) || 1;
      for (const [t, w] of vec) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = []));
        p.push({ c: ci, w: w / norm ** ASSIGN.claimExp });
      }
      const measures = claim.hints.measures.flatMap((m) => contentStems(m));
      this.claimVecs.push({ claim, vec, norm, measures });
    });
  }

  /** Claims scored against one sentence, best first (only claims sharing at least one term). */
  score(sentenceTerms: string[], figureStems: string[]): Scored[] {
    const vec = new Map<string, number>();
    for (const t of sentenceTerms) vec.set(t, weightOf(t) * (this.idf.get(t) ?? 0));
    let norm = 0;
    for (const w of vec.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const acc = new Map<number, number>();
    for (const [t, w] of vec) {
      const p = this.postings.get(t);
      if (!p) continue;
      for (const { c, w: cw } of p) acc.set(c, (acc.get(c) ?? 0) + (w / norm ** ASSIGN.sentExp) * cw);
    }
    const figSet = new Set(figureStems);
    const out: Scored[] = [];
    for (const [c, s] of acc) {
      const cv = this.claimVecs[c];
      const bonus = cv.measures.some((m) => figSet.has(m)) ? ASSIGN.measureBonus : 0;
      out.push({ slug: cv.claim.slug, score: s + bonus });
    }
    out.sort((a, b) => b.score - a.score || cmp(a.slug, b.slug));
    return out;
  }
}

export function claimTerms(c: RegistryClaim): string[] {
  return [
    ...terms(c.statement),
    ...c.hints.terms.flatMap((t) => terms(t)),
    ...c.hints.entities.flatMap((e) => terms(e)),
  ];
}

/** The sentences of an extraction that can carry claims, with their figures' descriptive stems. */
export function claimableSentences(source: string, ex: Extraction): SentenceRef[] {
  const skip = new Set(ex.blocks.filter((b) => SKIP_BLOCKS.has(b.kind)).map((b) => b.index));
  const figs = new Map<number, string[]>();
  for (const f of ex.figures) {
    const stems = contentStems(`${f.unit ?? ''} ${f.measures ?? ''} ${f.normalized.unit ?? ''}`);
    figs.set(f.sentence, [...(figs.get(f.sentence) ?? []), ...stems, ...unitKinds(f.normalized.unit ?? f.unit)]);
  }
  return ex.sentences
    .filter((s) => !skip.has(s.block))
    .map((s) => ({ source, sentence: s.index, start: s.start, end: s.end, text: s.text, figureStems: figs.get(s.index) ?? [] }));
}

/** The kind of quantity a unit measures, so a hint like "range" or "area" meets "km" or "km²". */
export function unitKinds(unit: string | null): string[] {
  if (!unit) return [];
  const u = unit.toLowerCase();
  if (/^(km|mi|m|miles?|kilometres?|kilometers?|metres?|meters?)$/.test(u)) return ['rang', 'distanc'];
  if (/(km²|km2|sq|square|hectare)/.test(u)) return ['area'];
  if (/(troop|soldier|forc|personnel)/.test(u)) return ['troop', 'soldier'];
  if (/^(%|percent|per cent)$/.test(u)) return ['percentag'];
  if (/(day|week|month|year)/.test(u)) return ['durat'];
  return [];
}

export function selectClaims(scored: Scored[]): Scored[] {
  if (!scored.length || scored[0].score < ASSIGN.floor) return [];
  const best = scored[0].score;
  return scored.filter((s) => s.score >= ASSIGN.floor && s.score >= ASSIGN.ratio * best).slice(0, ASSIGN.maxPerSentence);
}

export interface Assignment {
  /** `${source}:${sentenceIndex}` → chosen claims with scores, in score order. */
  bySentence: Map<string, Scored[]>;
  sentences: SentenceRef[];
  index: ClaimIndex;
}

/**
 * Assign every claimable sentence of every source. Pure: same input, same output.
 *
 * Two passes. Pass 1 scores sentences against the registry alone; sentences whose best claim
 * clears `seedFloor` become seeds — examples of how reporters phrase that claim. Pass 2 adds, for
 * each sentence, its cosine similarity to the seeds of *other* articles (never its own, so an
 * article cannot confirm itself), scaled by `seedWeight`: a claim is also what other outlets said
 * in its words. Seeds are reached through an inverted index over their terms (terms found in more
 * than `maxPosting` share of sentences are skipped), so pass 2 stays near-linear.
 */
export function assignSentences(sources: { slug: string; extraction: Extraction }[], registry: Registry): Assignment {
  const sentences = sources.flatMap((s) => claimableSentences(s.slug, s.extraction));
  const sentTerms = sentences.map((s) => terms(s.text));
  const index = new ClaimIndex(registry, sentTerms);
  const pass1 = sentences.map((s, i) => index.score(sentTerms[i], s.figureStems));
  // Sentence vectors (tf-idf, unit length) for seed similarity.
  const vecs = sentTerms.map((ts) => {
    const v = new Map<string, number>();
    for (const t of ts) v.set(t, weightOf(t) * (index.idf.get(t) ?? 0));
    let n = 0;
    for (const w of v.values()) n += w * w;
    n = Math.sqrt(n) || 1;
    for (const [t, w] of v) v.set(t, w / n);
    return v;
  });
  const seedClaim = pass1.map((sc) => (sc[0] && sc[0].score >= ASSIGN.seedFloor ? selectClaims(sc).map((x) => x.slug) : []));
  const maxDf = Math.max(2, Math.floor(sentences.length * ASSIGN.maxPosting));
  const seedPost = new Map<string, { i: number; w: number }[]>();
  seedClaim.forEach((cl, i) => {
    if (!cl.length) return;
    for (const [t, w] of vecs[i]) {
      const p = seedPost.get(t) ?? [];
      if (p.length < maxDf) p.push({ i, w });
      seedPost.set(t, p);
    }
  });
  const bySentence = new Map<string, Scored[]>();
  sentences.forEach((s, i) => {
    const dots = new Map<number, number>();
    for (const [t, w] of vecs[i]) for (const p of seedPost.get(t) ?? []) if (sentences[p.i].source !== s.source) dots.set(p.i, (dots.get(p.i) ?? 0) + w * p.w);
    const best = new Map<string, number>();
    for (const sc of pass1[i]) best.set(sc.slug, sc.score);
    for (const [j, d] of dots) for (const slug of seedClaim[j]) best.set(slug, Math.max(best.get(slug) ?? 0, ASSIGN.seedWeight * d));
    const merged = [...best.entries()].map(([slug, score]) => ({ slug, score })).sort((a, b) => b.score - a.score || cmp(a.slug, b.slug));
    const chosen = selectClaims(merged);
    if (chosen.length) bySentence.set(`${s.source}:${s.sentence}`, chosen);
  });
  return { bySentence, sentences, index };
}
