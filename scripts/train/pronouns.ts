#!/usr/bin/env node
/**
 * Fits the weights that rank candidate people for a pronoun speaker ("…,” she said), a conditional
 * logit over the candidates of each quotation, on ../shared/corpora/polnear-train (never copied into
 * the project). Writes src/parse/pronoun-weights.json. Deterministic: fixed seed, fixed epochs.
 *   node scripts/train/pronouns.ts [corpus folder]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, trainingCorpus } from './corpus.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';
import type { PronounCandidate, PronounFeatures } from '../../src/parse/coref.ts';

const corpus = trainingCorpus();
// Same shape as fragments.ts's header: each training script states its own seed and hyperparameters.
const SEED = 20161108;
const EPOCHS = 60;
const RATE = 0.05;
const L2 = 0.001;

const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !/^(?:he|she|they|s)$/.test(t));
function sameSpeaker(gold: string, name: string): boolean {
  const g = tokens(gold);
  const p = tokens(name);
  return g.length > 0 && p.length > 0 && (p.includes(g.at(-1)!) || g.includes(p.at(-1)!));
}

type Example = { feats: PronounFeatures[]; right: boolean[] };
const examples: Example[] = [];
let total = 0;
for (const f of readdirSync(join(corpus, 'gold')).sort()) {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8'));
  const text = readFileSync(join(corpus, gold.text_file), 'utf8');
  const wanted = (gold.quotes as any[]).filter((q) => q.speaker_kind === 'pronoun' && q.speaker_resolved);
  if (!wanted.length) continue;
  const blocks = parseBlocks(text);
  const sentences = segment(text, blocks);
  const trace = (q: { start: number; end: number }, cands: readonly PronounCandidate[]) => {
    const g = wanted.find((w) => w.start < q.end && q.start < w.end);
    if (!g) return;
    total++;
    const right = cands.map((c) => sameSpeaker(g.speaker_resolved, c.name));
    if (right.some(Boolean)) examples.push({ feats: cands.map((c) => c.features), right });
  };
  extractQuotes(text, blocks, sentences, { trace });
}

const names = Object.keys(examples[0]?.feats[0] ?? {}) as (keyof PronounFeatures)[];
const w: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
let state = SEED;
const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const score = (x: PronounFeatures) => names.reduce((s, n) => s + w[n]! * x[n], 0);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = examples.map((_, i) => i).sort(() => rand() - 0.5);
  for (const i of order) {
    const ex = examples[i]!;
    const s = ex.feats.map(score);
    const max = Math.max(...s);
    const e = s.map((v) => Math.exp(v - max));
    const z = e.reduce((a, b) => a + b, 0);
    const nRight = ex.right.filter(Boolean).length;
    for (const n of names) {
      let grad = 0;
      for (const [j, x] of ex.feats.entries()) grad += ((ex.right[j] ? 1 / nRight : 0) - e[j]! / z) * x[n];
      w[n] = w[n]! + RATE * (grad - L2 * w[n]!);
    }
  }
}
const top1 = examples.filter((ex) => {
  const s = ex.feats.map(score);
  return ex.right[s.indexOf(Math.max(...s))];
}).length;
const rounded = Object.fromEntries(names.map((n) => [n, Math.round(w[n]! * 1000) / 1000]));
writeFileSync(
  join(root, 'src/parse/pronoun-weights.json'),
  JSON.stringify({ about: `conditional logit, scripts/train/pronouns.ts, seed ${SEED}, ${EPOCHS} epochs, on ${examples.length} pronoun quotes of polnear-train`, weights: rounded }, null, 2) + '\n',
);
console.log(`pronoun quotes traced ${total}, with the right person among the candidates ${examples.length}; top-1 on those ${(top1 / examples.length).toFixed(3)}`);
console.log(rounded);
