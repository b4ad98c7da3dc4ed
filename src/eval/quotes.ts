/**
 * Direct quotations against gold, by the corpora README's convention: texts normalised, a predicted
 * quote matches a gold quote when their token F1 is at least 0.8, one-to-one, best pairs first.
 * Offsets are not compared: a parser that keeps or drops the quote marks' neighbours still matches.
 */
import type { GoldDocument } from './gold.ts';
import { assignBestFirst, tokenF1 } from './normalize.ts';

export const QUOTE_MATCH_F1 = 0.8;

/** What the scorer reads of a predicted quote (the parser's ExtractedQuote has more). */
export interface PredictedQuote {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface QuoteMatch {
  gold: number;
  predicted: number;
  f1: number;
}

export interface QuoteResult {
  matches: QuoteMatch[];
  /** Gold quotes no prediction matched. */
  missed: number[];
  /** Predictions that match no gold quote; `nonQuote` is the index of the known non-quote they are, if any. */
  spurious: { predicted: number; nonQuote: number | null }[];
  gold: number;
  predicted: number;
  byKind: Record<'full' | 'partial', { gold: number; found: number }>;
}

function pairsAbove<A extends { text: string }, B extends { text: string }>(as: A[], bs: B[]): { i: number; j: number; score: number }[] {
  const out: { i: number; j: number; score: number }[] = [];
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      const score = tokenF1(b.text, a.text);
      if (score >= QUOTE_MATCH_F1) out.push({ i, j, score });
    }),
  );
  return out;
}

/** A spurious prediction is a known non-quote when its text matches one (same bar as quotes) or it overlaps one. */
function nonQuoteOf(p: PredictedQuote, gold: GoldDocument): number | null {
  const i = gold.non_quotes.findIndex((n) => tokenF1(p.text, n.text) >= QUOTE_MATCH_F1 || (p.start < n.end && n.start < p.end));
  return i === -1 ? null : i;
}

export function scoreQuotes(gold: GoldDocument, predicted: PredictedQuote[]): QuoteResult {
  const assigned = assignBestFirst(pairsAbove(gold.quotes, predicted));
  const matches: QuoteMatch[] = [...assigned].map(([g, m]) => ({ gold: g, predicted: m.j, f1: m.score })).sort((a, b) => a.gold - b.gold);
  const matchedPred = new Set(matches.map((m) => m.predicted));
  const byKind = { full: { gold: 0, found: 0 }, partial: { gold: 0, found: 0 } };
  gold.quotes.forEach((q, i) => {
    byKind[q.kind].gold++;
    if (assigned.has(i)) byKind[q.kind].found++;
  });
  return {
    matches,
    missed: gold.quotes.map((_, i) => i).filter((i) => !assigned.has(i)),
    spurious: predicted.flatMap((p, j) => (matchedPred.has(j) ? [] : [{ predicted: j, nonQuote: nonQuoteOf(p, gold) }])),
    gold: gold.quotes.length,
    predicted: predicted.length,
    byKind,
  };
}

export interface QuoteTotals {
  tp: number;
  gold: number;
  predicted: number;
  nonQuotes: number;
  byKind: Record<'full' | 'partial', { gold: number; found: number }>;
}

export function addQuotes(totals: QuoteTotals | null, r: QuoteResult): QuoteTotals {
  const t = totals ?? { tp: 0, gold: 0, predicted: 0, nonQuotes: 0, byKind: { full: { gold: 0, found: 0 }, partial: { gold: 0, found: 0 } } };
  t.tp += r.matches.length;
  t.gold += r.gold;
  t.predicted += r.predicted;
  t.nonQuotes += r.spurious.filter((s) => s.nonQuote !== null).length;
  for (const k of ['full', 'partial'] as const) {
    t.byKind[k].gold += r.byKind[k].gold;
    t.byKind[k].found += r.byKind[k].found;
  }
  return t;
}
