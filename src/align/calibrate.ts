/**
 * Calibrating the matcher's scores into probabilities. A suggestion's `confidence` is the share of
 * suggestions with a similar score that editors confirmed, learned from leave-one-outlet-out runs over
 * the reviewed articles: for each reviewed outlet the matcher runs without that outlet's reviews and
 * without the hints only its text contains (as if the registry had been written before it arrived),
 * and its suggestions are labelled by its review. Isotonic regression (pool-adjacent-violators) fits a
 * non-decreasing map from score to the confirmed share; between the fitted blocks it interpolates
 * linearly, so close scores get close confidences. Isotonic rather than Platt scaling: it assumes only
 * that a higher score is never less likely right, not a logistic shape.
 */
import type { Registry } from '../schema/index.ts';
import { contentStems } from '../lexicon/tokens.ts';

export interface Labelled {
  score: number;
  correct: boolean;
}

/** A fitted map: block centres (mean score) and their confirmed share, ascending. */
export interface Calibration {
  xs: number[];
  ys: number[];
  /** How many labelled suggestions it was fitted on. */
  n: number;
}

/** Fewer labelled suggestions than this and no confidence is given (null): too few to fit. */
export const MIN_LABELLED = 30;

/** Pool-adjacent-violators: the non-decreasing step function closest (least squares) to the labels. */
export function fitIsotonic(points: Labelled[]): Calibration | null {
  if (points.length < MIN_LABELLED) return null;
  const sorted = [...points].sort((a, b) => a.score - b.score);
  const blocks: { sx: number; sy: number; n: number }[] = [];
  for (const p of sorted) {
    blocks.push({ sx: p.score, sy: p.correct ? 1 : 0, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!, a = blocks[blocks.length - 2]!;
      if (a.sy / a.n < b.sy / b.n) break;
      blocks.splice(-2, 2, { sx: a.sx + b.sx, sy: a.sy + b.sy, n: a.n + b.n });
    }
  }
  return { xs: blocks.map((b) => b.sx / b.n), ys: blocks.map((b) => b.sy / b.n), n: points.length };
}

/** The calibrated probability for a score: flat beyond the end blocks, linear between block centres. */
export function applyCalibration(c: Calibration, score: number): number {
  const { xs, ys } = c;
  if (score <= xs[0]!) return ys[0]!;
  if (score >= xs[xs.length - 1]!) return ys[ys.length - 1]!;
  let i = 1;
  while (xs[i]! < score) i++;
  const t = (score - xs[i - 1]!) / (xs[i]! - xs[i - 1]! || 1);
  return ys[i - 1]! + t * (ys[i]! - ys[i - 1]!);
}

/** Expected calibration error over `bins` equal-width bins of confidence, and the counts per bin. */
export function expectedCalibrationError(points: { confidence: number; correct: boolean }[], bins = 10) {
  const rows = Array.from({ length: bins }, (_, i) => ({ lo: i / bins, hi: (i + 1) / bins, n: 0, conf: 0, right: 0 }));
  for (const p of points) {
    const row = rows[Math.min(bins - 1, Math.floor(p.confidence * bins))]!;
    row.n++;
    row.conf += p.confidence;
    row.right += p.correct ? 1 : 0;
  }
  const n = points.length || 1;
  const ece = rows.reduce((e, r) => e + (r.n ? (r.n / n) * Math.abs(r.conf / r.n - r.right / r.n) : 0), 0);
  return { ece, rows };
}

/** Each source's held-out suggestions with confidences from a map fitted on the other sources' suggestions only. */
export function crossCalibrated<T extends Labelled & { source: string }>(predictions: T[]): (T & { confidence: number })[] {
  const out: (T & { confidence: number })[] = [];
  for (const source of new Set(predictions.map((p) => p.source))) {
    const fit = fitIsotonic(predictions.filter((p) => p.source !== source));
    if (!fit) continue;
    for (const p of predictions.filter((x) => x.source === source)) out.push({ ...p, confidence: applyCalibration(fit, p.score) });
  }
  return out;
}

/** Confidence at or above this is "high": the share right among those is published with the calibration error. */
export const HIGH_CONFIDENCE = 0.8;

/** How well the confidences held up, each source's from a fit on the others: ECE over ten bins, precision when high. */
export function calibrationSummary(calibrated: { confidence: number; correct: boolean }[]) {
  const high = calibrated.filter((p) => p.confidence >= HIGH_CONFIDENCE);
  return {
    labelled: calibrated.length,
    ece: expectedCalibrationError(calibrated, 10).ece,
    high: high.length,
    highPrecision: high.length ? high.filter((p) => p.correct).length / high.length : null,
  };
}

/**
 * The registry as if its hints had been written before `slug` arrived: every hint (term or entity) that
 * occurs in that article's text and in no other article's is removed. A hint occurs when all its content
 * stems do.
 */
export function withoutOwnHints(registry: Registry, texts: { slug: string; text: string }[], slug: string): Registry {
  const stems = new Map(texts.map((t) => [t.slug, new Set(contentStems(t.text))]));
  const occurs = (hint: string, set: Set<string> | undefined) => {
    const h = contentStems(hint);
    return !!set && h.length > 0 && h.every((x) => set.has(x));
  };
  const onlyHere = (h: string) => occurs(h, stems.get(slug)) && texts.every((t) => t.slug === slug || !occurs(h, stems.get(t.slug)));
  const keep = (list: string[]) => list.filter((h) => !onlyHere(h));
  return {
    ...registry,
    claims: registry.claims.map((c) => ({ ...c, hints: { ...c.hints, terms: keep(c.hints.terms), entities: keep(c.hints.entities) } })),
  };
}
