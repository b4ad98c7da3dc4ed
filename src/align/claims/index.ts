/**
 * Assigning sentences to registry claims: a list of passes over per-sentence claim scores, then a
 * decision. Each pass is a pure `(context, scores, params) => scores` (types.ts):
 *
 * 1. `lexical` (lexical.ts): shared term weight with the claim's statement and hints, plus a
 *    bonus for a figure of the kind the claim measures;
 * 2. `centroid` (feedback.ts): similarity to other outlets' confidently assigned sentences;
 * 3. `utterance` (feedback.ts): claims of other outlets' sentences quoting the same utterance;
 * 4. `context` (structure.ts): a share of the scores of paragraph neighbours;
 * 5. `links` (structure.ts): a quote continuation shares the scores of the sentence it continues;
 *
 * then `rank` and `decide` (select.ts). To add evidence, add a Pass to PASSES (or pass your own
 * list to assignSentences). Proposals of new claims (propose.ts) read the result.
 *
 * May import: src/schema, src/lexicon, src/util and the aligner's own modules (../text.ts,
 * ../structure.ts). Never collections/ or lib/: the aligner knows nothing of files or pages.
 */
import type { Registry } from '../../schema/index.ts';
import type { SentenceId } from '../../schema/ids.ts';
import { ASSIGN, type AssignParams } from './params.ts';
import { claimProfiles, claimTerms, termSpace } from './terms.ts';
import { lexical } from './lexical.ts';
import { centroid, utterance } from './feedback.ts';
import { context, links } from './structure.ts';
import { decide, rank } from './select.ts';
import type { AssignContext, Pass, Scored, Scores, SentenceRef } from './types.ts';

/** The shipped assigner, in order. Each pass reads the scores the previous one returned. */
export const PASSES: readonly Pass[] = [lexical, centroid, utterance, context, links];

export interface Assignment {
  sentences: SentenceRef[];
  /** Every sentence's scored claims before selection (for tuning, nearest sentences and proposals). */
  ranked: Map<SentenceId, Scored[]>;
  /** The claims chosen for each sentence given any, with scores, best first. */
  chosen: Map<SentenceId, Scored[]>;
}

/** The context the passes share: sentences, claim profiles and term weights. */
export function assignContext(sentences: SentenceRef[], registry: Registry, p: AssignParams): AssignContext {
  const ct = claimTerms(registry);
  const space = termSpace(sentences, ct, p);
  return { sentences, profiles: claimProfiles(registry, ct, space, p), space };
}

/** Assign every sentence (claimable, with structure: structure.ts `withStructure`). Pure: same input, same output. */
export function assignSentences(
  sentences: SentenceRef[],
  registry: Registry,
  params: Partial<AssignParams> = {},
  passes: readonly Pass[] = PASSES,
): Assignment {
  const p: AssignParams = { ...ASSIGN, ...params };
  const ctx = assignContext(sentences, registry, p);
  let scores: Scores = sentences.map(() => new Map());
  for (const pass of passes) scores = pass.run(ctx, scores, p);
  const ranked = rank(sentences, ctx.profiles, scores);
  return { sentences, ranked, chosen: decide({ sentences, ranked }, p) };
}

export { ASSIGN, TUNING_GRID, type AssignParams } from './params.ts';
export { decide, selectClaims } from './select.ts';
export { withStructure, claimableSentences, quoteLinks, type QuoteLinks } from './structure.ts';
export { proposeClaims, PROPOSE, type Proposal } from './propose.ts';
export { terms } from './terms.ts';
export type { Pass, Scored, Scores, SentenceRef, AssignContext } from './types.ts';
