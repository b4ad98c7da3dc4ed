/**
 * The shapes the claim assigner's passes share. A pass is a pure function from the scores so far to
 * new scores (`(context, scores, params) => scores`); the assigner is the list of passes in
 * index.ts, then selection. To add evidence (a new pass), write one function of this type and put
 * it in the list: it sees every sentence, its structure, the claims' profiles and the term weights.
 */
import type { SentenceId } from '../../schema/ids.ts';
import type { SentenceStructure } from '../structure.ts';
import type { AssignParams } from './params.ts';

/** A claimable sentence of one source, with what the passes need to know about it. */
export interface SentenceRef {
  id: SentenceId;
  source: string;
  sentence: number;
  /** Index of the sentence's block in its article (paragraph context). */
  block: number;
  start: number;
  end: number;
  text: string;
  /** Per figure: its kind and the content stems of what it measures ("missile range" → missil, rang). */
  figures: { kind: string; about: string[] }[];
  /** Quotes, block kind and the earlier sentence this one continues. */
  structure: SentenceStructure;
}

export interface Scored {
  slug: string;
  score: number;
}

/** A bag of weighted terms. */
export type Vec = Map<string, number>;

/** A registry claim as the passes see it: its weighted terms and the kinds of quantity it measures. */
export interface ClaimProfile {
  slug: string;
  vec: Vec;
  norm: number;
  kinds: Set<string>;
}

/** Term weights and the sentences' vectors, computed once per run (terms.ts). */
export interface TermSpace {
  /** A term's weight: its inverse document frequency, × bigramWeight for word pairs. */
  weight: (term: string) => number;
  sentVecs: Vec[];
  sentNorms: number[];
  /** sentVecs scaled to unit length. */
  unit: Vec[];
  /** Terms in more than `maxPosting` of the sentences: left out of seed centroids. */
  common: Set<string>;
}

/** Everything a pass may read besides the scores. Indexes into `sentences` and `profiles` are stable. */
export interface AssignContext {
  sentences: SentenceRef[];
  profiles: ClaimProfile[];
  space: TermSpace;
}

/** Per sentence (same index as `context.sentences`): claim index (into `profiles`) → score. */
export type Scores = Map<number, number>[];

export interface Pass {
  /** Named so an ablation or a review can switch it off or replace it. */
  name: string;
  run: (context: AssignContext, scores: Scores, params: AssignParams) => Scores;
}
