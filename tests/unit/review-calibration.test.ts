/**
 * The matcher's confidence is a probability: measured leave-one-outlet-out over the five reviewed
 * articles and the two blind fixture articles (scripts/dev/review-eval.ts). Each outlet is matched
 * without its own reviews and without the hints only its text contains, and its suggestions get
 * confidences from a map fitted on the other outlets' held-out suggestions only.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/dev/review-eval.ts';
import { applyCalibration, expectedCalibrationError, fitIsotonic } from '../../src/align/calibrate.ts';

describe('calibrated confidence', () => {
  it('isotonic fit: non-decreasing, between 0 and 1, and exact on separable data', () => {
    const pts = Array.from({ length: 40 }, (_, i) => ({ score: i / 10, correct: i >= 20 }));
    const fit = fitIsotonic(pts)!;
    for (let x = -1; x < 5; x += 0.1) {
      const y = applyCalibration(fit, x);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
      expect(applyCalibration(fit, x + 0.1)).toBeGreaterThanOrEqual(y);
    }
    expect(applyCalibration(fit, 0.5)).toBe(0);
    expect(applyCalibration(fit, 3.5)).toBe(1);
    expect(fitIsotonic(pts.slice(0, 10))).toBeNull(); // too few to fit
    // A perfectly calibrated set has ECE 0; an overconfident one does not.
    expect(expectedCalibrationError([{ confidence: 0.75, correct: true }, { confidence: 0.75, correct: true }, { confidence: 0.75, correct: true }, { confidence: 0.75, correct: false }]).ece).toBeCloseTo(0);
    expect(expectedCalibrationError([{ confidence: 0.95, correct: false }, { confidence: 0.95, correct: true }]).ece).toBeCloseTo(0.45);
  });

  it('leave-one-outlet-out over seven articles: ECE ≤ 0.08 over ten bins, precision ≥ 0.85 at confidence ≥ 0.8', () => {
    const r = evaluate();
    const lines = [`calibration, leave-one-outlet-out over ${r.pr.length} articles (${r.n} labelled suggestions):`];
    lines.push(`  ECE ${r.ece.toFixed(3)} over ten bins; confidence ≥ 0.8: ${r.high} suggestions, precision ${r.precisionHigh.toFixed(3)}`);
    for (const b of r.rows) if (b.n) lines.push(`  [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}) n=${String(b.n).padStart(3)}  mean confidence ${(b.conf / b.n).toFixed(2)}  confirmed ${(b.right / b.n).toFixed(2)}`);
    lines.push('matcher with exemplars from the other outlets\' reviews:');
    for (const x of r.pr) lines.push(`  ${x.slug.padEnd(20)} P=${x.precision.toFixed(3)} R=${x.recall.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`);
    console.log(lines.join('\n'));
    expect(r.n).toBeGreaterThan(200);
    expect(r.ece).toBeLessThanOrEqual(0.08);
    expect(r.high).toBeGreaterThanOrEqual(50); // not a vacuous precision
    expect(r.precisionHigh).toBeGreaterThanOrEqual(0.85);
  }, 180_000);
});
