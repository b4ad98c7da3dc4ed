/**
 * How good the cue model is, span by span (a quick proxy of `npm run eval`'s cue overlap F1, without
 * the rest of the parser: within 0.003 of it on polnear-dev): fits on polnear-train as
 * scripts/train/attributions.ts does and scores cue spans (runs of gold cue tokens) on train itself,
 * on train by k-fold cross-validation (by document), and on polnear-dev. The in-sample figure is not
 * a forecast: the lexicalised features remember the training words (0.86 in sample, 0.72 cross-validated
 * on half the corpus, 0.75 on dev); the cross-validated one is. Read both corpora from ../shared/corpora.
 *   node scripts/train/cue-eval.ts [--train-cache a.json] [--dev-cache b.json] [--folds k]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './corpus.ts';
import { fitCueModel, load, type Sent } from './cue-model.ts';
import { cueRanges, type CueModel } from '../../src/parse/attributions-model.ts';

const { values: opts } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { 'train-cache': { type: 'string' }, 'dev-cache': { type: 'string' }, folds: { type: 'string' } } });
const train = load(join(root, '../shared/corpora/polnear-train'), opts['train-cache'] ?? null);
const dev = load(join(root, '../shared/corpora/polnear-dev'), opts['dev-cache'] ?? null);

function goldRuns(ys: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  ys.forEach((y, i) => {
    if (!y) return;
    const last = out[out.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

interface Counts { tp: number; pred: number; gold: number }

/** Span-overlap counts of the model's cue ranges against gold cue runs, one-to-one in text order. */
function countCues(m: CueModel, sents: readonly Sent[], c: Counts = { tp: 0, pred: 0, gold: 0 }): Counts {
  let { tp, pred, gold } = c;
  for (const s of sents) {
    const g = goldRuns(s.ys);
    const p = cueRanges(m, s.ts);
    gold += g.length;
    pred += p.length;
    const used = new Set<number>();
    for (const [a, b] of p) {
      const k = g.findIndex(([c, d], i) => !used.has(i) && a <= d && c <= b);
      if (k >= 0) {
        used.add(k);
        tp++;
      }
    }
  }
  return { tp, pred, gold };
}

function show({ tp, pred, gold }: Counts): string {
  const P = tp / pred;
  const R = tp / gold;
  return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)} (gold ${gold})`;
}

const full = fitCueModel(train).model;
console.log('train (in sample):', show(countCues(full, train)));
console.log('dev:              ', show(countCues(full, dev)));
const folds = Number(opts.folds ?? 2);
if (folds > 1) {
  // each fold scored by a model fitted on the other folds (by document): what train says about unseen news
  let pooled: Counts = { tp: 0, pred: 0, gold: 0 };
  for (let k = 0; k < folds; k++) {
    const m = fitCueModel(train.filter((s) => s.doc % folds !== k)).model;
    pooled = countCues(m, train.filter((s) => s.doc % folds === k), pooled);
  }
  console.log(`train (${folds}-fold):   `, show(pooled));
}
