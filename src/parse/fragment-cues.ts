/**
 * Is a quoted fragment credited to someone? PolNeAR (and the ordinary sense of "quotation") calls a
 * fragment in quotation marks a quote when it lies in what an attribution relation attributes: the
 * content of a cue ("said", "called it", "according to") in its sentence. The attribution parser's
 * relations (attributions.ts) answer that; a scare quote, a title or a term lies in no relation's
 * content. Relations are computed once per sentence and only for sentences holding a fragment.
 */
import type { ExtractedAttribution, Sentence } from '../schema/index.ts';
import { sentenceRelations } from './attributions.ts';
import type { CueModel } from './attributions-model.ts';

export interface CueCover {
  /** at least half the fragment lies in the content of a relation of its sentence(s) */
  inContent: boolean;
  /** …and that relation names its source (a name, a pronoun, "the official") */
  sourced: boolean;
  /** …and one such relation's cue starts before the fragment (a cue after it is often "On “Title,” she said") */
  cueBefore: boolean;
}

/** One paragraph's relations by sentence index, and the cue model (undefined: the shipped one). */
export interface RelationCache {
  model: CueModel | undefined;
  bySentence: Map<number, ExtractedAttribution[]>;
}

function relationsOf(text: string, s: Sentence, cache: RelationCache): ExtractedAttribution[] {
  let rels = cache.bySentence.get(s.index);
  if (!rels) {
    rels = sentenceRelations(text, s, cache.model);
    cache.bySentence.set(s.index, rels);
  }
  return rels;
}

/** The relations of the sentences [first, last] whose content covers [start, end) at least half. */
export function cueCover(text: string, sentences: readonly Sentence[], start: number, end: number, cache: RelationCache): CueCover {
  const len = Math.max(1, end - start);
  const out: CueCover = { inContent: false, sourced: false, cueBefore: false };
  for (const s of sentences) {
    if (s.end <= start || s.start >= end) continue;
    for (const r of relationsOf(text, s, cache)) {
      const o = r.content.reduce((n, c) => n + Math.max(0, Math.min(c.end, end) - Math.max(c.start, start)), 0);
      if (o * 2 < len) continue;
      out.inContent = true;
      if (r.source) out.sourced = true;
      if (r.cue && r.cue.start < start) out.cueBefore = true;
    }
  }
  return out;
}
