/**
 * Property-based tests of every parser stage on its own (the whole pipeline is fuzzed in
 * parse-offsets.test.ts): on arbitrary Unicode no stage throws, every offset slices to its
 * text, and sentences tile their blocks without overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { findDates } from '../../src/parse/dates.ts';
import { extractFigures } from '../../src/parse/figures.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';
import { segment } from '../../src/parse/sentences.ts';
import { segment as segmentMarks } from '../../src/lib/marks.ts';

const RUNS = 500;
const pieces = fc.constantFrom('“', '”', '"', "'", '’', '. ', '.', '\n', '\n\n', '\r\n', ' said ', 'Mr. ', 'U.S. ', '3.5 ', '12,000 ', 'km ', 'miles ', '— ', '(AP)', '…', '. . .', 'Photo: X', '\uFEFF', '\u2028', '🚀');
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((p) => p.join('')),
);
/** `check` holds on RUNS arbitrary texts. */
const holds = (check: (t: string) => void) => fc.assert(fc.property(text, check), { numRuns: RUNS });

describe('every parser stage, on arbitrary Unicode', () => {
  it('blocks: never throw, slice to their text, in order, no overlap', () => {
    holds((t) => {
      const blocks = parseBlocks(t);
      let end = 0;
      for (const b of blocks) {
        expect(t.slice(b.start, b.end)).toBe(b.text);
        expect(b.start).toBeGreaterThanOrEqual(end);
        expect(b.text.trim()).not.toBe('');
        end = b.end;
      }
    });
  });

  it('sentences: never throw, slice to their text, tile each block without overlap', () => {
    holds((t) => {
      const blocks = parseBlocks(t);
      const sentences = segment(t, blocks);
      sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(t.slice(s.start, s.end)).toBe(s.text);
        const b = blocks[s.block]!;
        expect(s.start).toBeGreaterThanOrEqual(b.start);
        expect(s.end).toBeLessThanOrEqual(b.end);
        const prev = sentences[i - 1];
        if (prev && prev.block === s.block) expect(t.slice(prev.end, s.start).trim()).toBe('');
      });
      for (const b of blocks) {
        const own = sentences.filter((s) => s.block === b.index);
        if (own.length === 0) continue;
        expect(t.slice(b.start, own[0]!.start).trim()).toBe('');
        expect(t.slice(own.at(-1)!.end, b.end).trim()).toBe('');
      }
    });
  });

  it('quotes, figures and dates: never throw, slice to their text', () => {
    holds((t) => {
      const blocks = parseBlocks(t);
      const sentences = segment(t, blocks);
      const quotes = extractQuotes(t, blocks, sentences);
      for (const q of quotes) expect(t.slice(q.start, q.end)).toBe(q.text);
      const { figures, dates } = extractFigures(t, sentences, quotes);
      for (const f of figures) expect(t.slice(f.start, f.end)).toBe(f.text);
      for (const d of dates) {
        const s = sentences[d.sentence]!;
        expect(d.start >= s.start && d.end <= s.end && d.start < d.end).toBe(true);
      }
      for (const d of findDates(t)) expect(d.start >= 0 && d.end <= t.length && d.start < d.end).toBe(true);
    });
  });
});

describe('marks (what source pages render)', () => {
  const span = fc.tuple(fc.nat(60), fc.nat(60)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  it('segments tile the range exactly and each lies inside the mark it reports', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 60, maxLength: 80 }), span, fc.array(span, { maxLength: 6 }), fc.array(span, { maxLength: 6 }), (t, range, qs, fs) => {
        const segs = segmentMarks(t, range, qs, fs);
        expect(segs.map((s) => s.text).join('')).toBe(t.slice(range.start, range.end));
        for (const s of segs) {
          if (s.quote) expect(s.start >= s.quote.start && s.end <= s.quote.end).toBe(true);
          if (s.figure) expect(s.start >= s.figure.start && s.end <= s.figure.end).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('marks a quote that holds a figure as one run', () => {
    const t = 'He said “we need 300 km more” today.';
    const q = { start: 9, end: 28 };
    const f = { start: 17, end: 23 };
    const segs = segmentMarks(t, { start: 0, end: t.length }, [q], [f]);
    expect(segs.map((s) => [s.text, !!s.quote, !!s.figure])).toEqual([
      ['He said “', false, false],
      ['we need ', true, false],
      ['300 km', true, true],
      [' more', true, false],
      ['” today.', false, false],
    ]);
  });
});
