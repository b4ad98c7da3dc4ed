import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/parse/index.ts';
import type { Extraction } from '../../src/schema/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(repoRoot, 'content/articles');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt'));

/** `v`, or a failed test when it is missing. */
function defined<T>(v: T | undefined, what: string): T {
  expect(v, what).toBeDefined();
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
}

function checkInvariants(text: string, x: Extraction): void {
  for (const b of x.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  for (const s of x.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    const b = defined(x.blocks[s.block], `block ${s.block}`);
    expect(s.start >= b.start && s.end <= b.end).toBe(true);
  }
  // sentences tile their blocks: in order, no overlap, only whitespace between them
  for (const b of x.blocks) {
    const ss = x.sentences.filter((s) => s.block === b.index);
    let pos = b.start;
    for (const s of ss) {
      expect(s.start).toBeGreaterThanOrEqual(pos);
      expect(text.slice(pos, s.start).trim()).toBe('');
      pos = s.end;
    }
    expect(text.slice(pos, b.end).trim()).toBe('');
  }
  for (const [i, b] of x.blocks.entries()) {
    const prev = x.blocks[i - 1];
    if (prev) expect(b.start).toBeGreaterThanOrEqual(prev.end);
  }
  for (const q of x.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(x.sentences[q.sentence]).toBeDefined();
  }
  for (const f of x.figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    const s = defined(x.sentences[f.sentence], `sentence ${f.sentence}`);
    expect(f.start >= s.start && f.end <= s.end).toBe(true);
  }
  for (const d of x.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
}

describe('offsets', () => {
  for (const f of articles) {
    it(`every excerpt of ${f} slices to its text`, () => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      checkInvariants(text, extract(text));
    });
  }
  it('a leading BOM is whitespace, never part of a block', () => {
    const text = '\uFEFFA short headline\nThe body says “hello,” she said.';
    const x = extract(text);
    expect(defined(x.blocks[0], 'block 0').start).toBe(1);
    checkInvariants(text, x);
  });
});

const newsy = fc.constantFrom(
  '“', '”', '"', '‘', '’', "'", '.', '. . .', '…', ',', ' ', '\n', '\n\n', '\r\n', ' said ', ' he said.', 'U.S.', 'Nov. 5',
  '1.3mn', '12,000', 'three', 'miles', ' km', '(AP)', 'Photo: AAP', '— Jo (@jo) May 1, 2024', 'Dr.', '\uFEFF', '—', 'F-16', 'http://x.co/a',
  'Jane Doe', 'the official', ' told reporters', 'thousands of', 'percent', '🚀', '\u0000',
);
describe('property-based', () => {
  it('never throws and never reports a wrong offset (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        checkInvariants(s, extract(s));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws and never reports a wrong offset (news-like strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(newsy, fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        checkInvariants(s, extract(s));
      }),
      { numRuns: 400 },
    );
  });
});
