/**
 * Attribution relations (PolNeAR: source, cue, content) against gold, by the corpora README's convention.
 * Each of the three parts is scored on its own: a predicted part matches a gold part when their spans
 * overlap (one-to-one, largest overlap first), and "exactly" when their spans, trimmed of white space and
 * punctuation, have the same boundaries. Scored over all relations and over reported speech only
 * (`direct: false`). Predictions are read as issue 14 specifies the parser's `attributions` output.
 */
import type { GoldAttribution, GoldSpan } from './gold.ts';
import { assignBestFirst, prf, type PRF } from './normalize.ts';

export interface Span {
  start: number;
  end: number;
  text?: string;
}

export interface PredictedAttribution {
  source: (Span & { class?: string }) | null;
  cue: Span | null;
  content: Span[];
  direct: boolean;
  quote?: number | null;
}

export const PARTS = ['source', 'cue', 'content'] as const;
export type Part = (typeof PARTS)[number];

function goldSpans(a: GoldAttribution, part: Part): GoldSpan[] {
  return a[part]?.spans ?? [];
}

function predictedSpans(a: PredictedAttribution, part: Part): Span[] {
  if (part === 'content') return a.content ?? [];
  const s = a[part];
  return s ? [s] : [];
}

function overlap(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const EDGE = /[\s\p{P}]/u;

/** The spans with white space and punctuation cut from both ends, empty ones dropped, in text order. */
export function trimSpans(spans: Span[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    let start = s.start;
    let end = s.end;
    while (start < end && EDGE.test(text[start]!)) start++;
    while (end > start && EDGE.test(text[end - 1]!)) end--;
    if (end > start) out.push([start, end]);
  }
  return out;
}

function sameBoundaries(a: Span[], b: Span[], text: string): boolean {
  const ta = trimSpans(a, text);
  const tb = trimSpans(b, text);
  return ta.length > 0 && ta.length === tb.length && ta.every(([s, e], i) => s === tb[i]![0] && e === tb[i]![1]);
}

export interface PartResult {
  overlap: { tp: number; gold: number; predicted: number };
  exact: { tp: number; gold: number; predicted: number };
  /** Gold relation ids whose part no prediction overlaps. */
  missed: string[];
  /** Indices of predicted relations whose part overlaps no gold part. */
  spurious: number[];
}

function scorePart(gold: GoldAttribution[], predicted: PredictedAttribution[], part: Part, text: string): PartResult {
  const g = gold.map((a) => goldSpans(a, part)).map((s, i) => ({ s, i })).filter((x) => x.s.length > 0);
  const p = predicted.map((a) => predictedSpans(a, part)).map((s, j) => ({ s, j })).filter((x) => x.s.length > 0);
  const ov: { i: number; j: number; score: number }[] = [];
  const ex: { i: number; j: number; score: number }[] = [];
  for (const a of g) {
    for (const b of p) {
      const n = overlap(a.s, b.s);
      if (n > 0) ov.push({ i: a.i, j: b.j, score: n });
      if (n > 0 && sameBoundaries(a.s, b.s, text)) ex.push({ i: a.i, j: b.j, score: 1 });
    }
  }
  const byOverlap = assignBestFirst(ov);
  const used = new Set([...byOverlap.values()].map((m) => m.j));
  return {
    overlap: { tp: byOverlap.size, gold: g.length, predicted: p.length },
    exact: { tp: assignBestFirst(ex).size, gold: g.length, predicted: p.length },
    missed: g.filter((a) => !byOverlap.has(a.i)).map((a) => gold[a.i]!.id),
    spurious: p.filter((b) => !used.has(b.j)).map((b) => b.j),
  };
}

export type AttributionResult = Record<'all' | 'reported', Record<Part, PartResult>>;

export function scoreAttributions(gold: GoldAttribution[], predicted: PredictedAttribution[], text: string): AttributionResult {
  const score = (gs: GoldAttribution[], ps: PredictedAttribution[]) =>
    Object.fromEntries(PARTS.map((part) => [part, scorePart(gs, ps, part, text)])) as Record<Part, PartResult>;
  return {
    all: score(gold, predicted),
    reported: score(
      gold.filter((a) => !a.direct),
      predicted.filter((a) => !a.direct),
    ),
  };
}

export type Counts = { tp: number; gold: number; predicted: number };
export type AttributionTotals = Record<'all' | 'reported', Record<Part, { overlap: Counts; exact: Counts }>>;

export function addAttributions(t: AttributionTotals | null, r: AttributionResult): AttributionTotals {
  const zero = (): Counts => ({ tp: 0, gold: 0, predicted: 0 });
  const out = t ?? (Object.fromEntries((['all', 'reported'] as const).map((s) => [s, Object.fromEntries(PARTS.map((p) => [p, { overlap: zero(), exact: zero() }]))])) as AttributionTotals);
  for (const set of ['all', 'reported'] as const) {
    for (const part of PARTS) {
      for (const m of ['overlap', 'exact'] as const) {
        const c = out[set][part][m];
        const d = r[set][part][m];
        c.tp += d.tp;
        c.gold += d.gold;
        c.predicted += d.predicted;
      }
    }
  }
  return out;
}

export function countsPRF(c: Counts): PRF {
  return prf(c.tp, c.predicted, c.gold);
}
