/**
 * The matcher as a suggestion engine, the editor as the authority. Given the editors' reviews
 * (content/reviews/, anchored to sentences by src/collections/reviews.ts), every sentence's claims
 * become *picks*: confirmed (an editor confirmed or added it) or suggested (the matcher's, not yet
 * reviewed, with a calibrated confidence, calibrate.ts). Rejected matches are dropped; an article
 * whose review is complete gets no suggestions for the claims it was reviewed against (a claim added
 * to the registry since is still suggested). Reviews also teach the matcher (claims/exemplars.ts).
 */
import type { Extraction, Registry, ReviewAccuracy, ReviewState } from '../schema/index.ts';
import { sentenceId, type SentenceId } from '../schema/ids.ts';
import { assignSentences, PASSES, withStructure, type Assignment, type AssignParams, type Pass, type QuoteLinks } from './claims/index.ts';
import { exemplarPass, type Exemplar, type ExemplarParams } from './claims/exemplars.ts';
import { applyCalibration, calibrationSummary, crossCalibrated, fitIsotonic, withoutOwnHints, type Calibration } from './calibrate.ts';

export type Verdict = 'confirmed' | 'added' | 'rejected';

/** An article's review as the aligner needs it: sentence index → claim → verdict. */
export interface ReviewVerdicts {
  article: string;
  complete: boolean;
  /** The claims the article was read against when marked complete (ignored unless complete). */
  reviewedClaims: ReadonlySet<string>;
  verdicts: Map<number, Map<string, Verdict>>;
}

export interface Pick {
  slug: string;
  score: number;
  review: ReviewState;
  confidence: number | null;
}

/** A suggestion is shown (as evidence, and as coverage "suggested") only at or above this confidence. */
export const SHOW_CONFIDENCE = 0.5;

export interface ReviewSource {
  slug: string;
  text: string;
  extraction: Extraction;
}

/**
 * What an outlet's review says a sentence reports (pos) and does not (neg); for a claim in `complete`,
 * no other sentence reports it (the editor read the whole article against that claim).
 */
export interface Truth {
  complete: ReadonlySet<string>;
  pos: Map<number, Set<string>>;
  neg: Map<number, Set<string>>;
}

export function truthOf(r: ReviewVerdicts): Truth {
  const pos = new Map<number, Set<string>>();
  const neg = new Map<number, Set<string>>();
  for (const [i, m] of r.verdicts)
    for (const [c, v] of m) {
      const target = v === 'rejected' ? neg : pos;
      target.set(i, (target.get(i) ?? new Set()).add(c));
    }
  return { complete: r.complete ? r.reviewedClaims : new Set(), pos, neg };
}

/** The label of a suggestion under a review: true, false, or null (not reviewed). */
export function labelOf(t: Truth | undefined, sentence: number, claim: string): boolean | null {
  if (!t) return null;
  if (t.pos.get(sentence)?.has(claim)) return true;
  if (t.neg.get(sentence)?.has(claim) || t.complete.has(claim)) return false;
  return null;
}

export function exemplarsOf(sources: ReviewSource[], truths: Map<string, Truth>): Exemplar[] {
  const out: Exemplar[] = [];
  for (const s of sources) {
    const t = truths.get(s.slug);
    if (!t) continue;
    for (const [map, positive] of [[t.pos, true], [t.neg, false]] as const)
      for (const [i, claims] of [...map].sort((a, b) => a[0] - b[0]))
        for (const claim of [...claims].sort()) out.push({ source: s.slug, claim, text: s.extraction.sentences[i]?.text ?? '', positive });
  }
  return out;
}

/** The shipped passes with the exemplars' pass after the cross-outlet feedback, before paragraph context and links. */
export function passesWith(exemplars: readonly Exemplar[], params: Partial<ExemplarParams> = {}): Pass[] {
  const at = PASSES.findIndex((p) => p.name === 'context');
  const pass = exemplarPass(exemplars, params);
  return at === -1 ? [...PASSES, pass] : [...PASSES.slice(0, at), pass, ...PASSES.slice(at)];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Whether the outlet reports each claim at all (the coverage matrix's question): suggested claims against reviewed ones. */
function claimCounts(truth: Truth, suggested: ReadonlySet<string>): Counts {
  const reported = new Set([...truth.pos.values()].flatMap((x) => [...x]));
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const claim of suggested) if (reported.has(claim)) c.tp++;
  else if (truth.complete.has(claim)) c.fp++;
  for (const claim of reported) if (!suggested.has(claim) && truth.complete.has(claim)) c.fn++;
  return c;
}

export interface LooPrediction {
  source: string;
  sentence: number;
  claim: string;
  score: number;
  correct: boolean;
}

/**
 * Leave-one-outlet-out over the sources with a truth: each outlet matched without its own reviews (as
 * exemplars) and without the hints only its text contains. Returns every labelled suggestion, and per
 * outlet the counts for precision and recall (misses counted only for claims the truth is complete for).
 */
export function looPredictions(
  sources: ReviewSource[], registry: Registry, truths: Map<string, Truth>, links: QuoteLinks,
  params: Partial<ExemplarParams> = {}, assign: Partial<AssignParams> = {},
) {
  const predictions: LooPrediction[] = [];
  const perSource = new Map<string, Counts & { claims: Counts }>();
  const texts = sources.map((s) => ({ slug: s.slug, text: s.text }));
  const sentences = withStructure(sources.map((s) => ({ slug: s.slug, extraction: s.extraction })), links);
  for (const held of sources) {
    const truth = truths.get(held.slug);
    if (!truth) continue;
    const others = new Map([...truths].filter(([k]) => k !== held.slug));
    const a = assignSentences(sentences, withoutOwnHints(registry, texts, held.slug), assign, passesWith(exemplarsOf(sources, others), params));
    const counts = { tp: 0, fp: 0, fn: 0 };
    const suggested = new Set<string>();
    for (const s of held.extraction.sentences) {
      const got = a.chosen.get(sentenceId(held.slug, s.index)) ?? [];
      for (const g of got) {
        const correct = labelOf(truth, s.index, g.slug);
        if (correct === null) continue;
        predictions.push({ source: held.slug, sentence: s.index, claim: g.slug, score: g.score, correct });
        counts[correct ? 'tp' : 'fp']++;
        suggested.add(g.slug);
      }
      for (const c of truth.pos.get(s.index) ?? []) if (truth.complete.has(c) && !got.some((g) => g.slug === c)) counts.fn++;
    }
    perSource.set(held.slug, { ...counts, claims: claimCounts(truth, suggested) });
  }
  return { predictions, perSource };
}

export interface Reviewed {
  /** Per sentence, the claims shown for it: confirmed first, then suggestions at or above SHOW_CONFIDENCE. */
  picks: Map<SentenceId, Pick[]>;
  /** Every suggestion no editor has given a verdict, shown or not: what `npm run review` walks. */
  pending: { source: string; sentence: number; claim: string; score: number; confidence: number | null }[];
  calibration: Calibration | null;
}

/**
 * The score → confidence map, fitted on leave-one-outlet-out suggestions over the reviewed sources, and
 * what those same runs measure (null: too few reviewed to fit or to measure).
 */
export function calibrate(sources: ReviewSource[], registry: Registry, truths: Map<string, Truth>, links: QuoteLinks): { fit: Calibration | null; accuracy: ReviewAccuracy | null } {
  const reviewed = sources.filter((s) => truths.has(s.slug));
  if (reviewed.length < 2) return { fit: null, accuracy: null };
  const { predictions, perSource } = looPredictions(reviewed, registry, truths, links);
  // Each article's confidences from a fit on the others only, as a new article's would be.
  const calibrated = crossCalibrated(predictions);
  const accuracy = calibrated.length
    ? { articles: perSource.size, ...calibrationSummary(calibrated), perSource: [...perSource].map(([source, c]) => ({ source, ...c })) }
    : null;
  return { fit: fitIsotonic(predictions), accuracy };
}

/** Merge the matcher's assignment (run with passesWith(exemplars)) with the reviews. */
export function mergeReviews(sources: ReviewSource[], assignment: Assignment, truths: Map<string, Truth>, calibration: Calibration | null): Reviewed {
  const picks = new Map<SentenceId, Pick[]>();
  const pending: Reviewed['pending'] = [];
  const confidence = (score: number) => (calibration ? Math.round(applyCalibration(calibration, score) * 100) / 100 : null);
  for (const s of sources) {
    const truth = truths.get(s.slug);
    for (const sent of s.extraction.sentences) {
      const id = sentenceId(s.slug, sent.index);
      const scoreOf = new Map((assignment.ranked.get(id) ?? []).map((x) => [x.slug, x.score]));
      const confirmed: Pick[] = [...(truth?.pos.get(sent.index) ?? [])]
        .map((slug) => ({ slug, score: scoreOf.get(slug) ?? 0, review: 'confirmed' as const, confidence: null }))
        .sort((x, y) => y.score - x.score || (x.slug < y.slug ? -1 : 1));
      const open: Pick[] = (assignment.chosen.get(id) ?? [])
        .filter((g) => labelOf(truth, sent.index, g.slug) === null)
        .map((g) => ({ slug: g.slug, score: g.score, review: 'suggested' as const, confidence: confidence(g.score) }));
      for (const g of open) pending.push({ source: s.slug, sentence: sent.index, claim: g.slug, score: g.score, confidence: g.confidence });
      const shown = open.filter((g) => g.confidence === null || g.confidence >= SHOW_CONFIDENCE);
      if (confirmed.length || shown.length) picks.set(id, [...confirmed, ...shown]);
    }
  }
  return { picks, pending, calibration };
}
