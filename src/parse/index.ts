/**
 * The article parser: text → blocks → sentences → quotes, figures, dates. Pure and deterministic;
 * never throws on any string (a failure in one stage yields empty results for the later ones).
 * Offsets are UTF-16 indices into `text`, start inclusive, end exclusive.
 */
import type { Extraction } from '../schema/index.ts';
import { parseBlocks } from './blocks.ts';
import { segment } from './sentences.ts';
import { extractQuotes } from './quotes.ts';
import { extractFigures } from './figures.ts';
import { extractAttributions } from './attributions.ts';

export function extract(text: string): Extraction {
  const out: Extraction = { blocks: [], sentences: [], quotes: [], figures: [], dates: [], attributions: [] };
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    out.blocks = parseBlocks(text);
    out.sentences = segment(text, out.blocks);
  } catch {
    return { blocks: [], sentences: [], quotes: [], figures: [], dates: [], attributions: [] };
  }
  try {
    out.quotes = extractQuotes(text, out.blocks, out.sentences).filter((q) => text.slice(q.start, q.end) === q.text);
  } catch {
    out.quotes = [];
  }
  try {
    const { figures, dates } = extractFigures(text, out.sentences, out.quotes);
    out.figures = figures.filter((f) => text.slice(f.start, f.end) === f.text && f.end > f.start);
    out.dates = dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
  } catch {
    out.figures = [];
  }
  try {
    out.attributions = extractAttributions(text, out.sentences, out.quotes);
  } catch {
    out.attributions = [];
  }
  return out;
}

export { parseBlocks } from './blocks.ts';
export { segment } from './sentences.ts';
