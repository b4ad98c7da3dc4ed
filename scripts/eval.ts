/**
 * CLI: `npm run eval -- [corpus folder …] [--out eval-report.json] [--json]` runs the extract pipeline
 * on every article of each corpus (format: ../shared/corpora/README.md), scores what the corpus
 * annotates and prints one table; every miss goes to the JSON report. With no folder, every corpus under
 * ../shared/corpora/ (beside the repository) is scored. Bad input: a located message, exit code 2.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EvalError, findCorpora, isCorpus, readCorpus } from '../src/eval/corpus.ts';
import { jsonReport, missCounts, summarise, table, worstDocuments } from '../src/eval/report.ts';


const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where corpora are looked for when none is named (EVAL_CORPORA_ROOT overrides, e.g. in tests). */
const DEFAULT_CORPORA = path.resolve(root, process.env.EVAL_CORPORA_ROOT ?? '../shared/corpora');
const USAGE = 'usage: npm run eval -- [corpus folder …] [--out <report.json>] [--json]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      allowPositionals: true,
      options: { out: { type: 'string', default: 'eval-report.json' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n  ${USAGE}`);
  }
}

/** The folders to score: those given (a folder of corpora stands for each corpus in it), else the default. */
function corpusFolders(given: string[]): string[] {
  if (given.length === 0) {
    const found = findCorpora(DEFAULT_CORPORA);
    if (found.length === 0) fail(`no corpus found: ${DEFAULT_CORPORA} does not exist or holds no corpus folder (one with gold/).\n  Pass a corpus folder: ${USAGE}`);
    return found;
  }
  return given.flatMap((g) => {
    const dir = path.resolve(g);
    if (isCorpus(dir)) return [dir];
    const inside = findCorpora(dir);
    return inside.length > 0 ? inside : [dir]; // readCorpus then says what is wrong with it
  });
}

// Piped into `head` or a pager that quits: stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const { values, positionals } = options();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
try {
  // Read (and so validate) every corpus before parsing anything; the parser is loaded only then.
  const corpora = corpusFolders(positionals).map(readCorpus);
  const { evaluateCorpus } = await import('../src/eval/evaluate.ts');
  const results = corpora.map(evaluateCorpus);
  const report = jsonReport(results);
  const out = path.resolve(values.out);
  writeFileSync(`${out}.tmp`, JSON.stringify(report, null, 1) + '\n');
  renameSync(`${out}.tmp`, out); // never a half-written report
  if (values.json) process.stdout.write(JSON.stringify(report.corpora.map((c) => c.summary), null, 2) + '\n');
  else {
    process.stdout.write(table(results.map(summarise)) + '\n\n');
    process.stdout.write(results.map((r) => `${missCounts(r)}\n${worstDocuments(r)}`).join('\n') + '\n\n');
    const rel = path.relative(process.cwd(), out);
    process.stdout.write(`every miss, with context: ${rel.startsWith('..') ? out : rel}\n`);
  }
} catch (e) {
  if (e instanceof EvalError) fail(String(e));
  const code = (e as NodeJS.ErrnoException).code;
  if (code) fail(`${(e as NodeJS.ErrnoException).path ?? ''}: ${code} (${(e as Error).message}). Check the path and its permissions.`);
  throw e;
}
