// Credits on the five articles against the hand-checked attribution gold (tests/fixtures/attributions-gold.json):
// for every sentence, is it credited to the class of source the gold says (a gold quotation or reporting
// clause inside it), or left to the outlet's own voice when the gold attributes nothing in it?
// The gold lists every quotation and paraphrase of ../shared/gold, not every "X believes", so "own voice"
// there is approximate: the printed table separates the two kinds of error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { creditOf, creditRelations } from '../../src/align/credits.ts';
import { loadCorpus } from '../helpers/corpus.ts';

interface GoldEntry { start: number; end: number; class: string }
const gold = JSON.parse(readFileSync(new URL('../fixtures/attributions-gold.json', import.meta.url), 'utf8')) as { articles: Record<string, GoldEntry[]> };

/**
 * Measured on main's parser at 8b662ea with MIN_SHARE 0.2: 89 of 100 gold-attributed sentences right
 * (0.890), overall 0.729 of 192. Most misses are the parser's (a subject and its verb read as a source
 * and cue: "Biden has authorised …"). Floors just under; raise them as the parser improves.
 * cue14d (cue model with sentence context, source-class rules): 96 of 100 (0.960), overall 0.797.
 */
const FLOOR = { attributed: 0.95, overall: 0.79 };

describe('credits on the five articles (hand-checked gold)', () => {
  const rows: { slug: string; sentence: string; want: string[]; got: string }[] = [];
  for (const src of loadCorpus()) {
    const rels = creditRelations(src.meta.slug, src.extraction, () => null, () => null);
    const entries = gold.articles[src.meta.slug] ?? [];
    for (const s of src.extraction.sentences) {
      const want = [...new Set(entries.filter((g) => g.start < s.end && s.start < g.end).map((g) => g.class))];
      const credit = creditOf({ start: s.start, end: s.end, sentence: s.index }, rels);
      rows.push({ slug: src.meta.slug, sentence: s.text, want, got: credit?.credited.class ?? 'none' });
    }
  }
  it('credits gold-attributed sentences to the gold class, and leaves the rest unattributed', () => {
    const attributed = rows.filter((r) => r.want.length > 0);
    const own = rows.filter((r) => r.want.length === 0);
    const right = attributed.filter((r) => r.want.includes(r.got)).length;
    const quiet = own.filter((r) => r.got === 'none').length;
    const overall = (right + quiet) / rows.length;
    const wrong = attributed.filter((r) => !r.want.includes(r.got)).map((r) => `${r.slug}: want ${r.want.join('/')}, got ${r.got}: ${r.sentence.replace(/\s+/g, ' ').slice(0, 70)}`);
    console.log(
      `credits vs gold: ${right} of ${attributed.length} gold-attributed sentences credited to the gold class (${(right / attributed.length).toFixed(3)}); ` +
        `${quiet} of ${own.length} sentences the gold attributes nothing in left unattributed; overall ${overall.toFixed(3)} of ${rows.length}\n  ${wrong.join('\n  ')}`,
    );
    expect(attributed.length).toBeGreaterThan(60);
    expect(right / attributed.length).toBeGreaterThanOrEqual(FLOOR.attributed);
    expect(overall).toBeGreaterThanOrEqual(FLOOR.overall);
  });
});
