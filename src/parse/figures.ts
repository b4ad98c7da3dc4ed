/**
 * Figures: every quantity in digits or words, read by the grammar of the phrase around the number: a
 * currency symbol or code before it, a scale word and a unit word or abbreviation after it, "per"/"a"/"/"
 * compounds, ages, ranges, and otherwise the noun it counts ("3.9 million headsets"). Dates, years,
 * times, list markers, URLs and numbers inside names (F-16, G20, Su-34, Highway 35) are not figures.
 *
 * Each number token goes through RULES, a table of small handlers (each may reject it: null), then the
 * sentence-level PASSES (money with its cents, ranges, counted nouns), then becomes a figure.
 */
import type { ExtractedFigure, Sentence } from '../schema/index.ts';
import { findDates } from './dates.ts';
import { numberTokens, type NumberToken } from './numbers.ts';
import { inSpans, urlSpans, type Span } from './text.ts';
import { physicalInfo, type UnitInfo } from './units.ts';
import { after, before, mul, type Category, type Ctx, type Draft } from './figure-draft.ts';
import { acronyms } from './figure-context.ts';
import { currencyBefore, unitAfter, suffixUnit, perCompound } from './figure-units.ts';
import { PASSES } from './figure-passes.ts';
import { toFigure } from './figure-out.ts';

type Rule = (d: Draft, c: Ctx) => Draft | null;

/** Part of a name or code: F-16, G20, A320, Su-34, x9Qa2, 3.5.1, 1111-2222, "Highway 35". */
function notName(d: Draft, c: Ctx): Draft | null {
  if (d.tok.kind !== 'digits') return d;
  const b = before(c, d.start);
  // letters against the digits name a code ("A320"), unless they are a currency ("USD40", "RM40", "Rs500")
  if (/[\p{L}\d_]$/u.test(b) && !/[$€£¥元₹₽₴₩]$/u.test(b) && !/(?:^|[^\p{L}])(?:[A-Z]{3}|Rs\.?|RM|Rp)$/u.test(b)) return null;
  if (/[\p{L}]-$/u.test(b) || /\p{L}[\p{L}\d]*\d-$/u.test(b) || /\d[.,]$/.test(b) || /[./#:]$/.test(b)) return null;
  const a = after(c, d.end + d.tok.suffix.length, 12);
  // 3.5.1, 1111-2222-3333, 0800-123456: codes; "8-10 feet" is a range
  if (/^\.\d/.test(a) || /^-\d+[.-]\d/.test(a) || (/^-\d{4}/.test(a) && d.end - d.start >= 4)) return null;
  return d;
}

/** Time of day: 10:30, 3 p.m. */
function notTime(d: Draft, c: Ctx): Draft | null {
  const a = after(c, d.end, 8);
  return /^:\d/.test(a) || /^\s*[ap]\.?m\b\.?/i.test(a) ? null : d;
}

/** List markers: "1)", "(2)", "3 )" at the start of an item. */
function notListMarker(d: Draft, c: Ctx): Draft | null {
  if (d.tok.kind !== 'digits' || d.tok.suffix) return d;
  const b = before(c, d.start, 3);
  if (/^\s*\)/.test(after(c, d.end, 3)) && (/(?:^|[\s;:(])$/.test(b) || d.start === 0)) return null;
  return d;
}

function notDateOrUrl(d: Draft, c: Ctx): Draft | null {
  const end = d.end + d.tok.suffix.length;
  if (c.dates.some((s) => d.start < s.end && end > s.start) || inSpans(c.urls, d.start)) return null;
  return d;
}

/** Digit ordinals ("the 1,000th day", "finished 2nd") rank or name; they measure nothing a reader compares. */
function notOrdinal(d: Draft): Draft | null {
  return /^(st|nd|rd|th)$/i.test(d.tok.suffix) ? null : d;
}

/** "one" is a determiner unless it counts a unit ("one year", "one-yen"): "One U.S. official". */
function oneDeterminer(d: Draft): Draft | null {
  if (d.tok.kind === 'word' && d.value === 1 && !d.info && !d.scaled) return null;
  return d;
}

/** Scale words: "1.2 billion", "three million", "35 lakh". */
function scaleWord(d: Draft, c: Ctx): Draft | null {
  if (d.tok.suffix || d.value === null) return d;
  const m = /^\s+(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b/i.exec(after(c, d.end, 16));
  if (!m) return d;
  const f = SCALE_OF[m[1]!.toLowerCase()] ?? 1;
  return { ...d, value: mul(d.value, f), factor: d.factor * f, end: d.end + m[0].length, scaled: true };
}
const SCALE_OF: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/** "aged 45", "five years old", "a 28-year-old", "three months of age". */
function age(d: Draft, c: Ctx): Draft | null {
  if (d.info?.category !== 'duration') {
    if (d.info) return d;
    if (/\bage[d]?\s+$/i.test(before(c, d.start, 8))) return { ...d, age: true, info: AGE_YEARS };
    if (appositiveAge(d, c)) return { ...d, age: true, info: AGE_YEARS };
    // "an 87 yo man", "a 40 y/o driver": the abbreviation of "years old"
    const yo = /^\s*(?:yo|y\/o|y\.o\.|yrs?\.? old)(?![\p{L}/])/iu.exec(after(c, d.end, 12));
    return yo ? { ...d, age: true, info: AGE_YEARS, end: d.end + yo[0].length } : d;
  }
  const m = /^(?:\s*-\s*|\s+)(?:old\b|of\s+age\b)/i.exec(after(c, d.end, 12));
  if (!m) return d;
  return { ...d, age: true, end: d.end + m[0].length };
}
/** "Ruiz, 29, has …", "Jane Doe, 45, of Ohio": a whole number between commas right after a name is an age. */
function appositiveAge(d: Draft, c: Ctx): boolean {
  if (d.tok.kind !== 'digits' || d.tok.suffix || d.value === null || d.value < 1 || d.value > 119 || !Number.isInteger(d.value)) return false;
  return /\p{Lu}[\p{Ll}’'-]+,\s+$/u.test(before(c, d.start, 24)) && /^,/.test(after(c, d.end, 2));
}
const AGE_YEARS: UnitInfo = { unit: 'year', category: 'duration', to: 'day', factor: 365.2425, qty: 'yr' };

/** "magnitude 6.4", "a magnitude-7 quake": the scale is named before the number. */
function scaleBefore(d: Draft, c: Ctx): Draft | null {
  if (d.info || d.noun || !/\bmagnitude[\s-]+$/i.test(before(c, d.start, 12))) return d;
  return { ...d, noun: 'magnitude', measures: 'magnitude' };
}

/** "100° Celsius", "98 degrees F": a degree followed by a temperature scale is a temperature. */
function degreesAsTemperature(d: Draft, c: Ctx): Draft | null {
  if (d.info?.unit !== 'degree') return d;
  const m = /^\s*(celsius|centigrade|fahrenheit|c|f)(?![\p{L}])/iu.exec(after(c, d.end, 14));
  if (!m) return d;
  return { ...d, end: d.end + m[0].length, info: physicalInfo(/^f/i.test(m[1]!) ? 'tempF' : 'tempC') };
}

/** "minus 15C", "minus 40 degrees": the word is the sign. */
function minusWord(d: Draft, c: Ctx): Draft | null {
  const m = /\bminus\s+$/i.exec(before(c, d.start, 8));
  // "5 minus 3" is arithmetic, not a negative figure
  if (!m || d.value === null || d.value <= 0 || /[\d%]\s*$/.test(before(c, d.start - m[0].length, 4))) return d;
  return { ...d, start: d.start - m[0].length, value: -d.value };
}

export const RULES: readonly (readonly [string, Rule])[] = [
  ['not a date or URL', notDateOrUrl],
  ['not a name or code', notName],
  ['not a time of day', notTime],
  ['not a list marker', notListMarker],
  ['not an ordinal', notOrdinal],
  ['minus as a word', minusWord],
  ['unit written against the digits', suffixUnit],
  ['scale word', scaleWord],
  ['currency before', currencyBefore],
  ['unit after', unitAfter],
  ['degrees of a temperature scale', degreesAsTemperature],
  ['per/a compound', perCompound],
  ['age', age],
  ['scale named before', scaleBefore],
  ['one as a determiner', oneDeterminer],
];

function draftOf(tok: NumberToken): Draft {
  const category: Category = tok.kind === 'vague' ? 'vague_count' : 'count';
  return { tok, start: tok.start, end: tok.end, value: tok.value, factor: 1, low: null, info: null, noun: null, measures: null, category, scaled: false, age: false };
}

function runRules(tok: NumberToken, c: Ctx): Draft | null {
  let d: Draft | null = draftOf(tok);
  for (const [, rule] of RULES) {
    d = rule(d, c);
    if (d === null) return null;
  }
  return d;
}


export function extractFigures(text: string, sentences: readonly Sentence[], quotes: readonly Span[]): { figures: ExtractedFigure[]; dates: (Span & { sentence: number })[] } {
  const figures: ExtractedFigure[] = [];
  const dates: (Span & { sentence: number })[] = [];
  for (const s of sentences) {
    const c: Ctx = { st: s.text, dates: findDates(s.text), urls: urlSpans(s.text), acr: acronyms(s.text) };
    for (const d of c.dates) dates.push({ start: s.start + d.start, end: s.start + d.end, sentence: s.index });
    let drafts: Draft[] = [];
    for (const tok of numberTokens(s.text)) {
      const d = runRules(tok, c);
      if (d && (!drafts.length || d.start >= drafts.at(-1)!.end)) drafts.push(d);
    }
    for (const [, pass] of PASSES) drafts = pass(drafts, c);
    for (const d of drafts) figures.push(toFigure(text, s, d, c, quotes));
  }
  return { figures, dates };
}
