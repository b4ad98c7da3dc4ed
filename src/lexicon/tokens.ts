/**
 * The one tokeniser and stemmer: the aligner scores these stems and the claim pages mark the
 * words whose stems these are (src/lib/key-terms.ts), so a highlighted word is a scored word.
 * Porter stems (the `stemmer` package); folding makes typographic variants compare equal.
 */
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.ts';

/** Strip diacritics and fold typographic quotes/dashes so variants compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-');
}

/**
 * Words in order, lowercased and folded. Dotted abbreviations ("U.S.") collapse to "us";
 * possessive "'s" is dropped; hyphenated compounds are split ("long-range" → long, range)
 * so that "long-range" and "long range" agree.
 */
export function words(text: string): string[] {
  const t = fold(text)
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/'s\b/g, '');
  const out: string[] = [];
  for (const m of t.matchAll(/[a-z0-9]+(?:[.,][0-9]+)*/g)) {
    for (const part of m[0].split('-')) if (part) out.push(part);
  }
  return out;
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[0-9]/.test(word) ? word : stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Content stems (stopwords removed), in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map(stem);
}

/** All stems in order, stopwords kept (for quote comparison, where function words matter). */
export function allStems(text: string): string[] {
  return words(text).map(stem);
}

/**
 * Word-like runs of the original text with their offsets (UTF-16, end exclusive), for marking:
 * each run's `stems` are what contentStems gives for it, so a run can be matched against scored stems.
 */
export function wordSpans(text: string): { start: number; end: number; stems: string[] }[] {
  const out: { start: number; end: number; stems: string[] }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)) out.push({ start: m.index, end: m.index + m[0].length, stems: contentStems(m[0]) });
  return out;
}
