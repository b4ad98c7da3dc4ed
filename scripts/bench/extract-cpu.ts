#!/usr/bin/env node
/**
 * CPU time of `extract()` over the first `n` `.txt` files of a folder (sorted by name), after one warm-up
 * article. Usage: node scripts/bench/extract-cpu.ts <folder> [n] [--repeat k]  → one JSON line (the least of
 * k passes, each in a fresh process is better still: see the README, "Comparing two trees").
 *
 * It needs nothing but `src/parse/index.ts`'s `extract(text)`, so the same file run from an older checkout
 * measures that checkout's parser on the same input: the way to compare throughput across commits on a
 * shared machine, where wall time measures the neighbours (CPU time does so far less).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const folder = args[0];
const n = Number(args[1] ?? Infinity);
const ri = args.indexOf('--repeat');
const repeat = ri >= 0 ? Number(args[ri + 1]) : 1;
if (!folder || !(n > 0) || !(repeat >= 1)) {
  console.error('usage: node scripts/bench/extract-cpu.ts <folder of .txt articles> [n] [--repeat k]');
  process.exit(2);
}
let files: string[];
try {
  files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
} catch (e) {
  console.error(`extract-cpu: cannot read ${folder}: ${(e as Error).message}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`extract-cpu: no .txt files in ${folder}`);
  process.exit(1);
}
const texts = files.map((f) => readFileSync(join(folder, f), 'utf8'));
const { extract } = await import(resolve(process.cwd(), 'src/parse/index.ts'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
extract(texts[0]!); // warm-up: the model's tables, regex compilation, JIT
let best = Infinity;
let quotes = 0;
for (let k = 0; k < repeat; k++) {
  const t = cpu();
  quotes = 0;
  for (const text of texts) quotes += extract(text).quotes.length;
  best = Math.min(best, cpu() - t);
}
console.log(JSON.stringify({ articles: texts.length, cpuMs: Math.round(best), articlesPerCpuSecond: Math.round(texts.length / (best / 1000)), quotes }));
