/** A finished draft → the figure the parser reports: unit, normalised value, qualifier, what it measures. */
import type { ExtractedFigure, Sentence } from '../schema/index.ts';
import { locationAfter, measureNoun, nounPhrase, qualifierBefore } from './figure-context.ts';
import { mul, type Ctx, type Draft } from './figure-draft.ts';
import type { Span } from './text.ts';
import { toCanonical } from './units.ts';
import { singular } from './plural.ts';

/**
 * The counted thing as a unit: the lower-case compound ending the noun phrase, singular
 * ("eight cabinet ministers" → cabinet minister; "12,000 North Korean troops" → troop).
 */
export function countedUnit(words: string[]): string | null {
  let i = words.length;
  while (i > 0 && /^[\p{Ll}][\p{Ll}’'-]*$/u.test(words[i - 1]!)) i--;
  // degree adverbs open the phrase but are not the thing counted ("the 20 most expensive restaurants")
  while (i < words.length - 1 && (/(?:ed|ly)$/.test(words[i]!) || /^(?:most|least)$/.test(words[i]!))) i++;
  const run = words.slice(i);
  if (!run.length) return words.at(-1) ?? null;
  run[run.length - 1] = singular(run.at(-1)!);
  return run.join(' ');
}

function normalized(d: Draft): ExtractedFigure['normalized'] {
  const info = d.info;
  if (!info) return { value: d.value, unit: d.noun ? countedUnit(d.measures?.split(' ') ?? [d.noun]) : null };
  if (d.age) return { value: d.value, unit: `${info.unit} of age` };
  if (d.value === null) return { value: null, unit: info.to };
  const v = info.category === 'money' || info.category === 'percentage' ? d.value * info.factor : toCanonical(d.value, info);
  return { value: v === null || !Number.isFinite(v) ? null : mul(v, 1), unit: info.to };
}

function measuresOf(d: Draft, c: Ctx): { measures: string | null; end: number } {
  let measures: string | null = null;
  let end = d.end;
  if (d.info) {
    const np = nounPhrase(c.st, d.end);
    const ofAt = /^\s+of\b/.exec(c.st.slice(d.end, d.end + 4));
    const ofNp = ofAt ? nounPhrase(c.st, d.end + ofAt[0].length) : null;
    const owner = d.info.category === 'measure' ? measureNoun(c.st, d.start, c.acr) : null;
    if (owner) measures = owner;
    else if (np.words.length) {
      measures = np.words.join(' ');
      if (d.info.category === 'duration' && !d.age) end = np.end;
    } else if (ofNp?.words.length) measures = ofNp.words.join(' ');
  } else if (d.noun) measures = d.measures ?? d.noun;
  if (measures && d.info?.category !== 'duration') {
    const loc = locationAfter(c.st, end);
    if (loc) measures += ` in ${loc}`;
  }
  return { measures: measures ? measures.replace(/\s+/g, ' ') : null, end };
}

export function toFigure(text: string, s: Sentence, d: Draft, c: Ctx, quotes: readonly Span[]): ExtractedFigure {
  const { measures, end } = measuresOf(d, c);
  const absStart = s.start + d.start;
  const absEnd = s.start + end;
  const fig: ExtractedFigure = {
    text: text.slice(absStart, absEnd),
    start: absStart,
    end: absEnd,
    value: d.low ?? d.value,
    unit: d.info ? d.info.unit : d.noun,
    normalized: normalized(d.low !== null ? { ...d, value: d.low } : d),
    qualifier: qualifierBefore(c.st, d.start),
    measures,
    category: d.info ? (d.category === 'vague_count' ? 'vague_count' : d.info.category) : d.category,
    inQuote: quotes.some((x) => absStart >= x.start && absStart < x.end),
    sentence: s.index,
  };
  if (d.low !== null && d.value !== null) fig.range = [d.low, d.value];
  return fig;
}
