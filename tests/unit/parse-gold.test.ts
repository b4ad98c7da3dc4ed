import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreAll } from '../../scripts/score-gold.ts';

// Matching rules are documented at the top of scripts/score-gold.ts.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('parser against the gold annotations', () => {
  const { report, total } = scoreAll(repoRoot);
  console.log(report);
  it('finds quotes with precision and recall ≥ 0.97', () => {
    expect(total.quotes.tp / total.quotes.pred).toBeGreaterThanOrEqual(0.97);
    expect(total.quotes.tp / total.quotes.gold).toBeGreaterThanOrEqual(0.97);
  });
  it('names the right speaker for ≥ 0.95 of found quotes', () => {
    expect(total.quotes.speakerRight / total.quotes.tp).toBeGreaterThanOrEqual(0.95);
  });
  it("gives the speaker's role as the article does for ≥ 0.9 of the quotes whose gold states one", () => {
    expect(total.quotes.roleGold).toBeGreaterThanOrEqual(15);
    expect(total.quotes.roleRight / total.quotes.roleGold).toBeGreaterThanOrEqual(0.9);
  });
  it('finds figures with precision and recall ≥ 0.95', () => {
    expect(total.figures.tp / total.figures.pred).toBeGreaterThanOrEqual(0.95);
    expect(total.figures.tp / total.figures.gold).toBeGreaterThanOrEqual(0.95);
  });
  it('gives every found figure the unit the gold gives it', () => {
    expect(total.figures.tp).toBeGreaterThan(0);
    expect(total.figures.unitRight).toBe(total.figures.tp);
  });
});
