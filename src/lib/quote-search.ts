/**
 * The quote search, shared by the build (records and a prebuilt fuse.js index, written to
 * /quotes/search.json) and the browser (src/lib/client/quote-search.ts), so both use the same
 * keys and options. Token search ("all" words must match, each fuzzily) is what lets a
 * misspelt query like "rokets speek" find "Rockets speak for themselves".
 */
import type { IFuseOptions } from 'fuse.js';

export interface QuoteRecord {
  id: string;
  text: string;
  speaker: string;
  /** Filter value: the person id, or "" when the quote has no identified speaker. */
  person: string;
  outlet: string;
  source: string;
  /** Palette class of the outlet (o0–o7). */
  tone: string;
  context: string;
  claims: { url: string; statement: string }[];
  personUrl: string | null;
  utterance: string | null;
}

export const SEARCH_KEYS = [
  { name: 'text', weight: 0.7 },
  { name: 'speaker', weight: 0.2 },
  { name: 'outlet', weight: 0.1 },
] as const;

export const SEARCH_OPTIONS: IFuseOptions<QuoteRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  threshold: 0.4,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};
