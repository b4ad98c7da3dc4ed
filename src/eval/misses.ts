/**
 * Every failure of a document as a plain record for the JSON report, with enough context (the words
 * around it, what was predicted nearby) for a developer to see the next rule or feature to write.
 */
import type { AttributionResult, PredictedAttribution } from './attributions.ts';
import type { CorpusDocument } from './corpus.ts';
import type { FigureResult, PredictedFigure } from './figures.ts';
import type { GoldFigure, GoldQuote } from './gold.ts';
import type { PredictedQuote, QuoteResult } from './quotes.ts';

export type Miss = { type: string; doc: string } & Record<string, unknown>;

export interface DocumentFailures {
  doc: string;
  quotesMissed: number;
  quotesSpurious: number;
  wrongSpeakers: number;
  figuresMissed: number;
  unitMismatches: number;
  figuresSpurious: number;
}

export const CONTEXT_CHARS = 120;

/** The text around [start, end) on one line, the span itself marked with ⟦ ⟧. */
export function contextOf(text: string, start: number, end: number, chars = CONTEXT_CHARS): string {
  const a = Math.max(0, start - chars);
  const b = Math.min(text.length, end + chars);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${a > 0 ? '…' : ''}${flat(text.slice(a, start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, b))}${b < text.length ? '…' : ''}`;
}

export function quoteMisses(doc: CorpusDocument, predicted: PredictedQuote[], r: QuoteResult): Miss[] {
  const out: Miss[] = [];
  for (const i of r.missed) {
    const g = doc.gold.quotes[i]!;
    const near = predicted.filter((p) => p.start < g.end && g.start < p.end).map((p) => p.text);
    out.push({ type: 'missed-quote', doc: doc.id, kind: g.kind, text: g.text, start: g.start, end: g.end, speaker: g.speaker, overlappingPredictions: near, context: contextOf(doc.text, g.start, g.end) });
  }
  for (const s of r.spurious) {
    const p = predicted[s.predicted]!;
    out.push({ type: s.nonQuote === null ? 'spurious-quote' : 'non-quote-reported', doc: doc.id, text: p.text, start: p.start, end: p.end, speaker: p.speaker, context: contextOf(doc.text, p.start, p.end) });
  }
  return out;
}

/** A matched quote whose speaker is wrong: the gold speaker where the corpus marks it, and the quote in its text. */
export function speakerMiss(doc: CorpusDocument, g: GoldQuote, measure: string, predicted: string | null): Miss {
  const at = g.speaker_start ?? null;
  return {
    type: 'wrong-speaker', doc: doc.id, measure, quote: g.text, start: g.start, end: g.end,
    gold: g.speaker, goldKind: g.speaker_kind, resolved: g.speaker_resolved, predicted,
    goldSpeakerContext: at !== null && g.speaker_end != null ? contextOf(doc.text, at, g.speaker_end, 80) : null,
    context: contextOf(doc.text, g.start, g.end, 160),
  };
}

const describe = (p: PredictedFigure) => ({ text: p.text, value: p.value, unit: p.unit, normalizedUnit: p.normalized?.unit ?? null });

export function figureMisses(doc: CorpusDocument, gold: GoldFigure[], predicted: PredictedFigure[], r: FigureResult): Miss[] {
  const sentence = doc.text.length <= 400 ? doc.text : undefined;
  const out: Miss[] = [];
  for (const i of r.missed) {
    const g = gold[i]!;
    out.push({ type: 'missed-figure', doc: doc.id, value: g.value, valueRaw: g.value_raw ?? null, unit: g.normalized_unit ?? g.unit ?? null, predictions: predicted.map(describe), sentence });
  }
  for (const m of r.matches.filter((x) => !x.unit)) {
    const g = gold[m.gold]!;
    out.push({ type: 'unit-mismatch', doc: doc.id, value: g.value, goldUnit: g.normalized_unit ?? g.unit ?? null, predicted: describe(predicted[m.predicted]!), sentence });
  }
  for (const j of r.spurious) out.push({ type: 'spurious-figure', doc: doc.id, predicted: describe(predicted[j]!), sentence });
  return out;
}

export function attributionMisses(doc: CorpusDocument, predicted: PredictedAttribution[], r: AttributionResult): Miss[] {
  const out: Miss[] = [];
  for (const [part, res] of Object.entries(r.all)) {
    for (const id of res.missed) {
      const g = doc.gold.attributions.find((a) => a.id === id)!;
      const spans = part === 'content' ? g.content?.spans : g[part as 'source' | 'cue']?.spans;
      const s = spans?.[0];
      out.push({ type: `missed-${part}`, doc: doc.id, relation: id, direct: g.direct, text: spans?.map((x) => x.text).join(' … ') ?? '', context: s ? contextOf(doc.text, s.start, s.end) : '' });
    }
    for (const j of res.spurious) {
      const p = predicted[j]!;
      const s = part === 'content' ? p.content[0] : p[part as 'source' | 'cue'];
      out.push({ type: `spurious-${part}`, doc: doc.id, direct: p.direct, context: s ? contextOf(doc.text, s.start, s.end) : '' });
    }
  }
  return out;
}
