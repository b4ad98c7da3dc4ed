#!/usr/bin/env node
/**
 * Child process of the benchmark: parse one generated hostile article (scripts/bench/hostile.ts) of
 * about <bytes> characters and print one JSON line: its size, the time of each parser stage and of
 * the whole `extract`, and what was found. A fresh process per size, so one size's garbage and JIT
 * state do not bias the other's.
 */
import { hostileArticle } from './hostile.ts';

const bytes = Number(process.argv[2]);
if (!(bytes > 0)) {
  console.error('usage: scaling-worker.ts <bytes>');
  process.exit(2);
}
const { extract } = await import('../../src/parse/index.ts');
extract('Warm up\n\nThe minister said on Monday that “the range is 300 km,” and left.\n');
const text = hostileArticle(bytes);
const t = performance.now();
const x = extract(text);
const extractMs = performance.now() - t;
process.stdout.write(
  JSON.stringify({ bytes: text.length, extractMs, blocks: x.blocks.length, sentences: x.sentences.length, quotes: x.quotes.length, figures: x.figures.length }) + '\n',
);
