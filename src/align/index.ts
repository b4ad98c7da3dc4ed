/**
 * Cross-outlet alignment: people, utterances, claims, figures and sourcing profiles.
 * `align` is pure and deterministic: the same input gives the same collections, in the same order.
 * It only composes: quote-links.ts (people, utterances), measures.ts (figures compared),
 * claims/ (sentences → claims), coverage.ts (claim entries), profiles.ts (sourcing profiles).
 *
 * May import: src/schema, src/lexicon, src/util and its own modules. Never src/parse (it takes
 * extractions as data), src/collections (files) or src/lib (pages): layers run parse → align →
 * collections → pages.
 */
import type {
  ClaimEntry, Extraction, MeasureEntry, PersonEntry, Registry, SourceMeta, SourcingProfile, UtteranceEntry,
} from '../schema/index.ts';
import { figureId, quoteId, sentenceId, type FigureId, type QuoteId, type SentenceId } from '../schema/ids.ts';
import { assignSentences, proposeClaims, withStructure, type Assignment, type AssignParams, type Proposal } from './claims/index.ts';
import { linkQuotes } from './quote-links.ts';
import { buildMeasures } from './measures.ts';
import { buildProfiles } from './profiles.ts';
import { claimEntries, figureJudge } from './coverage.ts';

export { loadRegistry } from './registry.ts';

export interface AlignInput { sources: { meta: SourceMeta; text: string; extraction: Extraction }[]; registry: Registry }
export interface AlignResult {
  claims: ClaimEntry[];
  people: PersonEntry[];
  utterances: UtteranceEntry[];
  measures: MeasureEntry[];
  quoteLinks: Map<QuoteId, { personId: string | null; utterance: string | null }>;
  figureGroups: Map<FigureId, string>;
  sentenceClaims: Map<SentenceId, string[]>;
  profiles: Map<string, SourcingProfile>;
  proposals: Proposal[];
  warnings: string[];
}

/** Sentences → claims with the shipped passes and `params` (people and utterances built here). For tuning and tests. */
export function assignClaims(sources: { slug: string; extraction: Extraction }[], registry: Registry, params: Partial<AssignParams> = {}): Assignment {
  return assignSentences(withStructure(sources, linkQuotes(sources).links), registry, params);
}

/** Each figure with its id and the text of its sentence (what measures.ts compares). */
function figureInfos(input: AlignInput) {
  return input.sources.flatMap((s) =>
    s.extraction.figures.map((f, i) => ({ id: figureId(s.meta.slug, i), source: s.meta.slug, figure: f, sentence: s.extraction.sentences[f.sentence]?.text ?? '' })),
  );
}

export function align(input: AlignInput): AlignResult {
  const order = input.sources.map((s) => s.meta.slug);
  const bySlug = input.sources.map((s) => ({ slug: s.meta.slug, extraction: s.extraction }));
  const { people, utterances, links: quoteLinks } = linkQuotes(bySlug);
  const figures = figureInfos(input);
  const { measures, byFigure } = buildMeasures(figures, order);
  const figureGroups = new Map<FigureId, string>();
  for (const f of figures) {
    const m = byFigure.get(f.id);
    if (m) figureGroups.set(f.id, m);
  }
  const assignment = assignSentences(withStructure(bySlug, quoteLinks), input.registry);
  const sentenceClaims = new Map<SentenceId, string[]>();
  for (const s of input.sources)
    for (const sent of s.extraction.sentences) {
      const id = sentenceId(s.meta.slug, sent.index);
      sentenceClaims.set(id, assignment.chosen.get(id)?.map((g) => g.slug) ?? []);
    }
  const claims = claimEntries({ sources: input.sources, registry: input.registry, assignment, differs: figureJudge(figures, measures, byFigure) });
  const profiles = buildProfiles(
    input.sources.map((s) => ({ slug: s.meta.slug, text: s.text, quotePersons: s.extraction.quotes.map((_, i) => quoteLinks.get(quoteId(s.meta.slug, i))?.personId ?? null) })),
    people,
    claims,
  );
  const warnings = claims.filter((c) => c.coverage.every((v) => v.status === 'not-reported')).map((c) => `claim "${c.id}": no article reports it`);
  return { claims, people, utterances, measures, quoteLinks, figureGroups, sentenceClaims, profiles, proposals: proposeClaims(assignment, order), warnings };
}

export { NEAREST } from './coverage.ts';
export { ASSIGN, TUNING_GRID, decide, type AssignParams, type Assignment, type Pass } from './claims/index.ts';
