/** The working record of one figure while the rules and passes read the phrase around its number. */
import type { ExtractedFigure } from '../schema/index.ts';
import type { NumberToken } from './numbers.ts';
import type { Span } from './text.ts';
import type { UnitInfo } from './units.ts';

export type Category = ExtractedFigure['category'];
export interface Draft {
  tok: NumberToken;
  /** Span in the sentence text. */
  start: number;
  end: number;
  value: number | null;
  /** The scale the written number was multiplied by ("million": 1e6). */
  factor: number;
  /** Low end, when the figure is a range ("between 5 and 10", "8-10 feet"). */
  low: number | null;
  info: UnitInfo | null;
  /** The counted noun standing as the unit ("troops"), when no unit from the table was found. */
  noun: string | null;
  /** The counted noun phrase ("North Korean troops"). */
  measures: string | null;
  category: Category;
  scaled: boolean;
  age: boolean;
}
export interface Ctx {
  st: string;
  dates: Span[];
  urls: Span[];
  acr: { start: number; text: string }[];
  /** Positions of a mark in the sentence, found once on first use (see countBefore). */
  marks?: Map<string, number[]>;
}

/** Bounded windows before and after a position (never the rest of a long sentence). */
export const before = (c: Ctx, pos: number, n = 40) => c.st.slice(Math.max(0, pos - n), pos);
export const after = (c: Ctx, pos: number, n = 60) => c.st.slice(pos, pos + n);

/** v × f, kept finite and free of float noise (0.000000001 stays itself); null when not finite. */
export function mul(v: number | null, f: number): number | null {
  if (v === null) return null;
  const r = v * f;
  return Number.isFinite(r) ? Number(r.toPrecision(12)) : null;
}

/** How many `mark`s stand before `pos` in the sentence (positions found once per sentence, then a binary search). */
export function countBefore(c: Ctx, mark: string, pos: number): number {
  c.marks ??= new Map();
  let at = c.marks.get(mark);
  if (!at) {
    at = [];
    for (let i = c.st.indexOf(mark); i >= 0; i = c.st.indexOf(mark, i + 1)) at.push(i);
    c.marks.set(mark, at);
  }
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
