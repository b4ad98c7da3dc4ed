import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreAll } from '../../scripts/score-gold.ts';

// Matching rules are documented at the top of scripts/score-gold.ts.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('parser against the gold annotations', () => {
  const { report, total } = scoreAll(repoRoot);
  console.log(report);
  // Issues 12 and 13: the five stay perfect (42/42 quotes and speakers, 16/16 roles, 38/38 values).
  it('finds every gold quote and nothing else', () => {
    expect(total.quotes.gold).toBeGreaterThanOrEqual(42);
    expect(total.quotes.tp).toBe(total.quotes.gold);
    expect(total.quotes.pred).toBe(total.quotes.gold);
  });
  it('names the right speaker for every quote', () => {
    expect(total.quotes.speakerRight).toBe(total.quotes.tp);
  });
  it("gives the speaker's role as the article does wherever the gold states one", () => {
    expect(total.quotes.roleGold).toBeGreaterThanOrEqual(16);
    expect(total.quotes.roleRight).toBe(total.quotes.roleGold);
  });
  it('finds every gold figure and nothing else (dates, years, ordinals are not figures)', () => {
    expect(total.figures.tp).toBe(total.figures.gold);
    expect(total.figures.pred).toBe(total.figures.gold);
  });
  it('gives every found figure the value and the unit the gold gives it', () => {
    expect(total.figures.tp).toBeGreaterThan(0);
    expect(total.figures.valueGold).toBeGreaterThan(0);
    expect(total.figures.valueRight).toBe(total.figures.valueGold);
    expect(total.figures.unitRight).toBe(total.figures.tp);
  });
});
