/**
 * The article parser: text → blocks → sentences → quotes, figures, dates. Pure and deterministic;
 * a stage that throws is a bug and is rethrown naming the stage, never turned into empty results.
 * Offsets are UTF-16 indices into `text`, start inclusive, end exclusive.
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
  out.quotes = stage('quotes', () => extractQuotes(text, out.blocks, out.sentences)).filter((q) => text.slice(q.start, q.end) === q.text);
  const { figures, dates } = stage('figures', () => extractFigures(text, out.sentences, out.quotes));
  out.figures = figures.filter((f) => text.slice(f.start, f.end) === f.text && f.end > f.start);
  out.dates = dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  return out;
}

/** Run one stage; a throw is a bug, rethrown naming the stage (an empty result would hide it). */
function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${name} stage: ${message}`, { cause: error });
  }
}

export { parseBlocks } from './blocks.ts';
export { segment } from './sentences.ts';
