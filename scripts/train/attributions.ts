/**
 * Trains the attribution cue model (src/parse/attribution-weights.json) on PolNeAR's train split.
 *   node scripts/train/attributions.ts [corpus-dir] [--epochs N] [--cache tokens.json]
 * corpus-dir defaults to ../shared/corpora/polnear-train (see that folder's README). Averaged
 * perceptron, fixed seed, so the same corpus gives the same weights. Tokens come from the
 * project's own block, sentence and token stages, exactly as at extraction time.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { tokenize, type Token } from '../../src/parse/attributions-tokens.ts';
import { cueFeatures, quoteMask } from '../../src/parse/attributions-model.ts';

type Weights = Record<string, number>;

/**
 * A lemma is a candidate cue word when it is (part of) a cue at least this many times and in at
 * least this share of its occurrences; other words are never scored (fast, and a small model).
 */
const MIN_CUE_COUNT = 3;
const MIN_CUE_SHARE = 0.05;

/** Weights smaller than this change no decision in practice and would bloat the committed file. */
const MIN_WEIGHT = 0.3;

interface Example { feats: string[]; y: 1 | -1 }
interface Sent { ts: Token[]; ys: boolean[] }
interface GoldSpan { start: number; end: number }

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string, cues: GoldSpan[]): Sent[] {
  return segment(text, parseBlocks(text)).map((s) => {
    const ts: Token[] = tokenize(s.text, s.start);
    return { ts, ys: ts.map((t) => cues.some((c) => t.start < c.end && c.start < t.end)) };
  });
}

/** Every sentence of the corpus, tokenised (read from `cache` when given and present: tokenising is the slow part). */
function load(dir: string, cache: string | null): Sent[] {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const out: Sent[] = [];
  for (const f of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
    const text = readFileSync(join(dir, g.text_file), 'utf8');
    const cues: GoldSpan[] = g.attributions.flatMap((a: any) => (a.cue ? a.cue.spans : []));
    out.push(...sentencesOf(text, cues));
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

function lexiconOf(sents: Sent[]): Set<string> {
  const n = new Map<string, number>();
  const all = new Map<string, number>();
  for (const s of sents) {
    s.ts.forEach((t, i) => {
      all.set(t.lemma, (all.get(t.lemma) ?? 0) + 1);
      if (s.ys[i]) n.set(t.lemma, (n.get(t.lemma) ?? 0) + 1);
    });
  }
  return new Set([...n].filter(([l, c]) => c >= MIN_CUE_COUNT && c / all.get(l)! >= MIN_CUE_SHARE).map(([l]) => l));
}

function examples(sents: Sent[], lex: Set<string>): Example[] {
  const ex: Example[] = [];
  for (const { ts, ys } of sents) {
    const mask = quoteMask(ts);
    ts.forEach((t, i) => {
      if (lex.has(t.lemma)) ex.push({ feats: cueFeatures(lex, ts, i, mask), y: ys[i] ? 1 : -1 });
    });
  }
  return ex;
}

function train(ex: Example[], epochs: number, seed: number): Weights {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // for averaging: sum of weight over steps, lazily
  const stamp = new Map<string, number>();
  let step = 0;
  const rnd = mulberry32(seed);
  const order = ex.map((_, i) => i);
  const bump = (f: string, d: number) => {
    const last = stamp.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (step - last));
    stamp.set(f, step);
    w.set(f, (w.get(f) ?? 0) + d);
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const { feats, y } = ex[k]!;
      step++;
      let s = 0;
      for (const f of feats) s += w.get(f) ?? 0;
      // positives are rare: a margin on them trades a little precision for recall
      if (y * s <= (y > 0 ? 0.5 : 0)) {
        errors++;
        for (const f of feats) bump(f, y);
      }
    }
    process.stderr.write(`epoch ${e + 1}: ${errors} updates\n`);
  }
  const out: Weights = {};
  for (const [f, v] of w) {
    const avg = ((total.get(f) ?? 0) + v * (step - (stamp.get(f) ?? 0))) / step;
    if (Math.abs(avg) >= MIN_WEIGHT) out[f] = Math.round(avg * 100) / 100;
  }
  return out;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const ei = args.indexOf('--epochs');
const epochs = ei >= 0 ? Number(args[ei + 1]) : 8;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--epochs' && args[i - 1] !== '--cache') ?? '../shared/corpora/polnear-train');
if (!existsSync(join(dir, 'gold'))) {
  process.stderr.write(`train: ${dir}/gold not found. Pass the PolNeAR train folder (see ../shared/corpora/README.md).\n`);
  process.exit(2);
}
const ci = args.indexOf('--cache');
const sents = load(dir, ci >= 0 ? args[ci + 1]! : null);
const lexicon = lexiconOf(sents);
const ex = examples(sents, lexicon);
process.stderr.write(`${ex.length} tokens, ${ex.filter((e) => e.y > 0).length} in cues\n`);
const weights = train(ex, epochs, 20161108);
const keys = Object.keys(weights).sort();
const sorted: Weights = {};
for (const k of keys) sorted[k] = weights[k]!;
writeFileSync(new URL('../../src/parse/attribution-weights.json', import.meta.url), JSON.stringify({ lexicon: [...lexicon].sort(), weights: sorted }) + '\n');
process.stderr.write(`${keys.length} weights written\n`);
