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
import { fit, rounded, seeded, type Example } from './logit.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';
import { useWeights, type SpeakerOption } from '../../src/parse/speaker-choice.ts';
import { speakerClass, speakerRight } from '../../src/eval/speakers.ts';
import type { GoldQuote } from '../../src/eval/gold.ts';

const corpus = trainingCorpus();
const SEED = 20160315;
const ROUNDS = 3;
const EPOCHS = 30;
const RATE = 0.05;
const L2 = 0.0005;

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

const rand = seeded(SEED);

// Each round parses the corpus with the current weights (the options depend on earlier choices) and fits on the
// examples of every round so far, so a fit also sees the options its predecessors' mistakes led to.
// Round 0 parses with no weights (every option scores 0: the first, the sentence patterns' own, wins), so the fit
// does not depend on the committed file.
let w: Record<string, number> = {};
const seen: Example[] = [];
let best = { w, right: -1, round: -1 };
for (let round = 0; round <= ROUNDS; round++) {
  useWeights(w);
  const { examples, total, chosenRight } = collect();
  console.log(`round ${round}: ${total} scored quotes, right speaker among options ${examples.length}, chosen right ${chosenRight}`);
  if (round > 0 && chosenRight > best.right) best = { w, right: chosenRight, round };
  if (round === ROUNDS) break;
  seen.push(...examples);
  const next: Record<string, number> = {};
  fit(seen, next, { epochs: EPOCHS, rate: RATE, l2: L2, rand, average: true });
  w = next;
}
w = best.w;
const last = { examples: seen };
console.log(`kept round ${best.round}: chosen right ${best.right}`);
const out = rounded(w);
writeFileSync(
  join(root, 'src/parse/speaker-weights.json'),
  JSON.stringify({ about: `conditional logit, scripts/train/speakers.ts, seed ${SEED}, ${ROUNDS} rounds of ${EPOCHS} epochs (averaged), kept round ${best.round}, on ${last.examples.length} options sets of polnear-train`, weights: out }, null, 2) + '\n',
);
console.log(out);
