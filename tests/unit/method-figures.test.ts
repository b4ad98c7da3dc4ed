/**
 * The method page's measured figures come from the data (accuracy.json), never typed into
 * content/method.md: the prose names them as {{figure}} and src/lib/views/method.ts fills them in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillFigures, methodFigures } from '../../src/lib/views/method.ts';
import type { ReviewAccuracy } from '../../src/schema/index.ts';

const root = join(import.meta.dirname, '../..');
const accuracy: ReviewAccuracy = {
  articles: 2,
  labelled: 40,
  ece: 0.0649,
  high: 10,
  highPrecision: 0.9,
  perSource: [
    { source: 'a', tp: 6, fp: 4, fn: 2, claims: { tp: 5, fp: 0, fn: 1 } },
    { source: 'b', tp: 9, fp: 1, fn: 9, claims: { tp: 4, fp: 1, fn: 0 } },
  ],
};

describe('method page figures', () => {
  it('are computed from the measured counts: ranges over the outlets, percentages, the calibration error', () => {
    const f = methodFigures(accuracy);
    expect(f).toMatchObject({ measuredArticles: '2', labelled: '40', high: '10', highPercent: '90%', ece: '0.06' });
    expect(f.heldOutPrecision).toBe('0.60–0.90');
    expect(f.heldOutRecall).toBe('0.50–0.75');
    expect(f.coveragePrecision).toBe('0.80–1.00');
    expect(methodFigures(null).heldOutPrecision).toBe('n/a');
  });
  it('fills every {{figure}} content/method.md names, and stops on a name that is not a figure', () => {
    const md = readFileSync(join(root, 'content/method.md'), 'utf8');
    expect(md.match(/\{\{\s*[a-zA-Z]+\s*\}\}/g)!.length).toBeGreaterThanOrEqual(8);
    const filled = fillFigures(md, methodFigures(accuracy));
    expect(filled).not.toMatch(/\{\{|\}\}/);
    expect(filled).toContain('0.60–0.90');
    expect(() => fillFigures('off by {{eec}}', methodFigures(accuracy))).toThrow(/names \{\{eec\}\}, which is not a computed figure/);
  });
});
