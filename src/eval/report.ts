/**
 * The eval's outputs: one summary per corpus (ratios with their counts), one printed table with a
 * column per corpus, the documents with most failures, and the JSON report holding every miss.
 */
import { countsPRF, PARTS, type AttributionTotals } from './attributions.ts';
import type { CorpusResult } from './evaluate.ts';
import type { DocumentFailures } from './misses.ts';
import { prf, type PRF } from './normalize.ts';

export const NOT_PRODUCED = 'attributions: not produced by the parser';

const ratio = (right: number, n: number) => ({ value: n === 0 ? 0 : right / n, right, n });

function attributionSummary(a: AttributionTotals) {
  const set = (s: 'all' | 'reported') =>
    Object.fromEntries(PARTS.map((p) => [p, { overlap: countsPRF(a[s][p].overlap), exact: countsPRF(a[s][p].exact) }])) as Record<(typeof PARTS)[number], { overlap: PRF; exact: PRF }>;
  return { all: set('all'), reported: set('reported') };
}

export function summarise(r: CorpusResult) {
  const q = r.quotes;
  return {
    corpus: r.corpus,
    documents: r.documents,
    seconds: Number(r.seconds.toFixed(2)),
    annotates: r.annotates,
    quotes: q && {
      ...prf(q.tp, q.predicted, q.gold),
      recallByKind: { full: ratio(q.byKind.full.found, q.byKind.full.gold), partial: ratio(q.byKind.partial.found, q.byKind.partial.gold) },
      nonQuotesReported: q.nonQuotes,
    },
    speakers: r.speakers && { named: ratio(r.speakers.named.right, r.speakers.named.n), pronoun: ratio(r.speakers.pronoun.right, r.speakers.pronoun.n) },
    figures: r.figures && { value: prf(r.figures.value, r.figures.predicted, r.figures.gold), valueUnit: prf(r.figures.valueUnit, r.figures.predicted, r.figures.gold) },
    attributions: r.attributions === 'not-produced' ? 'not produced by the parser' : r.attributions && attributionSummary(r.attributions),
  };
}
export type Summary = ReturnType<typeof summarise>;

const f3 = (x: number) => x.toFixed(3);
const p3 = (x: PRF) => `${f3(x.precision)} / ${f3(x.recall)} / ${f3(x.f1)}`;
const withN = (x: { value: number; n: number }) => `${f3(x.value)} (n ${x.n})`;

type Row = [string, (s: Summary) => string | null];
const ROWS: Row[] = [
  ['quotes P / R / F1', (s) => s.quotes && p3(s.quotes)],
  ['  matched / predicted / gold', (s) => s.quotes && `${s.quotes.tp} / ${s.quotes.predicted} / ${s.quotes.gold}`],
  ['  recall, full quotes', (s) => s.quotes && withN(s.quotes.recallByKind.full)],
  ['  recall, partial quotes', (s) => s.quotes && withN(s.quotes.recallByKind.partial)],
  ['  non-quotes reported', (s) => s.quotes && String(s.quotes.nonQuotesReported)],
  ['speaker, named/nominal', (s) => s.speakers && withN(s.speakers.named)],
  ['speaker, pronoun → person', (s) => s.speakers && withN(s.speakers.pronoun)],
  ['figures value P / R / F1', (s) => s.figures && p3(s.figures.value)],
  ['figures value+unit P / R / F1', (s) => s.figures && p3(s.figures.valueUnit)],
  ['  matched / predicted / gold', (s) => s.figures && `${s.figures.value.tp} (${s.figures.valueUnit.tp} with unit) / ${s.figures.value.predicted} / ${s.figures.value.gold}`],
  ...(['all', 'reported'] as const).flatMap((set) =>
    PARTS.map((part): Row => [
      `${part}${set === 'reported' ? ' (reported only)' : ''} overlap / exact F1`,
      (s) => (s.attributions && typeof s.attributions === 'object' ? `${f3(s.attributions[set][part].overlap.f1)} / ${f3(s.attributions[set][part].exact.f1)}` : null),
    ]),
  ),
];

/** The table: a row per measure, a column per corpus; rows no corpus has are left out. */
export function table(summaries: Summary[]): string {
  const head = ['measure', ...summaries.map((s) => `${s.corpus} (${s.documents} docs, ${s.seconds} s)`)];
  const body = ROWS.map(([name, get]) => [name, ...summaries.map((s) => get(s) ?? '—')]).filter((row) => row.slice(1).some((c) => c !== '—'));
  const rows = [head, ...body];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  const out = [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)];
  for (const s of summaries) if (s.attributions === 'not produced by the parser') out.push(`${s.corpus}: ${NOT_PRODUCED}`);
  return out.join('\n');
}

const total = (f: DocumentFailures) => f.quotesMissed + f.quotesSpurious + f.wrongSpeakers + f.figuresMissed + f.unitMismatches + f.figuresSpurious;

/** The `limit` documents with most failures, one line each. */
export function worstDocuments(r: CorpusResult, limit = 8): string {
  const worst = r.failures.filter((f) => total(f) > 0).sort((a, b) => total(b) - total(a) || a.doc.localeCompare(b.doc));
  if (worst.length === 0) return `${r.corpus}: no failures`;
  const parts = (f: DocumentFailures) =>
    [
      [f.quotesMissed, 'quotes missed'],
      [f.quotesSpurious, 'spurious quotes'],
      [f.wrongSpeakers, 'wrong speakers'],
      [f.figuresMissed, 'figures missed'],
      [f.unitMismatches, 'unit mismatches'],
      [f.figuresSpurious, 'spurious figures'],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, what]) => `${n} ${what}`)
      .join(', ');
  const lines = worst.slice(0, limit).map((f) => `  ${f.doc}: ${parts(f)}`);
  return `${r.corpus}: ${worst.length} of ${r.documents} documents have failures; most:\n${lines.join('\n')}`;
}

/** How many misses of each type ("183 wrong-speaker, 64 missed-quote, …"), most first. */
export function missCounts(r: CorpusResult): string {
  const counts = new Map<string, number>();
  for (const m of r.misses) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${n} ${t}`);
  return `${r.corpus} misses: ${list.length > 0 ? list.join(', ') : 'none'}`;
}

/** The JSON report: summaries, per-document failure counts and every miss. */
export function jsonReport(results: CorpusResult[]) {
  return {
    tool: 'npm run eval',
    corpora: results.map((r) => ({ summary: summarise(r), failures: r.failures, misses: r.misses })),
  };
}
