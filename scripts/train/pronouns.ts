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
import type { PronounCandidate } from '../../src/parse/coref.ts';
import { sameSpeaker } from '../../src/eval/speakers.ts';
import { fit, rounded, seeded, top1, type Example } from './logit.ts';

const corpus = trainingCorpus();
// Same shape as fragments.ts's header: each training script states its own seed and hyperparameters.
const SEED = 20161108;
const EPOCHS = 60;
const RATE = 0.05;
const L2 = 0.001;

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
    if (right.some(Boolean)) examples.push({ feats: cands.map((c) => ({ ...c.features })), right });
  };
  extractQuotes(text, blocks, sentences, { trace });
}

const w: Record<string, number> = {};
fit(examples, w, { epochs: EPOCHS, rate: RATE, l2: L2, rand: seeded(SEED) });
const right = top1(examples, w);
const out = rounded(w);
writeFileSync(
  join(root, 'src/parse/pronoun-weights.json'),
  JSON.stringify({ about: `conditional logit, scripts/train/pronouns.ts, seed ${SEED}, ${EPOCHS} epochs, on ${examples.length} pronoun quotes of polnear-train`, weights: out }, null, 2) + '\n',
);
console.log(`pronoun quotes traced ${total}, with the right person among the candidates ${examples.length}; top-1 on those ${(right / examples.length).toFixed(3)}`);
console.log(out);
