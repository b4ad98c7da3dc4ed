/**
 * The one rule for "do these figures differ": each written figure commits to an interval (its
 * normalised value ± the rounding its written precision allows, half a unit of its last
 * significant digit, at least 1% and at most 5%; ±5% for "about/some/around/an estimated";
 * open-ended for "more than/at least"; "up to/at most" only noted as a limit), and figures agree
 * when their intervals share a point. 190 miles = 305.8 km and "300 km" agree; 300 km and 500 km
 * do not. The measure verdict (measures.ts), "reported differently" (coverage.ts) and the compare
 * page all use this rule, so the site never shows two answers to one question.
 */
import type { ExtractedFigure } from '../schema/index.ts';
import { round } from './text.ts';

const APPROX = /\b(about|some|around|approximately|roughly|nearly|almost|an estimated|estimated|close to)\b/i;
const LOWER = /\b(more than|over|at least|upwards of|in excess of)\b/i;
const UPPER = /\b(up to|at most|as many as|fewer than|less than|under)\b/i;

export interface Interval { lo: number; hi: number; note: string }

/** The interval a written figure commits to, in normalised units (the figure must have a value). */
export function interval(f: Pick<ExtractedFigure, 'value' | 'normalized' | 'qualifier'>): Interval {
  const v = f.normalized.value!;
  const raw = f.value ?? v;
  const q = `${f.qualifier ?? ''}`;
  // Precision from the written number: 300 → hundreds, 306 → units, 12,000 → thousands.
  const digits = String(Math.abs(raw)).replace(/\.\d*$/, '');
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  const place = raw % 1 ? 10 ** -(String(raw).split('.')[1]?.length ?? 0) : 10 ** trailing;
  let rel = Math.min(0.05, Math.max(0.01, place / 2 / Math.abs(raw || 1)));
  let note = `±${round(rel * 100, 1)}% rounding`;
  if (APPROX.test(q)) {
    rel = 0.05;
    note = `"${q}" ±5%`;
  }
  if (LOWER.test(q)) return { lo: v, hi: Infinity, note: `"${q}": at least ${round(v, 1).toLocaleString('en-GB')}` };
  return { lo: v * (1 - rel), hi: v * (1 + rel), note: UPPER.test(q) ? `"${q}" (a maximum), ${note}` : note };
}

type Valued = Pick<ExtractedFigure, 'value' | 'normalized' | 'qualifier' | 'unit'>;

/**
 * Figures as a comparison reads them: in their written unit when all are written in one (three
 * years against nearly three years: nothing to convert), else normalised (190 miles against 300
 * km: converted). Conversion is linear, so the verdict is the same either way; the arithmetic a
 * reader sees is not. `common` says which.
 */
export function inComparisonUnit<F extends Valued>(figs: F[]): { common: boolean; figures: F[] } {
  const common = new Set(figs.map((f) => f.unit)).size === 1 && figs.every((f) => f.value !== null);
  return { common, figures: common ? figs.map((f) => ({ ...f, normalized: { value: f.value, unit: f.unit } })) : figs };
}

/** The points all the intervals share: lo > hi when there is none. */
export function sharedInterval(intervals: Pick<Interval, 'lo' | 'hi'>[]): { lo: number; hi: number } {
  return { lo: Math.max(...intervals.map((x) => x.lo)), hi: Math.min(...intervals.map((x) => x.hi)) };
}

/**
 * Whether two sets of figures for one measure (say, two outlets' figures) differ: false when every
 * figure of both fits one value, true otherwise (in the comparison unit, inComparisonUnit). Figures without a value are left out; false when
 * either side has none (nothing to compare).
 */
export function figuresDiffer(a: Valued[], b: Valued[]): boolean {
  const va = a.filter((f) => f.normalized.value !== null);
  const vb = b.filter((f) => f.normalized.value !== null);
  const { figures } = inComparisonUnit([...va, ...vb]);
  const ia = figures.slice(0, va.length).map(interval);
  const ib = figures.slice(va.length).map(interval);
  if (!ia.length || !ib.length) return false;
  const { lo, hi } = sharedInterval([...ia, ...ib]);
  return lo > hi;
}
