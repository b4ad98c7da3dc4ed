/**
 * Identity of the items the build publishes, given in one place. An id is a string with a brand,
 * so a quote id cannot be passed where a figure id is expected and no module rebuilds one by hand.
 * The published forms (`<source>-q<n>`, `<source>-f<n>`, n from 1) are permalinks: never change them.
 * An id says nothing the item does not also carry in a field: read an item's outlet from its
 * `source`, never by parsing the id (`reuters-f1` vs `reuters-fr-f1`).
 */
import type { ExtractedFigure, ExtractedQuote, Extraction } from './index.ts';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type QuoteId = Brand<string, 'QuoteId'>;
export type FigureId = Brand<string, 'FigureId'>;
/** A sentence of one source. Internal only (pages address sentences by source and index). */
export type SentenceId = Brand<string, 'SentenceId'>;

/** The id of the `index`-th (0-based) quote the parser found in `source`. */
export const quoteId = (source: string, index: number) => `${source}-q${index + 1}` as QuoteId;
/** The id of the `index`-th (0-based) figure the parser found in `source`. */
export const figureId = (source: string, index: number) => `${source}-f${index + 1}` as FigureId;
/** The id of sentence `index` of `source`. */
export const sentenceId = (source: string, index: number) => `${source}:${index}` as SentenceId;


/** A parsed quote with its id and its outlet (the quote collection's entry, before alignment adds links). */
export type IdentifiedQuote = ExtractedQuote & { id: QuoteId; source: string };
/** A parsed figure with its id and its outlet. */
export type IdentifiedFigure = ExtractedFigure & { id: FigureId; source: string };

/** Ids for one source's quotes and figures, given once, right after extraction. */
export function identify(source: string, ex: Extraction): { quotes: IdentifiedQuote[]; figures: IdentifiedFigure[] } {
  return {
    quotes: ex.quotes.map((q, i) => ({ ...q, id: quoteId(source, i), source })),
    figures: ex.figures.map((f, i) => ({ ...f, id: figureId(source, i), source })),
  };
}
