#!/usr/bin/env node
/**
 * `npm run bench`: how the pipeline and the site scale, in one reproducible run.
 * Prints a table and writes bench/results.json. Options:
 *   --quick            sizes 5, 10, 100 only; no Lighthouse (a fast smoke run)
 *   --sizes 10,100     generated corpus sizes (default 10,100,1000; the five real articles always run)
 *   --no-lighthouse    skip Lighthouse
 *   --timeout <s>      per child process (default 300)
 *   --out <file>       results file (default bench/results.json)
 *   --scaling-only     only the one-article scaling check (1 MB and 5 MB hostile articles; about 1 minute)
 * Corpora are generated from the five articles with a fixed seed into bench/corpus/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './bench/corpus.ts';
import { benchSearch, padRecords, type SearchFigures } from './bench/search.ts';
import { buildSite, removeScratch, type SiteBuild } from './bench/site.ts';
import { byType, checkBudgets, siteWeights, type BudgetResult, type PageWeight } from './bench/weight.ts';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { serve } from './bench/serve.ts';
import type { QuoteRecord } from '../src/lib/quote-search.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const flag = (n: string) => args.includes(n);
const option = (n: string) => {
  const i = args.indexOf(n);
  return i === -1 ? undefined : args[i + 1];
};
const quick = flag('--quick');
const SEED = 20241117;
const sizes = (option('--sizes') ?? (quick ? '10,100' : '10,100,1000')).split(',').map(Number).filter((n) => n > 0);
const timeoutMs = Number(option('--timeout') ?? 300) * 1000;
const outFile = option('--out') ?? join(root, 'bench/results.json');
const corpusRoot = join(root, 'bench/corpus');
const registry = join(root, 'content/claims.yaml');
const started = performance.now();
const log = (s: string) => process.stderr.write(`bench: ${s} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);

interface WorkerResult {
  articles: number;
  bytes: number;
  loadMs: number;
  warmupMs: number;
  stages: { blocks: number; sentences: number; quotes: number; figures: number; attributions: number };
  extractMs: number;
  articlesPerSecond: number;
  /** The same per second of this process's CPU time (user + system): comparable on a busy machine. */
  stagesCpu: { blocks: number; sentences: number; quotes: number; figures: number; attributions: number };
  extractCpuMs: number;
  articlesPerCpuSecond: number;
  alignMs: number;
  sentences: number;
  quotes: number;
  figures: number;
  people: number;
  utterances: number;
  utterancePairs: number;
  replicaMismatch: string | null;
  maxRssMB: number;
}
interface ContentBuild {
  ok: boolean;
  seconds: number;
  maxRssMB: number | null;
  error?: string;
}
interface SizeResult {
  size: number;
  label: string;
  dir: string;
  pipeline: WorkerResult | { error: string };
  contentBuild: ContentBuild;
}

/** Run a node script in a child; wall time and max RSS (GNU time when present, else the child's own figure). */
function runChild(script: string, argv: string[]): { status: number | null; stdout: string; stderr: string; seconds: number; maxRssMB: number | null; timedOut: boolean } {
  const timeFile = join(corpusRoot, `.time-${process.pid}`);
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const full = useTime ? ['-o', timeFile, '-f', '%M', process.execPath, script, ...argv] : [script, ...argv];
  const t = performance.now();
  const r = spawnSync(cmd, full, { cwd: root, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DEBUG: '' } });
  const seconds = (performance.now() - t) / 1000;
  let maxRssMB: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kb) && kb > 0) maxRssMB = kb / 1024;
    rmSync(timeFile, { force: true });
  }
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', seconds, maxRssMB, timedOut: r.error?.message.includes('ETIMEDOUT') ?? false };
}

// ---------------------------------------------------------------------------------------------
// 7: one article's parse time against its size (issue 16): hostile 1 MB and 5 MB articles
// (scripts/bench/hostile.ts: a long paragraph with many figures, long tokens, short paragraphs).
// Linear growth gives a ratio near 5; the target is ≤ 7.
// ---------------------------------------------------------------------------------------------
interface ScalingRun {
  bytes: number;
  extractMs: number;
  sentences: number;
  quotes: number;
  figures: number;
}
mkdirSync(corpusRoot, { recursive: true });
const scalingRuns: (ScalingRun | { error: string })[] = [1_000_000, 5_000_000].map((size) => {
  const w = runChild(join(root, 'scripts/bench/scaling-worker.ts'), [String(size)]);
  if (w.status !== 0) return { error: w.timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${w.status}: ${w.stderr.trim().split('\n').slice(-2).join(' | ')}` };
  const r = JSON.parse(w.stdout.trim().split('\n').at(-1)!) as ScalingRun;
  log(`scaling: ${(r.bytes / 1e6).toFixed(2)} MB article parsed in ${(r.extractMs / 1000).toFixed(1)} s`);
  return r;
});
const [small, large] = scalingRuns;
const scaling = {
  runs: scalingRuns,
  ratio: small && large && !('error' in small) && !('error' in large) ? large.extractMs / small.extractMs : null,
  target: 7,
};
const scalingLine = () =>
  `7. One article, 1 MB → 5 MB (hostile: long paragraph, long tokens, many figures): ${scalingRuns
    .map((r) => ('error' in r ? r.error : `${(r.bytes / 1e6).toFixed(2)} MB ${(r.extractMs / 1000).toFixed(1)} s (${r.sentences} sentences, ${r.quotes} quotes, ${r.figures} figures)`))
    .join(', ')}; ratio ${scaling.ratio?.toFixed(2) ?? '–'} (target ≤ ${scaling.target})`;
if (flag('--scaling-only')) {
  mkdirSync(join(outFile, '..'), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version }, scaling }, null, 2)}\n`);
  console.log(scalingLine());
  process.exit(scaling.ratio !== null && scaling.ratio <= scaling.target ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// 1, 2, 6: extraction, alignment, content build (time and peak memory) at each size.
// ---------------------------------------------------------------------------------------------
mkdirSync(corpusRoot, { recursive: true });
const inputs: { size: number; label: string; dir: string }[] = [{ size: 5, label: '5 (real)', dir: join(root, 'content/articles') }];
for (const n of sizes) {
  const c = makeCorpus(join(root, 'content/articles'), corpusRoot, n, SEED);
  inputs.push({ size: n, label: String(n), dir: c.dir });
  log(`generated ${n} articles (${(c.bytes / 1e6).toFixed(2)} MB, sha256 ${c.sha256.slice(0, 12)})`);
}

const results: SizeResult[] = [];
for (const input of inputs) {
  const w = runChild(join(root, 'scripts/bench/pipeline-worker.ts'), [input.dir, registry]);
  let pipeline: SizeResult['pipeline'];
  try {
    pipeline = w.status === 0 ? (JSON.parse(w.stdout.trim().split('\n').at(-1)!) as WorkerResult) : { error: w.timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${w.status}: ${w.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  } catch (e) {
    pipeline = { error: `unreadable worker output: ${String(e)}` };
  }
  log(`pipeline ${input.label}: ${'error' in pipeline ? pipeline.error : `extract ${pipeline.extractMs.toFixed(0)} ms, align ${pipeline.alignMs.toFixed(0)} ms`}`);
  const dataDir = join(corpusRoot, `data-${input.size}`);
  const b = runChild(join(root, 'scripts/build-content.ts'), ['--articles', input.dir, '--registry', registry, '--out', dataDir]);
  const contentBuild: ContentBuild = {
    ok: b.status === 0,
    seconds: b.seconds,
    maxRssMB: b.maxRssMB,
    ...(b.status === 0 ? {} : { error: b.timedOut ? `timed out after ${timeoutMs / 1000} s` : `exit ${b.status}: ${(b.stderr || b.stdout).trim().split('\n').slice(-2).join(' | ')}` }),
  };
  log(`content build ${input.label}: ${contentBuild.ok ? `${b.seconds.toFixed(1)} s, ${b.maxRssMB?.toFixed(0)} MB` : contentBuild.error}`);
  results.push({ ...input, pipeline, contentBuild });
}

const pipe = (n: number) => {
  const r = results.find((x) => x.size === n)?.pipeline;
  return r && !('error' in r) ? r : null;
};
const growth = (k: 'extractMs' | 'alignMs') => {
  const a = pipe(100);
  const b = pipe(1000);
  return a && b ? b[k] / a[k] : null;
};

// ---------------------------------------------------------------------------------------------
// 3, 5: site build (5 and 100 articles), page weight and budgets (5 articles).
// ---------------------------------------------------------------------------------------------
const sites: { size: number; build: SiteBuild | { error: string } }[] = [];
let weights: PageWeight[] = [];
let budgets: BudgetResult[] = [];
let site5: SiteBuild | null = null;
/** The records the built site ships at /quotes/search.json, by corpus size. */
const shippedRecords = new Map<number, QuoteRecord[]>();
for (const n of [5, 100]) {
  const data = join(corpusRoot, `data-${n}`);
  if (!results.find((r) => r.size === n)?.contentBuild.ok || !existsSync(data)) {
    sites.push({ size: n, build: { error: 'no content data (the content build failed or did not run)' } });
    continue;
  }
  const s = buildSite(root, data, timeoutMs);
  const shipped = join(s.dist, 'quotes/search.json');
  if (s.ok && existsSync(shipped)) shippedRecords.set(n, (JSON.parse(readFileSync(shipped, 'utf8')) as { records: QuoteRecord[] }).records);
  log(`site build ${n}: ${s.ok ? `${s.pages} pages in ${s.seconds.toFixed(1)} s` : s.error}`);
  sites.push({ size: n, build: s });
  if (n === 5 && s.ok) {
    site5 = s;
    weights = siteWeights(s.dist);
    budgets = checkBudgets(weights);
  } else removeScratch(s.dir);
}

// ---------------------------------------------------------------------------------------------
// 4: search latency (real quotes; 10,000 generated quotes).
// ---------------------------------------------------------------------------------------------
/**
 * Quote records in the shape the site ships. For the real quotes: the built site's own
 * /quotes/search.json. For 10,000: the largest corpus's quotes, shaped like the shipped records
 * (the first shipped record lends the fields search does not read), padded with varied copies.
 */
function recordsFromData(dataDir: string, template: QuoteRecord | undefined): QuoteRecord[] {
  const quotes = JSON.parse(readFileSync(join(dataDir, 'quotes.json'), 'utf8')) as { id: string; text: string; speaker: string | null; source: string; personId: string | null; utterance: string | null }[];
  const sources = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as { id: string; outlet: string }[];
  const outlet = new Map(sources.map((s) => [s.id, s.outlet]));
  return quotes.map((q) => ({
    ...(template ?? { tone: 'o0', context: '', claims: [], personUrl: null }),
    id: q.id,
    text: q.text.replace(/\s+/g, ' ').trim(),
    speaker: q.speaker ?? '',
    person: q.personId ?? '',
    outlet: outlet.get(q.source) ?? q.source,
    source: q.source,
    context: `/sources/${q.source}/#s-1`,
    personUrl: q.personId ? `/people/${q.personId}/` : null,
    utterance: q.utterance,
  }));
}
const search: { label: string; figures: SearchFigures | { error: string } }[] = [];
{
  const real = shippedRecords.get(5);
  if (real) search.push({ label: 'real quotes (dist/quotes/search.json)', figures: benchSearch(real) });
  else search.push({ label: 'real quotes', figures: { error: 'the five-article site has no /quotes/search.json' } });
  const n = Math.max(...sizes);
  const data = join(corpusRoot, `data-${n}`);
  if (existsSync(join(data, 'quotes.json'))) {
    const records = padRecords(recordsFromData(data, real?.[0] ?? shippedRecords.get(100)?.[0]), 10_000);
    search.push({ label: `generated quotes (from ${n} articles)`, figures: benchSearch(records) });
  } else search.push({ label: 'generated quotes', figures: { error: `no content data for ${n} articles` } });
  log('search done');
}

// ---------------------------------------------------------------------------------------------
// Lighthouse: home, a claim, a source, the quotes page (5-article build).
// ---------------------------------------------------------------------------------------------
let lighthouse: LighthouseResult | { ok: false; reason: string } = { ok: false, reason: 'skipped (--no-lighthouse or --quick)' };
if (!quick && !flag('--no-lighthouse')) {
  if (!site5) lighthouse = { ok: false, reason: 'the five-article site did not build' };
  else {
    const pick = (type: string) => weights.find((w) => w.type === type)?.page;
    const pages = [pick('home'), pick('claim'), pick('source'), pick('quotes')].filter((p): p is string => !!p);
    const { server, url } = await serve(site5.dist);
    try {
      lighthouse = await runLighthouse(url, pages);
    } finally {
      server.close();
    }
    log(`lighthouse: ${lighthouse.ok ? `${lighthouse.pages.length} pages` : lighthouse.reason}`);
  }
}
if (site5) removeScratch(site5.dir);

// ---------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------
const totalSeconds = (performance.now() - started) / 1000;
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  seed: SEED,
  totalSeconds,
  sizes: results,
  scaling,
  growth100to1000: { extraction: growth('extractMs'), alignment: growth('alignMs') },
  siteBuilds: sites,
  pageWeights: byType(weights).map((t) => ({ type: t.type, pages: t.pages, heaviest: t.heaviest })),
  budgets: { checked: budgets.length, failed: budgets.filter((b) => !b.ok) },
  search,
  lighthouse,
};
mkdirSync(join(outFile, '..'), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);

const kb = (b: number) => (b / 1024).toFixed(1);
const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const table = (head: string[], rows: (string | number | undefined)[][]) => {
  const cells = [head, ...rows.map((r) => r.map((c) => String(c ?? "–")))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
};
const out: string[] = [];
out.push(`Benchmark ${report.date} — ${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGB} GB, Node ${report.machine.node}, seed ${SEED}`);
out.push('\n1–2, 6. Extraction, alignment, content build (ms unless stated)');
out.push(
  table(
    ['articles', 'art/s', 'art/CPU s', 'blocks', 'sentences', 'quotes', 'figures', 'attrib', 'extract', 'align', 'build s', 'peak MB', 'quotes#', 'sent#'],
    results.map((r) => {
      const p = 'error' in r.pipeline ? null : r.pipeline;
      const err = 'error' in r.pipeline ? r.pipeline.error : '';
      return [
        r.label,
        p ? p.articlesPerSecond.toFixed(0) : 'error',
        p ? p.articlesPerCpuSecond.toFixed(0) : '–',
        ms(p?.stages.blocks),
        ms(p?.stages.sentences),
        ms(p?.stages.quotes),
        ms(p?.stages.figures),
        ms(p?.stages.attributions),
        ms(p?.extractMs),
        p ? ms(p.alignMs) : err.slice(0, 30),
        r.contentBuild.ok ? r.contentBuild.seconds.toFixed(1) : (r.contentBuild.error ?? 'error').slice(0, 24),
        r.contentBuild.maxRssMB?.toFixed(0) ?? '–',
        p?.quotes ?? '–',
        p?.sentences ?? '–',
      ];
    }),
  ),
);
for (const r of results) {
  if ('error' in r.pipeline) continue;
  const c = r.pipeline.stagesCpu;
  out.push(`CPU ms at ${r.label}: blocks ${ms(c.blocks)} / sentences ${ms(c.sentences)} / quotes ${ms(c.quotes)} / figures ${ms(c.figures)} / attributions ${ms(c.attributions)} = ${ms(r.pipeline.extractCpuMs)}`);
}
const g = report.growth100to1000;
out.push(`growth 100 → 1,000 articles (10× input): extraction ${g.extraction?.toFixed(1) ?? '–'}×, alignment ${g.alignment?.toFixed(1) ?? '–'}× (target ≤ 12× each)`);
for (const r of results) if (!('error' in r.pipeline) && r.pipeline.replicaMismatch) out.push(`note: ${r.pipeline.replicaMismatch}`);

out.push('\n' + scalingLine());

out.push('\n3. Site build');
out.push(table(['articles', 'pages', 'seconds', 'pages/s'], sites.map((s) => ('error' in s.build ? [s.size, '–', s.build.error ?? 'error', '–'] : s.build.ok ? [s.size, s.build.pages, s.build.seconds.toFixed(1), s.build.pagesPerSecond.toFixed(1)] : [s.size, '–', (s.build.error ?? '').slice(0, 60), '–']))));

out.push('\n4. Search: fuse.js with the prebuilt index, the site\'s options (src/lib/quote-search.ts); 20 queries × 3 (× 1 for a full scan of > 2,000 records), ms');
out.push(
  table(
    ['records', 'full-scan p50', 'full-scan p95', 'pre-filtered p50', 'p95', 'top-10 agree', 'index KB raw/gz', 'fetched KB raw/gz', 'load ms full/pre'],
    search.map((s) =>
      'error' in s.figures
        ? [s.label, s.figures.error, '', '', '', '', '', '', '']
        : [
            `${s.figures.records} ${s.label}`,
            ms(s.figures.site.p50),
            ms(s.figures.site.p95),
            ms(s.figures.prefiltered.p50),
            ms(s.figures.prefiltered.p95),
            s.figures.prefiltered.top10Agreement === null ? '–' : `${(s.figures.prefiltered.top10Agreement * 100).toFixed(0)}%`,
            `${kb(s.figures.indexBytes)} / ${kb(s.figures.indexGzip)}`,
            `${kb(s.figures.payloadBytes)} / ${kb(s.figures.payloadGzip)}`,
            `${ms(s.figures.siteLoadMs)} / ${ms(s.figures.prefilteredLoadMs)}`,
          ],
    ),
  ),
);
out.push('(full scan = fuse.js over every record; pre-filtered = what /quotes/ runs, src/lib/search-prefilter.ts: trigram candidates, then the same fuse.js search on the best 200)');

out.push('\n5. Page weight at five articles, heaviest page of each type (KB raw / gzip)');
out.push(
  table(
    ['type', 'pages', 'page', 'HTML', 'CSS', 'JS', 'data', 'total'],
    report.pageWeights.map((t) => {
      const w = t.heaviest;
      const f = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
      return [t.type, t.pages, w.page, f(w.html), f(w.css), f(w.js), f(w.data), f(w.total)];
    }),
  ),
);
out.push(
  budgets.length
    ? `budgets: ${budgets.length - report.budgets.failed.length}/${budgets.length} checks pass` +
        report.budgets.failed.map((b) => `\n  FAIL ${b.name} ${b.page}: ${kb(b.value)} KB > ${kb(b.limit)} KB`).join('')
    : 'budgets: not checked (no five-article site)',
);

out.push('\nLighthouse (desktop preset)');
if (!lighthouse.ok) out.push(`lighthouse: unavailable: ${lighthouse.reason}`);
else
  out.push(
    table(
      ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS'],
      lighthouse.pages.map((p) => [p.page, p.scores.performance ?? '–', p.scores.accessibility ?? '–', p.scores.bestPractices ?? '–', p.scores.seo ?? '–', ms(p.lcpMs), ms(p.tbtMs), p.cls === null ? '–' : p.cls.toFixed(3)].concat(p.error ? [p.error.slice(0, 60)] : [])),
    ),
  );
out.push(`\nTotal ${totalSeconds.toFixed(0)} s. Results: ${outFile}`);
console.log(out.join('\n'));
