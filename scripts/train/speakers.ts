#!/usr/bin/env node
/**
 * Fits the weights that rank a quotation's candidate speakers (src/parse/speaker-choice.ts): a
 * conditional logit over the options of each quotation, on ../shared/corpora/polnear-train (never
 * copied into the project). An option is right when the speaker it yields is right by the corpora's
 * scoring convention (src/eval/speakers.ts). The options depend on earlier choices (the previous
 * speaker), so the corpus is parsed again with each round's weights. Writes src/parse/speaker-weights.json.
 * Deterministic: fixed seed, rounds and epochs.
 *   node scripts/train/speakers.ts [corpus folder]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, trainingCorpus } from './corpus.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';
import { useWeights, type SpeakerOption } from '../../src/parse/speaker-choice.ts';
import { speakerClass, speakerRight } from '../../src/eval/speakers.ts';
import type { GoldQuote } from '../../src/eval/gold.ts';
import initial from '../../src/parse/speaker-weights.json' with { type: 'json' };

const corpus = trainingCorpus();
const SEED = 20160315;
const ROUNDS = 3;
const EPOCHS = 30;
const RATE = 0.05;
const L2 = 0.0005;

type Example = { feats: Record<string, number>[]; right: boolean[] };
const docs = readdirSync(join(corpus, 'gold')).sort().map((f) => {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8'));
  const text = readFileSync(join(corpus, gold.text_file), 'utf8');
  const blocks = parseBlocks(text);
  return { gold: (gold.quotes as GoldQuote[]).filter((q) => speakerClass(q) !== null), text, blocks, sentences: segment(text, blocks) };
});

/** Options of every scored quotation, parsed with the current weights. */
function collect(): { examples: Example[]; total: number; chosenRight: number } {
  const examples: Example[] = [];
  let total = 0;
  let chosenRight = 0;
  for (const d of docs) {
    if (!d.gold.length) continue;
    const seen = new Set<GoldQuote>();
    const speakerTrace = (q: { start: number; end: number }, options: readonly SpeakerOption[]) => {
      const g = d.gold.find((w) => w.start < q.end && q.start < w.end && !seen.has(w));
      if (!g) return;
      seen.add(g);
      total++;
      const right = options.map((o) => speakerRight(g, o.speaker));
      if (right.some(Boolean)) examples.push({ feats: options.map((o) => o.features), right });
    };
    const quotes = extractQuotes(d.text, d.blocks, d.sentences, { speakerTrace });
    for (const g of d.gold) {
      const q = quotes.find((p) => p.start < g.end && g.start < p.end);
      if (q && speakerRight(g, q.speaker)) chosenRight++;
    }
  }
  return { examples, total, chosenRight };
}

let state = SEED;
const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);

function fit(examples: Example[], w: Record<string, number>): void {
  const score = (x: Record<string, number>) => {
    let s = 0;
    for (const k in x) s += (w[k] ?? 0) * x[k]!;
    return s;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = examples.map((_, i) => i).sort(() => rand() - 0.5);
    for (const i of order) {
      const ex = examples[i]!;
      const s = ex.feats.map(score);
      const max = Math.max(...s);
      const e = s.map((v) => Math.exp(v - max));
      const z = e.reduce((a, b) => a + b, 0);
      const nRight = ex.right.filter(Boolean).length;
      const grad: Record<string, number> = {};
      for (const [j, x] of ex.feats.entries()) {
        const g = (ex.right[j] ? 1 / nRight : 0) - e[j]! / z;
        for (const k in x) grad[k] = (grad[k] ?? 0) + g * x[k]!;
      }
      for (const k in grad) w[k] = (w[k] ?? 0) + RATE * (grad[k]! - L2 * (w[k] ?? 0));
    }
  }
}

let w: Record<string, number> = { ...initial.weights };
let last = { examples: [] as Example[], total: 0, chosenRight: 0 };
for (let round = 0; round < ROUNDS; round++) {
  useWeights(w);
  last = collect();
  console.log(`round ${round}: ${last.total} scored quotes, right speaker among options ${last.examples.length}, chosen right ${last.chosenRight}`);
  const next: Record<string, number> = {};
  fit(last.examples, next);
  w = next;
}
useWeights(w);
const final = collect();
console.log(`final: chosen right ${final.chosenRight} of ${final.total} scored quotes`);
const rounded = Object.fromEntries(Object.keys(w).sort().map((k) => [k, Math.round(w[k]! * 1000) / 1000]));
writeFileSync(
  join(root, 'src/parse/speaker-weights.json'),
  JSON.stringify({ about: `conditional logit, scripts/train/speakers.ts, seed ${SEED}, ${ROUNDS} rounds of ${EPOCHS} epochs, on ${last.examples.length} quotes of polnear-train`, weights: rounded }, null, 2) + '\n',
);
console.log(rounded);
