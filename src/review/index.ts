/**
 * The matcher as a suggestion engine, the editor as the authority. Given the matcher's assignment and
 * the editors' reviews (src/collections/reviews.ts), every sentence's claims become *picks*: confirmed
 * (an editor confirmed or added it) or suggested (the matcher's, not yet reviewed, with a calibrated
 * confidence). Rejected matches are dropped; an article whose review is complete gets no suggestions.
 */
import type { Extraction, Registry, ReviewState } from '../schema/index.ts';
import { assignSentences, decide, type QuoteLinks, type Scored, type SentenceRef } from '../align/claims.ts';
import type { ResolvedReview } from '../collections/reviews.ts';
import { applyCalibration, fitIsotonic, withoutOwnHints, type Calibration, type Labelled } from './calibrate.ts';
import { applyExemplars, type Exemplar, type ExemplarParams } from './exemplars.ts';

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

/** What an outlet's review says a sentence reports (pos) and does not (neg); complete: nothing else does. */
export interface Truth {
  complete: boolean;
  pos: Map<number, Set<string>>;
  neg: Map<number, Set<string>>;
}

export function truthOf(r: ResolvedReview): Truth {
  const pos = new Map<number, Set<string>>();
  const neg = new Map<number, Set<string>>();
  for (const [i, m] of r.verdicts)
    for (const [c, v] of m) {
      const target = v === 'rejected' ? neg : pos;
      target.set(i, (target.get(i) ?? new Set()).add(c));
    }
  return { complete: r.complete, pos, neg };
}

/** The label of a suggestion under a review: true, false, or unknown (not reviewed). */
export function labelOf(t: Truth, sentence: number, claim: string): boolean | null {
  if (t.pos.get(sentence)?.has(claim)) return true;
  if (t.neg.get(sentence)?.has(claim) || t.complete) return false;
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

/** The matcher's chosen claims per sentence once the exemplars have had their say. */
export function suggest(a: { sentences: SentenceRef[]; ranked: Map<string, Scored[]> }, exemplars: Exemplar[], params: Partial<ExemplarParams> = {}) {
  const ranked = applyExemplars(a.sentences, a.ranked, exemplars, params);
  return { ranked, chosen: decide({ sentences: a.sentences, ranked }) };
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
 * outlet the counts for precision and recall (recall only where the truth is complete).
 */
export function looPredictions(sources: ReviewSource[], registry: Registry, truths: Map<string, Truth>, params: Partial<ExemplarParams> = {}, links?: QuoteLinks) {
  const predictions: LooPrediction[] = [];
  const perSource = new Map<string, { tp: number; fp: number; fn: number }>();
  const texts = sources.map((s) => ({ slug: s.slug, text: s.text }));
  const input = sources.map((s) => ({ slug: s.slug, extraction: s.extraction }));
  for (const held of sources) {
    const truth = truths.get(held.slug);
    if (!truth) continue;
    const others = new Map([...truths].filter(([k]) => k !== held.slug));
    const a = assignSentences(input, withoutOwnHints(registry, texts, held.slug), {}, links);
    const { chosen } = suggest(a, exemplarsOf(sources, others), params);
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of held.extraction.sentences) {
      const got = chosen.get(`${held.slug}:${s.index}`) ?? [];
      for (const g of got) {
        const correct = labelOf(truth, s.index, g.slug);
        if (correct === null) continue;
        predictions.push({ source: held.slug, sentence: s.index, claim: g.slug, score: g.score, correct });
        if (correct) counts.tp++;
        else counts.fp++;
      }
      if (truth.complete) for (const c of truth.pos.get(s.index) ?? []) if (!got.some((g) => g.slug === c)) counts.fn++;
    }
    perSource.set(held.slug, counts);
  }
  return { predictions, perSource };
}

export interface Reviewed {
  /** `${source}:${sentence}` → the claims shown for the sentence, confirmed first. */
  picks: Map<string, Pick[]>;
  /** Every suggestion no editor has given a verdict, shown or not (below SHOW_CONFIDENCE): what `npm run review` walks. */
  pending: { source: string; sentence: number; claim: string; score: number; confidence: number | null }[];
  calibration: Calibration | null;
}

/** Merge the matcher's assignment with the reviews (see the module comment). */
export function reviewAssignment(
  sources: ReviewSource[],
  registry: Registry,
  assignment: { sentences: SentenceRef[]; ranked: Map<string, Scored[]> },
  reviews: Map<string, ResolvedReview>,
  links?: QuoteLinks,
): Reviewed {
  const truths = new Map([...reviews].map(([k, r]) => [k, truthOf(r)]));
  const reviewed = sources.filter((s) => truths.has(s.slug));
  const labelled: Labelled[] = reviewed.length > 1 ? looPredictions(reviewed, registry, truths, {}, links).predictions : [];
  const calibration = fitIsotonic(labelled);
  const { ranked, chosen } = suggest(assignment, exemplarsOf(sources, truths));
  const picks = new Map<string, Pick[]>();
  const pending: Reviewed['pending'] = [];
  for (const s of sources) {
    const truth = truths.get(s.slug);
    for (const sent of s.extraction.sentences) {
      const key = `${s.slug}:${sent.index}`;
      const scoreOf = new Map((ranked.get(key) ?? []).map((x) => [x.slug, x.score]));
      const confirmed: Pick[] = [...(truth?.pos.get(sent.index) ?? [])]
        .map((slug) => ({ slug, score: scoreOf.get(slug) ?? 0, review: 'confirmed' as const, confidence: null }))
        .sort((x, y) => y.score - x.score || (x.slug < y.slug ? -1 : 1));
      const open: Pick[] = truth?.complete
        ? []
        : (chosen.get(key) ?? [])
            .filter((g) => labelOf(truth ?? { complete: false, pos: new Map(), neg: new Map() }, sent.index, g.slug) === null)
            .map((g) => ({ slug: g.slug, score: g.score, review: 'suggested' as const, confidence: calibration ? round(applyCalibration(calibration, g.score)) : null }));
      for (const g of open) pending.push({ source: s.slug, sentence: sent.index, claim: g.slug, score: g.score, confidence: g.confidence });
      const suggested = open.filter((g) => g.confidence === null || g.confidence >= SHOW_CONFIDENCE);
      if (confirmed.length || suggested.length) picks.set(key, [...confirmed, ...suggested]);
    }
  }
  return { picks, pending, calibration };
}

const round = (x: number) => Math.round(x * 100) / 100;
