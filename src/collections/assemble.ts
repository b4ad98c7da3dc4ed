/**
 * The collections from the parsed articles and the alignment: sources (built here: counts,
 * blocks, sentences with their claims, sourcing profile), attributions (built here from the parser's
 * relations, linked to the quotes), and quotes, figures, claims, people, utterances and measures as
 * align() returned them. Pure: no files, no checks (build.ts runs the
 * provenance gate and the schemas on the result).
 */
import type { z } from 'zod';
import type { AlignResult } from '../align/index.ts';
import type { collections as schemas, CollectionName, Extraction, SourceEntry } from '../schema/index.ts';
import type { ArticleInput } from './read-articles.ts';
import { attributionEntries } from './attributions.ts';

export type Collections = { [K in CollectionName]: z.infer<(typeof schemas)[K]>[] };

export interface Parsed { article: ArticleInput; extraction: Extraction }

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Blocks that are the article's own prose (not captions, credits or contributor lines). */
const READING_KINDS = new Set(['headline', 'standfirst', 'paragraph', 'post']);

function sourceEntry({ article, extraction }: Parsed, order: number, aligned: AlignResult['sources'][number]): SourceEntry {
  const { slug, ...meta } = article.meta;
  const reading = extraction.blocks.filter((b) => READING_KINDS.has(b.kind));
  return {
    ...meta,
    id: slug,
    order,
    sha256: article.sha256,
    text: article.text,
    counts: {
      words: reading.reduce((n, b) => n + countWords(b.text), 0),
      sentences: extraction.sentences.length,
      paragraphs: extraction.blocks.filter((b) => b.kind === 'paragraph').length,
      quotes: extraction.quotes.length,
      figures: extraction.figures.length,
    },
    blocks: extraction.blocks,
    sentences: extraction.sentences.map((s) => ({ ...s, claims: aligned.sentenceClaims[s.index] ?? [], suggested: aligned.sentenceSuggested[s.index] ?? [] })),
    profile: aligned.profile,
  };
}

export function assemble(parsed: Parsed[], aligned: AlignResult): Collections {
  const sources = parsed.map((p, order) => {
    const a = aligned.sources[order];
    if (a?.source !== p.article.meta.slug) throw new Error(`internal: alignment returned no entry for ${p.article.meta.slug}`);
    return sourceEntry(p, order, a);
  });
  // Each quote names the relation that holds it; attributionEntries sets it on these copies.
  const quotes = aligned.quotes.map((q) => ({ ...q }));
  const attributions = attributionEntries(parsed.map((p) => ({ slug: p.article.meta.slug, extraction: p.extraction })), quotes, aligned.attributionPersons);
  return {
    attributions,
    sources,
    quotes,
    figures: aligned.figures,
    claims: aligned.claims,
    people: aligned.people,
    utterances: aligned.utterances,
    measures: aligned.measures,
  };
}
