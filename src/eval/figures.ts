/**
 * Figures against the quantities gold, by the corpora README's convention. The gold has no character
 * spans, so a prediction matches a gold figure by value (relative tolerance 1e-6; a gold range
 * [low, high] needs a range prediction with both ends), one-to-one, pairs whose unit also agrees first.
 * Value + unit then asks the unit to agree through synonyms (units.ts). Only `scored` gold figures count.
 */
import type { GoldFigure } from './gold.ts';
import { assignBestFirst } from './normalize.ts';
import { sameUnit } from './units.ts';

export const VALUE_TOLERANCE = 1e-6;

/**
 * What the scorer reads of a predicted figure. A range is given as `range: [low, high]` (or a
 * two-number `value`); the parser's ExtractedFigure gives `value`, `unit` and `normalized.unit`.
 */
export interface PredictedFigure {
  text: string;
  value: number | [number, number] | null;
  range?: [number, number] | null;
  unit: string | null;
  normalized?: { unit: string | null } | null;
}

export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** The prediction's value as a number or a [low, high] pair; null when it has none. */
export function predictedValue(p: PredictedFigure): number | [number, number] | null {
  const r = p.range ?? (Array.isArray(p.value) ? p.value : null);
  if (r && r.length === 2 && r.every((n) => typeof n === 'number')) return [r[0], r[1]];
  return typeof p.value === 'number' ? p.value : null;
}

export function sameValue(gold: GoldFigure['value'], predicted: number | [number, number] | null): boolean {
  if (predicted === null) return false;
  if (Array.isArray(gold)) return Array.isArray(predicted) && sameNumber(gold[0], predicted[0]) && sameNumber(gold[1], predicted[1]);
  return !Array.isArray(predicted) && sameNumber(gold, predicted);
}

export function unitAgrees(g: GoldFigure, p: PredictedFigure): boolean {
  return sameUnit(g.normalized_unit ?? g.unit ?? null, [p.unit, p.normalized?.unit ?? null]);
}

export interface FigureResult {
  /** Gold index → prediction index and whether the unit agrees. */
  matches: { gold: number; predicted: number; unit: boolean }[];
  missed: number[];
  spurious: number[];
  gold: number;
  predicted: number;
}

/** `gold` must already be the scored figures (the report keeps the indices it was given). */
export function scoreFigures(gold: GoldFigure[], predicted: PredictedFigure[]): FigureResult {
  const pairs: { i: number; j: number; score: number }[] = [];
  const values = predicted.map(predictedValue);
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      if (sameValue(g.value, values[j]!)) pairs.push({ i, j, score: unitAgrees(g, p) ? 2 : 1 });
    }),
  );
  const assigned = assignBestFirst(pairs);
  const matches = [...assigned].map(([i, m]) => ({ gold: i, predicted: m.j, unit: m.score === 2 })).sort((a, b) => a.gold - b.gold);
  const used = new Set(matches.map((m) => m.predicted));
  return {
    matches,
    missed: gold.map((_, i) => i).filter((i) => !assigned.has(i)),
    spurious: predicted.map((_, j) => j).filter((j) => !used.has(j)),
    gold: gold.length,
    predicted: predicted.length,
  };
}
