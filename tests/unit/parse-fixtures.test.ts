/**
 * Fixture pairs, as mdast-util-from-markdown keeps them: every tests/fixtures/parse/<case>.txt is
 * parsed and compared with <case>.json, which pins the whole output of every rule the case
 * exercises (not only the spot checks of parse-cases.test.ts). `UPDATE=1` rewrites the JSON; a
 * missing JSON is written. Inputs are written for the tests (tests/fixtures/parse/README.md).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/parse');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

describe('parser fixture pairs', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
      const actual = JSON.stringify(extract(text), null, 2) + '\n';
      const file = join(DIR, `${name}.json`);
      if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
      // Every item is the text at its offsets (the provenance rule, on each fixture).
      type Span = { start: number; end: number; text: string };
      const { attributions, ...lists } = JSON.parse(actual) as Record<string, Span[]> & {
        attributions: { source: Span | null; cue: Span | null; content: Span[] }[];
      };
      const spans = [...Object.values(lists).flat(), ...attributions.flatMap((a) => [a.source, a.cue, ...a.content].filter((p) => p !== null))];
      for (const item of spans) expect(text.slice(item.start, item.end)).toBe(item.text);
    });
  }
});
