#!/usr/bin/env node
/**
 * Child process of the benchmark: time the parser's stages and the alignment on one input folder.
 * Usage: node scripts/bench/pipeline-worker.ts <articlesDir> <registryFile>  → one JSON line on stdout.
 *
 * The stages are called one by one, in the order src/parse/index.ts `extract` calls them, so each can
 * be timed; the replica is checked against `extract()` on the first articles (a mismatch is reported,
 * not hidden). Loading modules (wink-nlp's model) is timed apart from the per-article work.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

const [articlesDir, registryFile] = process.argv.slice(2);
if (!articlesDir || !registryFile) {
  console.error('usage: pipeline-worker.ts <articlesDir> <registryFile>');
  process.exit(2);
}

const t0 = performance.now();
const { readArticles } = await import('../../src/collections/read-articles.ts');
const { extract } = await import('../../src/parse/index.ts');
const { parseBlocks } = await import('../../src/parse/blocks.ts');
const { segment } = await import('../../src/parse/sentences.ts');
const { extractQuotes } = await import('../../src/parse/quotes.ts');
const { extractFigures } = await import('../../src/parse/figures.ts');
const { extractAttributions } = await import('../../src/parse/attributions.ts');
const { align } = await import('../../src/align/index.ts');
const { loadRegistry } = await import('../../src/collections/registry.ts');
type Extraction = import('../../src/schema/index.ts').Extraction;
const loadMs = performance.now() - t0;

const { articles } = readArticles(process.cwd(), articlesDir);
const registry = loadRegistry(readFileSync(registryFile, 'utf8'), registryFile);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

// Warm-up on one article (first-call costs: model tables, regex compilation, JIT).
const warm = performance.now();
extract(articles[0]!.text);
const warmupMs = performance.now() - warm;

const stages = { blocks: 0, sentences: 0, quotes: 0, figures: 0, attributions: 0 };
// CPU time of this process beside wall time: on a shared machine wall time measures the neighbours too
const stagesCpu = { ...stages };
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function timed<T>(stage: keyof typeof stages, run: () => T): T {
  const wall = performance.now();
  const cpu = cpuMs();
  const result = run();
  stages[stage] += performance.now() - wall;
  stagesCpu[stage] += cpuMs() - cpu;
  return result;
}
let replicaMismatch: string | null = null;
const sources: { meta: (typeof articles)[number]['meta']; text: string; extraction: Extraction }[] = [];
for (const [i, a] of articles.entries()) {
  const text = a.text;
  const blocks = timed('blocks', () => parseBlocks(text));
  const sentences = timed('sentences', () => segment(text, blocks));
  const quotes = timed('quotes', () => extractQuotes(text, blocks, sentences).filter((q) => text.slice(q.start, q.end) === q.text));
  const { figures, dates } = timed('figures', () => {
    const fd = extractFigures(text, sentences, quotes);
    return {
      figures: fd.figures.filter((f) => text.slice(f.start, f.end) === f.text && f.end > f.start),
      dates: fd.dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) })),
    };
  });
  const attributions = timed('attributions', () => extractAttributions(text, sentences, quotes));
  const extraction: Extraction = { blocks, sentences, quotes, figures, dates, attributions };
  if (i < 5 && !replicaMismatch && !isDeepStrictEqual(extraction, extract(text))) {
    replicaMismatch = `${a.meta.slug}: the staged replica differs from extract(); stage times may not add up to extract()`;
  }
  sources.push({ meta: a.meta, text, extraction });
}
const sum = (s: typeof stages) => s.blocks + s.sentences + s.quotes + s.figures + s.attributions;
const extractMs = sum(stages);
const extractCpuMs = sum(stagesCpu);

const ta = performance.now();
const aligned = align({ sources, registry });
const alignMs = performance.now() - ta;

const count = (k: 'sentences' | 'quotes' | 'figures') => sources.reduce((n, s) => n + s.extraction[k].length, 0);
console.log(
  JSON.stringify({
    articles: articles.length,
    bytes,
    loadMs,
    warmupMs,
    stages,
    extractMs,
    articlesPerSecond: articles.length / (extractMs / 1000),
    stagesCpu,
    extractCpuMs,
    articlesPerCpuSecond: articles.length / (extractCpuMs / 1000),
    alignMs,
    sentences: count('sentences'),
    quotes: count('quotes'),
    figures: count('figures'),
    claimsReported: aligned.claims.reduce((n, c) => n + c.coverage.filter((v) => v.status !== 'not-reported').length, 0),
    people: aligned.people.length,
    utterances: aligned.utterances.length,
    utterancePairs: aligned.utterances.reduce((n, u) => n + u.pairs.length, 0),
    replicaMismatch,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
