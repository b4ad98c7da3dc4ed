/** The eval's scorers on small hand-made gold/prediction pairs (no corpus text). */
import { describe, expect, it } from 'vitest';
import { scoreAttributions, trimSpans, type PredictedAttribution } from '../../src/eval/attributions.ts';
import { scoreFigures, sameNumber } from '../../src/eval/figures.ts';
import { GoldDocument, type GoldAttribution, type GoldQuote } from '../../src/eval/gold.ts';
import { normalise, prf, tokenF1 } from '../../src/eval/normalize.ts';
import { scoreQuotes } from '../../src/eval/quotes.ts';
import { sameSpeaker, speakerClass, speakerRight } from '../../src/eval/speakers.ts';
import { canonicalUnits, sameUnit } from '../../src/eval/units.ts';

const quote = (text: string, start: number, over: Partial<GoldQuote> = {}): GoldQuote => ({
  text, start, end: start + text.length, kind: 'full', speaker: 'Jane Roe', speaker_kind: 'name', speaker_resolved: null, ...over,
});
const doc = (quotes: GoldQuote[], nonQuotes: { text: string; start: number; end: number }[] = []) =>
  GoldDocument.parse({ id: 'd', text_file: 'articles/d.txt', annotates: { quotes: true }, quotes, non_quotes: nonQuotes });
const pq = (text: string, start: number, speaker: string | null = null) => ({ text, start, end: start + text.length, speaker });

describe('normalise and token F1', () => {
  it('folds typography, case and spacing', () => {
    expect(normalise('  “It’s  DONE,”\u00a0he said ')).toBe('"it\'s done," he said');
    expect(normalise('ﬁne')).toBe('fine'); // NFKC ligature
  });
  it('scores shared tokens, with multiplicity', () => {
    expect(tokenF1('we will win', 'we will win')).toBe(1);
    expect(tokenF1('we will win today', 'we will win')).toBeCloseTo(2 * 1 * 0.75 / 1.75, 6);
    expect(tokenF1('no no no', 'no')).toBeCloseTo(0.5, 6);
    expect(tokenF1('alpha', 'beta')).toBe(0);
  });
  it('gives 0 for empty counts instead of dividing by zero', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(3, 4, 6)).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
  });
});

describe('quotes', () => {
  it('matches at token F1 ≥ 0.8, one-to-one, best pair first', () => {
    const g = doc([quote('the deal is done and signed', 0), quote('the deal is done', 40, { kind: 'partial' })]);
    // the exact prediction must go to the second gold quote even though it also clears the bar for the first
    const r = scoreQuotes(g, [pq('the deal is done', 40), pq('The deal is done and signed.', 0), pq('something else entirely', 80)]);
    expect(r.matches).toEqual([
      { gold: 0, predicted: 1, f1: 1 },
      { gold: 1, predicted: 0, f1: 1 },
    ]);
    expect(r.spurious).toEqual([{ predicted: 2, nonQuote: null }]);
    expect(r.byKind).toEqual({ full: { gold: 1, found: 1 }, partial: { gold: 1, found: 1 } });
  });
  it('refuses a match below the bar and counts misses by kind', () => {
    const r = scoreQuotes(doc([quote('one two three four five', 0, { kind: 'partial' })]), [pq('one two three', 0)]);
    expect(r.matches).toEqual([]); // F1 = 0.75
    expect(r.missed).toEqual([0]);
    expect(r.byKind.partial).toEqual({ gold: 1, found: 0 });
  });
  it('counts a spurious quote that is a known non-quote', () => {
    const r = scoreQuotes(doc([], [{ text: 'red line', start: 10, end: 18 }]), [pq('red line', 10), pq('blue sky', 30)]);
    expect(r.spurious).toEqual([{ predicted: 0, nonQuote: 0 }, { predicted: 1, nonQuote: null }]);
  });
});

describe('speakers', () => {
  it('compares last tokens either way, skipping possessives and pronouns', () => {
    expect(sameSpeaker('Sen. Jane Roe', 'Roe')).toBe(true);
    expect(sameSpeaker('Roe', 'Jane Roe, the senator')).toBe(true); // predicted last token differs, gold's is among them
    expect(sameSpeaker("Roe's spokesman", 'the spokesman')).toBe(true);
    expect(sameSpeaker('Jane Roe', 'John Doe')).toBe(false);
    expect(sameSpeaker('he', 'he')).toBe(false); // a pronoun names nobody
  });
  it('accepts speaker_resolved for named/nominal speakers', () => {
    const g = quote('x', 0, { speaker: 'the spokesman', speaker_kind: 'nominal', speaker_resolved: 'Sam Poe' });
    expect(speakerClass(g)).toBe('named');
    expect(speakerRight(g, 'Poe')).toBe(true);
    expect(speakerRight(g, 'spokesman')).toBe(true);
    expect(speakerRight(g, 'Roe')).toBe(false);
    expect(speakerRight(g, null)).toBe(false);
  });
  it('wants the person for a pronoun speaker, and leaves out an unresolved pronoun', () => {
    const g = quote('x', 0, { speaker: 'she', speaker_kind: 'pronoun', speaker_resolved: 'Jane Roe' });
    expect(speakerClass(g)).toBe('pronoun');
    expect(speakerRight(g, 'Roe')).toBe(true);
    expect(speakerRight(g, 'she')).toBe(false);
    expect(speakerClass(quote('x', 0, { speaker: 'she', speaker_kind: 'pronoun', speaker_resolved: null }))).toBe(null);
    expect(speakerClass(quote('x', 0, { speaker: null, speaker_kind: 'none' }))).toBe(null);
  });
});

describe('figures', () => {
  const gold = (value: number | [number, number], normalized_unit: string) => ({ value, normalized_unit, scored: true });
  const pf = (value: number | null, unit: string | null, extra: object = {}) => ({ text: String(value), value, unit, normalized: { unit }, ...extra });
  it('matches values within 1e-6 relative, not beyond', () => {
    expect(sameNumber(1_000_000, 1_000_000.5)).toBe(true);
    expect(sameNumber(1_000_000, 1_000_002)).toBe(false);
    expect(sameNumber(0, 0)).toBe(true);
  });
  it('reads units through synonyms, plurals and compounds', () => {
    expect(sameUnit('kilometre', ['km'])).toBe(true);
    expect(sameUnit('dollar', ['USD'])).toBe(true);
    expect(sameUnit('percentage', ['per cent'])).toBe(true);
    expect(sameUnit('kilometre per hour', ['km/h'])).toBe(true);
    expect(sameUnit('dollar per share', ['$ a share'])).toBe(true);
    expect(sameUnit('year of age', ['years old'])).toBe(true);
    expect(sameUnit('celsius', ['°C'])).toBe(true);
    expect(sameUnit('computer', ['computers'])).toBe(true);
    expect(sameUnit('dollar', ['euro'])).toBe(false);
    expect(sameUnit('kilometre', [null])).toBe(false);
    expect(sameUnit('-', [null, null])).toBe(true);
    expect(sameUnit('-', ['km'])).toBe(false);
    expect([...canonicalUnits('pounds')].sort()).toEqual(['pound sterling', 'pound-mass']);
  });
  it('reads an acronym in the gold as the initials of the predicted compound', () => {
    expect(sameUnit('MLRS', ['systems', 'multiple launch rocket system'])).toBe(true);
    expect(sameUnit('APCs', ['armoured personnel carriers'])).toBe(true);
    expect(sameUnit('MLRS', ['multiple rocket system'])).toBe(false);
    expect(sameUnit('kilometre per millisecond', ['km/ms'])).toBe(true);
  });
  it('reads ISO currency codes by their ISO name, a nationality added by the gold allowed', () => {
    expect(sameUnit('new zealand dollar', ['NZD'])).toBe(true);
    expect(sameUnit('georgian lari', ['GEL'])).toBe(true); // ISO name "Lari"
    expect(sameUnit('costa rican colón', ['CRC'])).toBe(true); // accents folded
    expect(sameUnit('dollar', ['CAD'])).toBe(false); // a Canadian dollar is not CQE's (US) dollar
    expect(sameUnit('canadian dollar', ['USD'])).toBe(false);
    expect(sameUnit('mile per hour', ['mph'])).toBe(true);
    expect(sameUnit('barrel per day', ['bbl per day'])).toBe(true);
    expect(sameUnit('year of age', ['year'])).toBe(true); // as the team's baseline counts it
    expect(sameUnit('year', ['year of age'])).toBe(false);
  });
  it('scores value and value+unit one-to-one, preferring the pair whose unit agrees', () => {
    const r = scoreFigures([gold(5, 'kilometre'), gold(5, 'mile'), gold(7, 'dollar')], [pf(5, 'mi'), pf(5, null), pf(9, 'USD')]);
    expect(r.matches).toEqual([
      { gold: 0, predicted: 1, unit: false },
      { gold: 1, predicted: 0, unit: true },
    ]);
    expect(r.missed).toEqual([2]);
    expect(r.spurious).toEqual([2]);
  });
  it('needs a range prediction for a range', () => {
    expect(scoreFigures([gold([8, 10], 'foot')], [pf(8, 'ft'), pf(10, 'ft')]).matches).toEqual([]);
    expect(scoreFigures([gold([8, 10], 'foot')], [pf(8, 'ft', { range: [8, 10] })]).matches).toEqual([{ gold: 0, predicted: 0, unit: true }]);
    expect(scoreFigures([gold(8, 'foot')], [pf(8, 'ft', { range: [8, 10] })]).matches).toEqual([]);
  });
});

describe('attributions', () => {
  //                   0         1         2         3         4
  //                   0123456789012345678901234567890123456789012345
  const text = 'The plan will work, two officials said on Monday.';
  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  const g = (over: Partial<GoldAttribution>): GoldAttribution => ({
    id: 'E1', type: 'Attribution', direct: false,
    source: { text: 'two officials', spans: [span(20, 33)] }, cue: { text: 'said', spans: [span(34, 38)] }, content: { spans: [span(0, 18)] }, ...over,
  });
  const p = (over: Partial<PredictedAttribution>): PredictedAttribution => ({ source: span(20, 33), cue: span(34, 38), content: [span(0, 19)], direct: false, ...over });
  it('trims white space and punctuation before comparing boundaries', () => {
    expect(trimSpans([span(0, 19)], text)).toEqual([[0, 18]]);
    expect(trimSpans([span(18, 20)], text)).toEqual([]);
  });
  it('scores overlap and exact per part', () => {
    const r = scoreAttributions([g({})], [p({ source: span(24, 40) })], text);
    expect(r.all.source.overlap.tp).toBe(1);
    expect(r.all.source.exact.tp).toBe(0);
    expect(r.all.cue.exact.tp).toBe(1);
    expect(r.all.content.exact.tp).toBe(1); // "The plan will work," trimmed is the gold span
  });
  it('counts a part with no overlap as missed and spurious, and splits off reported speech', () => {
    const r = scoreAttributions([g({}), g({ id: 'E2', direct: true, source: null })], [p({ cue: span(42, 48) }), p({ direct: true })], text);
    expect(r.all.cue.overlap).toEqual({ tp: 1, gold: 2, predicted: 2 });
    expect(r.all.source.overlap).toEqual({ tp: 1, gold: 1, predicted: 2 });
    expect(r.reported.cue.overlap).toEqual({ tp: 0, gold: 1, predicted: 1 });
    expect(r.reported.cue.missed).toEqual(['E1']);
  });
});
