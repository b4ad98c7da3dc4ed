/**
 * Run the real pipeline (the same `extract()` the extract CLI prints) on every document of a corpus and
 * score what the corpus annotates. Returns counts and every failure with its context; report.ts prints.
 */
import { extract } from '../parse/index.ts';
import { addAttributions, scoreAttributions, type AttributionTotals, type PredictedAttribution } from './attributions.ts';
import type { Corpus, CorpusDocument } from './corpus.ts';
import { scoreFigures, type PredictedFigure } from './figures.ts';
import { addQuotes, scoreQuotes, type PredictedQuote, type QuoteTotals } from './quotes.ts';
import { speakerClass, speakerRight, type SpeakerClass } from './speakers.ts';
import type { Miss, DocumentFailures } from './misses.ts';
import { attributionMisses, figureMisses, quoteMisses, speakerMiss } from './misses.ts';

export interface SpeakerTotals {
  named: { right: number; n: number };
  pronoun: { right: number; n: number };
}

export interface FigureTotals {
  gold: number;
  predicted: number;
  value: number;
  valueUnit: number;
}

export interface CorpusResult {
  corpus: string;
  dir: string;
  documents: number;
  seconds: number;
  annotates: { quotes: boolean; figures: boolean; attributions: boolean };
  quotes: QuoteTotals | null;
  speakers: SpeakerTotals | null;
  figures: FigureTotals | null;
  /** null when the corpus does not annotate attributions; 'not-produced' when the parser gives none. */
  attributions: AttributionTotals | 'not-produced' | null;
  failures: DocumentFailures[];
  misses: Miss[];
}

/** What the parser's output offers the scorers (attributions only once the parser produces them). */
interface Prediction {
  quotes: PredictedQuote[];
  figures: PredictedFigure[];
  attributions?: PredictedAttribution[];
}

function addSpeakers(t: SpeakerTotals, doc: CorpusDocument, pred: Prediction, matches: { gold: number; predicted: number }[], misses: Miss[]): number {
  let wrong = 0;
  for (const m of matches) {
    const g = doc.gold.quotes[m.gold]!;
    const cls: SpeakerClass | null = speakerClass(g);
    if (cls === null) continue;
    const said = pred.quotes[m.predicted]!.speaker;
    t[cls].n++;
    if (speakerRight(g, said)) t[cls].right++;
    else {
      wrong++;
      misses.push(speakerMiss(doc, g, cls, said));
    }
  }
  return wrong;
}

interface Acc {
  quotes: QuoteTotals | null;
  speakers: SpeakerTotals;
  figures: FigureTotals;
  attributions: AttributionTotals | null;
  producedAttributions: boolean;
  failures: DocumentFailures[];
  misses: Miss[];
}

function scoreDocument(doc: CorpusDocument, acc: Acc): void {
  const pred = extract(doc.text) as unknown as Prediction;
  const f: DocumentFailures = { doc: doc.id, quotesMissed: 0, quotesSpurious: 0, wrongSpeakers: 0, figuresMissed: 0, unitMismatches: 0, figuresSpurious: 0 };
  if (doc.gold.annotates.quotes) {
    const r = scoreQuotes(doc.gold, pred.quotes);
    acc.quotes = addQuotes(acc.quotes, r);
    acc.misses.push(...quoteMisses(doc, pred.quotes, r));
    f.quotesMissed = r.missed.length;
    f.quotesSpurious = r.spurious.length;
    f.wrongSpeakers = addSpeakers(acc.speakers, doc, pred, r.matches, acc.misses);
  }
  if (doc.gold.annotates.figures) {
    const gold = doc.gold.figures.filter((g) => g.scored);
    const r = scoreFigures(gold, pred.figures);
    const t = acc.figures;
    t.gold += r.gold;
    t.predicted += r.predicted;
    t.value += r.matches.length;
    t.valueUnit += r.matches.filter((m) => m.unit).length;
    acc.misses.push(...figureMisses(doc, gold, pred.figures, r));
    f.figuresMissed = r.missed.length;
    f.unitMismatches = r.matches.filter((m) => !m.unit).length;
    f.figuresSpurious = r.spurious.length;
  }
  if (doc.gold.annotates.attributions && Array.isArray(pred.attributions)) {
    acc.producedAttributions = true;
    const r = scoreAttributions(doc.gold.attributions, pred.attributions, doc.text);
    acc.attributions = addAttributions(acc.attributions, r);
    acc.misses.push(...attributionMisses(doc, pred.attributions, r));
  }
  acc.failures.push(f);
}

export function evaluateCorpus(corpus: Corpus): CorpusResult {
  const t0 = performance.now();
  const acc: Acc = {
    quotes: null,
    speakers: { named: { right: 0, n: 0 }, pronoun: { right: 0, n: 0 } },
    figures: { gold: 0, predicted: 0, value: 0, valueUnit: 0 },
    attributions: null,
    producedAttributions: false,
    failures: [],
    misses: [],
  };
  for (const doc of corpus.documents) scoreDocument(doc, acc);
  const annotates = {
    quotes: corpus.documents.some((d) => d.gold.annotates.quotes),
    figures: corpus.documents.some((d) => d.gold.annotates.figures),
    attributions: corpus.documents.some((d) => d.gold.annotates.attributions),
  };
  return {
    corpus: corpus.name,
    dir: corpus.dir,
    documents: corpus.documents.length,
    seconds: (performance.now() - t0) / 1000,
    annotates,
    quotes: annotates.quotes ? acc.quotes : null,
    speakers: annotates.quotes ? acc.speakers : null,
    figures: annotates.figures ? acc.figures : null,
    attributions: annotates.attributions ? (acc.producedAttributions ? acc.attributions : 'not-produced') : null,
    failures: acc.failures,
    misses: acc.misses,
  };
}
