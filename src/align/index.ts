/**
 * Cross-outlet alignment: people, utterances, claims, figures and sourcing profiles.
 * `align` is pure and deterministic: the same input gives the same entries, in the same order.
 * It only composes: ids (schema/ids.ts `identify`), quote-links.ts (people, utterances),
 * measures.ts (figures compared), claims/ (sentences → claims), coverage.ts (claim entries),
 * profiles.ts (sourcing profiles).
 *
 * May import: src/schema, src/lexicon, src/util and its own modules. Never src/parse (it takes
 * extractions as data), src/collections (files) or src/lib (pages): layers run parse → align →
 * collections → pages.
 */
import type {
  ClaimEntry, Extraction, FigureEntry, MeasureEntry, PersonEntry, Registry, ReviewAccuracy, SourceMeta, SourcingProfile, UtteranceEntry,
} from '../schema/index.ts';
import { identify, quoteId, sentenceId, type IdentifiedFigure, type SentenceId } from '../schema/ids.ts';
import { storyKinds } from '../lexicon/quantity.ts';
import { assignSentences, proposeClaims, quoteLinks, withStructure, type Assignment, type AssignParams, type Proposal, type SentenceRef } from './claims/index.ts';
import { linkQuotes, type LinkedQuote } from './quote-links.ts';
import { buildMeasures } from './measures.ts';
import { buildProfiles } from './profiles.ts';
import { claimEntries, figureJudge, type CoverageSource } from './coverage.ts';
import { creditRelations } from './credits.ts';
import { personFinder } from './people.ts';
import { calibrate, exemplarsOf, mergeReviews, passesWith, truthOf, type Reviewed, type ReviewVerdicts } from './review.ts';

export interface AlignInput {
  sources: { meta: SourceMeta; text: string; extraction: Extraction }[];
  registry: Registry;
  /** The editors' reviews by article slug (review.ts); without them every match is a suggestion. */
  reviews?: Map<string, ReviewVerdicts>;
}

/** What alignment adds to one source: each sentence's claims (by sentence index) and its sourcing profile. */
export interface AlignedSource {
  source: string;
  /** `sentenceClaims[i]`: the slugs of the claims sentence i was given, best first. */
  sentenceClaims: string[][];
  /** `sentenceSuggested[i]`: those of sentence i's claims that are suggestions, not yet reviewed. */
  sentenceSuggested: string[][];
  profile: SourcingProfile;
}

export interface AlignResult {
  sources: AlignedSource[];
  quotes: LinkedQuote[];
  figures: FigureEntry[];
  claims: ClaimEntry[];
  people: PersonEntry[];
  utterances: UtteranceEntry[];
  measures: MeasureEntry[];
  proposals: Proposal[];
  /** Claims no source was given a sentence for (the registry may name something no article reports). */
  unreported: string[];
  /** Attribution id → the person entry its source names (credits.ts), for the attributions collection. */
  attributionPersons: Map<string, string | null>;
  /** Suggestions awaiting an editor's verdict, and the score → confidence map (review.ts). */
  pending: Reviewed['pending'];
  calibration: Reviewed['calibration'];
  /** The matcher measured against the reviews, each reviewed article held out (null: fewer than two reviewed). */
  accuracy: ReviewAccuracy | null;
}

type Identified = Omit<CoverageSource, 'relations'> & { meta: SourceMeta; text: string };

/** The assigner's sentences for a list of sources, kept per list (tuning runs the grid on one list). */
const structured = new WeakMap<object, SentenceRef[]>();

/**
 * Sentences → claims with the shipped passes and `params` (people and utterances built here, once
 * per `sources` array: do not mutate it between calls). For tuning and tests.
 */
export function assignClaims(sources: { slug: string; extraction: Extraction }[], registry: Registry, params: Partial<AssignParams> = {}): Assignment {
  let sentences = structured.get(sources);
  if (!sentences) {
    const { quotes } = linkQuotes(sources.map((s) => ({ ...s, ...identify(s.slug, s.extraction) })));
    structured.set(sources, (sentences = withStructure(sources, quoteLinks(quotes))));
  }
  return assignSentences(sentences, registry, params);
}

/**
 * Figures compared across outlets: the measures, and each figure entry with its measure (`group`).
 * `picks` are the claims each sentence was given: a figure is compared when a claim of its sentence
 * names its kind in its `measures` hints (measures.ts), so the claims come first.
 */
function compareFigures(sources: Identified[], registry: Registry, picks: Map<SentenceId, { slug: string }[]>) {
  const kinds = new Map(registry.claims.map((c) => [c.slug, storyKinds(c.hints.measures)]));
  const claimKinds = (slug: string, sentence: number) =>
    new Set((picks.get(sentenceId(slug, sentence)) ?? []).flatMap((p) => [...(kinds.get(p.slug) ?? [])]));
  const infos = sources.flatMap((s) =>
    s.figures.map((f) => ({ id: f.id, source: f.source, figure: f, sentence: s.extraction.sentences[f.sentence]?.text ?? '', claimKinds: claimKinds(s.slug, f.sentence) })),
  );
  const { measures, byFigure } = buildMeasures(infos, sources.map((s) => s.slug));
  const figures = sources.flatMap((s) => s.figures.map((f: IdentifiedFigure) => ({ ...f, group: byFigure.get(f.id) ?? null })));
  return { measures, figures, differs: figureJudge(infos, measures, byFigure) };
}

export function align(input: AlignInput): AlignResult {
  const order = input.sources.map((s) => s.meta.slug);
  const sources: Identified[] = input.sources.map((s) => ({ ...s, slug: s.meta.slug, ...identify(s.meta.slug, s.extraction) }));
  const { people, utterances, quotes } = linkQuotes(sources);
  // Reviews decide what they cover and teach the matcher the rest (review.ts, claims/exemplars.ts).
  const links = quoteLinks(quotes);
  const truths = new Map([...(input.reviews ?? [])].map(([k, r]) => [k, truthOf(r)]));
  const assignment = assignSentences(withStructure(sources, links), input.registry, {}, passesWith(exemplarsOf(sources, truths)));
  const calibrated = calibrate(sources, input.registry, truths, links);
  const reviewed = mergeReviews(sources, assignment, truths, calibrated.fit);
  const { measures, figures, differs } = compareFigures(sources, input.registry, reviewed.picks);
  const personOf = new Map<string, string | null>(quotes.map((q) => [q.id, q.personId]));
  const findPerson = personFinder(people);
  const credited = sources.map((s) => ({ ...s, relations: creditRelations(s.slug, s.extraction, (i) => personOf.get(quoteId(s.slug, i)) ?? null, findPerson) }));
  const claims = claimEntries({ sources: credited, registry: input.registry, assignment, picks: reviewed.picks, differs });
  const profiles = buildProfiles(
    sources.map((s) => ({ slug: s.slug, text: s.text, quotePersons: s.quotes.map((q) => personOf.get(q.id) ?? null) })),
    people,
    claims,
  );
  const aligned = sources.map((s) => ({
    source: s.slug,
    sentenceClaims: s.extraction.sentences.map((x) => reviewed.picks.get(sentenceId(s.slug, x.index))?.map((g) => g.slug) ?? []),
    sentenceSuggested: s.extraction.sentences.map((x) => reviewed.picks.get(sentenceId(s.slug, x.index))?.filter((g) => g.review === 'suggested').map((g) => g.slug) ?? []),
    profile: profiles.get(s.slug)!,
  }));
  const unreported = claims.filter((c) => c.coverage.every((v) => v.status === 'not-reported')).map((c) => c.id);
  const shown = new Map([...reviewed.picks].map(([k, v]) => [k, v.map((x) => ({ slug: x.slug, score: x.score }))]));
  return {
    sources: aligned, quotes, figures, claims, people, utterances, measures, unreported,
    proposals: proposeClaims({ ...assignment, chosen: shown }, order), pending: reviewed.pending, calibration: reviewed.calibration,
    attributionPersons: new Map(credited.flatMap((s) => s.relations.map((r) => [r.id, r.credited?.personId ?? null]))),
    accuracy: calibrated.accuracy,
  };
}

export { NEAREST } from './coverage.ts';
/** The one "do these figures differ" rule (intervals), for views that compare two outlets' figures. */
export { figuresDiffer } from './interval.ts';
export type { ReviewVerdicts, Verdict } from './review.ts';
// The thresholds the method page states: shown from the aligner's own constants, never retyped.
export { SHOW_CONFIDENCE } from './review.ts';
export { HIGH_CONFIDENCE } from './calibrate.ts';
export { ASSIGN, TUNING_GRID, decide, type AssignParams, type Assignment, type Pass } from './claims/index.ts';
