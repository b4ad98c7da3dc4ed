/**
 * The article parser: text → blocks → sentences → quotes, figures, dates. Pure and deterministic;
 * a stage that throws is a bug and is rethrown naming the stage, never turned into empty results,
 * and so is an item whose text is not the article's text at its offsets (it is never dropped
 * silently: that is the bug the provenance gate exists to expose). Offsets are UTF-16 indices into
 * `text`, start inclusive, end exclusive.
 *
 * May import: src/schema, src/lexicon, src/util and libraries. Never src/align, src/collections or
 * src/lib: the parser knows one article's text and nothing else.
 */
import type { Extraction } from '../schema/index.ts';
import { parseBlocks } from './blocks.ts';
import { segment } from './sentences.ts';
import { extractQuotes } from './quotes.ts';
import { extractFigures } from './figures.ts';

export function extract(text: string): Extraction {
  const out: Extraction = { blocks: [], sentences: [], quotes: [], figures: [], dates: [] };
  if (typeof text !== 'string' || text.length === 0) return out;
  out.blocks = stage('blocks', () => parseBlocks(text));
  out.sentences = stage('sentences', () => segment(text, out.blocks));
  out.quotes = located('quotes', text, stage('quotes', () => extractQuotes(text, out.blocks, out.sentences)));
  const { figures, dates } = stage('figures', () => extractFigures(text, out.sentences, out.quotes));
  out.figures = located('figures', text, figures);
  out.dates = dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  return out;
}

/** A parser bug found while extracting: the stage, and the offset in the text where it shows (when known). */
export class ParseError extends Error {
  readonly stage: string;
  readonly offset: number | undefined;
  constructor(stage: string, message: string, offset?: number, cause?: unknown) {
    super(`${stage} stage: ${message}`, { cause });
    this.name = 'ParseError';
    this.stage = stage;
    this.offset = offset;
  }
}

/** The items, each checked to be non-empty and the text at its offsets; the first that is not is a ParseError there. */
function located<T extends { start: number; end: number; text: string }>(name: string, text: string, items: T[]): T[] {
  for (const [i, x] of items.entries())
    if (!(x.end > x.start) || text.slice(x.start, x.end) !== x.text)
      throw new ParseError(name, `item ${i + 1} (${JSON.stringify(x.text.slice(0, 40))}) is not the text at ${x.start}–${x.end}`, Math.max(0, Math.min(x.start, text.length)));
  return items;
}

/** Run one stage; a throw is a bug, rethrown naming the stage (an empty result would hide it). */
function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(name, error instanceof Error ? error.message : String(error), undefined, error);
  }
}

export { parseBlocks } from './blocks.ts';
export { segment } from './sentences.ts';
