#!/usr/bin/env node
/**
 * Fits the weights that rank candidate people for a pronoun speaker ("…,” she said), a conditional
 * logit over the candidates of each quotation, on ../shared/corpora/polnear-train (never copied into
 * the project). Writes src/parse/pronoun-weights.json. The candidates depend on earlier choices (the
 * previous speaker), so the corpus is parsed once with no weights (each pronoun goes to the nearest
 * person) and once more with the first fit's; the result does not depend on the committed file.
 * Deterministic: fixed seed, fixed rounds and epochs; the weights are averaged over epochs.
 *   node scripts/train/pronouns.ts [corpus folder]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, trainingCorpus } from './corpus.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';
import { usePronounWeights, type PronounCandidate } from '../../src/parse/coref.ts';
import { sameSpeaker } from '../../src/eval/speakers.ts';
import { fit, rounded, seeded, top1, type Example } from './logit.ts';

const corpus = trainingCorpus();
// Same shape as fragments.ts's header: each training script states its own seed and hyperparameters.
const SEED = 20161108;
const ROUNDS = 2;
const EPOCHS = 60;
const RATE = 0.05;
const L2 = 0.001;

const docs = readdirSync(join(corpus, 'gold')).sort().flatMap((f) => {
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8'));
  const wanted = (gold.quotes as any[]).filter((q) => q.speaker_kind === 'pronoun' && q.speaker_resolved);
  if (!wanted.length) return [];
  const text = readFileSync(join(corpus, gold.text_file), 'utf8');
  const blocks = parseBlocks(text);
  return [{ wanted, text, blocks, sentences: segment(text, blocks) }];
});

/** One example per pronoun quotation with the right person among its candidates: the last time it was ranked
 *  (the speaker ranker's trials come first, the quotation's own resolution last). */
function collect(): { examples: Example[]; total: number } {
  const examples: Example[] = [];
  let total = 0;
  for (const d of docs) {
    const last = new Map<object, readonly PronounCandidate[]>();
    const trace = (q: { start: number; end: number }, cands: readonly PronounCandidate[]) => {
      const g = d.wanted.find((w) => w.start < q.end && q.start < w.end);
      if (g) last.set(g, cands);
    };
    extractQuotes(d.text, d.blocks, d.sentences, { trace });
    for (const [g, cands] of last) {
      total++;
      const right = cands.map((c) => sameSpeaker((g as { speaker_resolved: string }).speaker_resolved, c.name));
      if (right.some(Boolean)) examples.push({ feats: cands.map((c) => ({ ...c.features })), right });
    }
  }
  return { examples, total };
}

const rand = seeded(SEED);
let w: Record<string, number> = {};
let examples: Example[] = [];
for (let round = 0; round < ROUNDS; round++) {
  usePronounWeights(w);
  const got = collect();
  examples = got.examples;
  console.log(`round ${round}: pronoun quotes ranked ${got.total}, with the right person among the candidates ${examples.length}`);
  w = {};
  // averaged over epochs (as the speaker ranker is): the last examples seen moved the eval by ±10 quotations between fits
  fit(examples, w, { epochs: EPOCHS, rate: RATE, l2: L2, rand, average: true });
}
const right = top1(examples, w);
const out = rounded(w);
writeFileSync(
  join(root, 'src/parse/pronoun-weights.json'),
  JSON.stringify({ about: `conditional logit, scripts/train/pronouns.ts, seed ${SEED}, ${ROUNDS} rounds of ${EPOCHS} epochs, on ${examples.length} pronoun quotes of polnear-train`, weights: out }, null, 2) + '\n',
);
console.log(`top-1 on those ${(right / examples.length).toFixed(3)}`);
console.log(out);
