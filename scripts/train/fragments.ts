#!/usr/bin/env node
/**
 * Fits fragments.ts's logistic model (is a quoted fragment somebody's words?) on
 * ../shared/corpora/polnear-train (never copied into the project): every partial quotation the
 * parser finds is a positive when it matches an annotated quotation (token F1 >= 0.8, the scoring
 * convention of ../shared/corpora/README.md), else a negative. Writes src/parse/fragment-weights.json
 * with the highest threshold that keeps 94.5% of the training fragments that are quotations. Deterministic: fixed seed and epochs.
 *
 * Cross-fitted: a feature says whether the attribution cue model puts the fragment in a relation's
 * content, and that model was fitted on this same corpus, where it is better than on unseen news. So
 * the corpus is split in two halves by document; each half's fragments are read with a cue model
 * fitted on the other half only, and the logistic weights learn how far that feature can be trusted
 * on news the cue model has not seen.
 *   node scripts/train/fragments.ts [corpus folder] [--cache tokens.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root, trainingCorpus } from './corpus.ts';
import { fitCueModel, goldFiles, load } from './cue-model.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';

const { values: opts, positionals } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), allowPositionals: true, options: { cache: { type: 'string' }, dump: { type: 'string' } } });
const corpus = trainingCorpus(positionals[0] ?? null);
const FOLDS = 2;
const SEED = 20161108;
const EPOCHS = 40;
const RATE = 0.05;
const L2 = 0.0005;

const norm = (s: string) => s.normalize('NFKC').replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").toLowerCase();
const toks = (s: string) => norm(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
// Not src/eval tokenF1: this tokeniser splits hyphens, and the committed weights were fitted with it.
function f1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const m = new Map<string, number>();
  for (const t of a) m.set(t, (m.get(t) ?? 0) + 1);
  let c = 0;
  for (const t of b) {
    const n = m.get(t) ?? 0;
    if (n > 0) {
      c++;
      m.set(t, n - 1);
    }
  }
  return c ? (2 * c) / (a.length + b.length) : 0;
}

// the out-of-fold cue models: models[k] never saw a document whose index is k modulo FOLDS
const sents = load(corpus, opts.cache ?? null);
const models = Array.from({ length: FOLDS }, (_, k) => fitCueModel(sents.filter((s) => s.doc % FOLDS !== k)).model);

const xs: Record<string, number>[] = [];
// --dump: every fragment's context and label, to try features without refitting the cue models
const dump: unknown[] = [];
const ys: number[] = [];
for (const [doc, f] of goldFiles(corpus).entries()) {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8'));
  const text = readFileSync(join(corpus, gold.text_file), 'utf8');
  const blocks = parseBlocks(text);
  const sentences = segment(text, blocks);
  const nonQuotes = gold.non_quotes as { start: number; end: number }[];
  const golds = (gold.quotes as any[]).map((q) => ({ start: q.start as number, end: q.end as number, t: toks(q.text) }));
  extractQuotes(text, blocks, sentences, {
    cueModel: models[doc % FOLDS],
    fragments: (q, features, ctx) => {
      const t = toks(q.text);
      const hit = golds.some((g) => g.start < q.end + 2 && q.start < g.end + 2 && f1(g.t, t) >= 0.8);
      xs.push(features);
      ys.push(hit ? 1 : 0);
      dump.push({ doc, y: hit ? 1 : 0, nonQuote: nonQuotes.some((n) => n.start < q.end && q.start < n.end), ctx });
    },
  });
}

if (opts.dump) writeFileSync(opts.dump, JSON.stringify(dump));
const names = Object.keys(xs[0] ?? {});
const w: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
let state = SEED;
const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const prob = (x: Record<string, number>) => 1 / (1 + Math.exp(-names.reduce((s, n) => s + w[n]! * x[n]!, 0)));
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = xs.map((_, i) => i).sort(() => rand() - 0.5);
  for (const i of order) {
    const x = xs[i]!;
    const err = ys[i]! - prob(x);
    for (const n of names) w[n] = w[n]! + RATE * (err * x[n]! - L2 * w[n]!);
  }
}
// threshold: the highest that still keeps RECALL_GOAL of the training fragments that are quotations
// (issue 12 asks partial-quote recall >= 0.95); above it, fewer scare quotes and titles are reported
// (0.94 until the fragment-syntax features: with them, 0.94 lost one dev partial quote against the model before
// them; 0.945 keeps partial recall at or above it on dev and train and still reports fewer non-quotes)
const RECALL_GOAL = 0.945;
const ps = xs.map(prob);
let best = { t: 0.5, f: 0 };
for (let t = 0.2; t <= 0.9; t += 0.005) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [i, p] of ps.entries()) {
    if (p >= t && ys[i]) tp++;
    else if (p >= t) fp++;
    else if (ys[i]) fn++;
  }
  const f = (2 * tp) / (2 * tp + fp + fn);
  if (tp / (tp + fn) >= RECALL_GOAL) best = { t: Math.round(t * 1000) / 1000, f };
}
const rounded = Object.fromEntries(names.map((n) => [n, Math.round(w[n]! * 1000) / 1000]));
writeFileSync(
  join(root, 'src/parse/fragment-weights.json'),
  JSON.stringify({ about: `logistic regression, scripts/train/fragments.ts, seed ${SEED}, ${EPOCHS} epochs, on ${xs.length} partial quotations of polnear-train (cue model cross-fitted, ${FOLDS} folds)`, threshold: best.t, weights: rounded }, null, 2) + '\n',
);
console.log(`fragments ${xs.length} (${ys.filter(Boolean).length} quotations); threshold ${best.t}, training F1 ${best.f.toFixed(3)}`);
console.log(rounded);
