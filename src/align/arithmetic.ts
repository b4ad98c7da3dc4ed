/**
 * A measure's verdict and the arithmetic shown for it. Conversion serves the comparison only: when
 * every figure of a measure is written in one unit ("three years", "nearly three years") they are
 * compared in that unit and nothing is converted; only figures written in different units (190
 * miles, 300 km) are converted, to the normalised unit, and the conversion is written out. Either
 * way the verdict is the interval rule of interval.ts on the same numbers up to one factor, so it
 * is the verdict the compare page and "reported differently" give.
 */
import type { ExtractedFigure, MeasureEntry } from '../schema/index.ts';
import { withUnit } from '../lexicon/reader-units.ts';
import { inComparisonUnit, interval, sharedInterval } from './interval.ts';
import { round } from './text.ts';

export interface Member {
  source: string;
  figure: ExtractedFigure;
}

/** The unit a measure is compared in: the written one when all share it, else the normalised one. */
export function comparisonUnit(members: Member[]): string | null {
  const f = members[0]!.figure;
  return inComparisonUnit(members.map((m) => m.figure)).common ? f.unit : (f.normalized.unit ?? f.unit);
}

/** Arithmetic keeps one decimal (305.8 km), grouped (50,000): the reader can check the sums. */
export const num = (n: number) => round(n, 1).toLocaleString('en-GB', { maximumFractionDigits: 1 });
export const amount = (n: number, unit: string | null) => withUnit(num(n), unit, n);

/** One member's line: what it says, its conversion when there is one, its interval. */
function arithmeticLine(m: Member, c: ExtractedFigure, common: boolean): string {
  const f = m.figure;
  const v = c.normalized.value!;
  // A conversion is written only when it changes the number (190 miles = 305.8 km; not 10,000 soldiers = 10,000 soldier).
  const conv = !common && f.value !== null && f.unit && f.value !== v
    ? `${amount(f.value, f.unit)} = ${amount(v, c.normalized.unit)}`
    : amount(v, c.normalized.unit);
  return `${m.source}: "${f.text.replace(/\s+/g, ' ')}"${f.qualifier ? ` (${f.qualifier})` : ''} → ${conv}, ${interval(c).note}`;
}

/** A group's verdict (interval.ts), its spread and the arithmetic concluding it. */
export function verdictOf(members: Member[]): Pick<MeasureEntry, 'verdict' | 'arithmetic' | 'spread' | 'unit'> {
  const { common, figures } = inComparisonUnit(members.map((m) => m.figure));
  const unit = comparisonUnit(members);
  const lines = members.map((m, i) => arithmeticLine(m, figures[i]!, common)).join('; ');
  const sources = new Set(members.map((m) => m.source));
  const vals = figures.map((f) => f.normalized.value!);
  const min = Math.min(...vals);
  const max = Math.max(...vals);
  const spread = sources.size > 1 && min > 0 ? round((max - min) / min, 4) : null;
  const done = (verdict: MeasureEntry['verdict'], conclusion: string) => ({ verdict, spread, unit, arithmetic: `${lines}. ${conclusion}` });
  if (sources.size < 2) return done('single', 'only one article gives this figure');
  const { lo, hi } = sharedInterval(figures.map(interval));
  const converted = !common && members.some((m) => m.figure.value !== m.figure.normalized.value);
  const within = converted ? 'conversion and rounding' : 'rounding';
  const fits = hi === Infinity ? `at least ${amount(lo, unit)}` : `${num(lo)}–${amount(hi, unit)}`;
  if (lo <= hi) return done('consistent', `every value fits ${fits}: consistent within ${within}`);
  return done('discrepant', `no single value fits all (values ${num(min)}–${amount(max, unit)}, ${round(((max - min) / min) * 100, 1)}% apart): discrepant`);
}
