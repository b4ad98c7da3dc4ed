/**
 * pluralize's answers, remembered: each call tries a long list of regex rules in turn, and news
 * counts and measures the same few nouns again and again (it was a tenth of figure extraction).
 */
import pluralize from 'pluralize';
import { memoString } from '../util/index.ts';

export const singular: (word: string) => string = memoString((w) => pluralize.singular(w));
export const isPlural: (word: string) => boolean = memoString((w) => pluralize.isPlural(w));
