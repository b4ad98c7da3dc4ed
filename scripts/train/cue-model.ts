/**
 * Fitting the attribution cue model (src/parse/attributions-model.ts): tokens of a corpus's sentences
 * labelled by its gold cue spans, a lexicon of possible cue words, an averaged perceptron with a fixed
 * seed. Used by scripts/train/attributions.ts (the shipped model) and scripts/train/fragments.ts
 * (models fitted on half the corpus, so the other half's fragments see a cue model as good as it is on
 * news it never saw).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { tokenize, type Token } from '../../src/parse/attributions-tokens.ts';
import { cueFeatures, quoteMask, type CueModel } from '../../src/parse/attributions-model.ts';

export type Weights = Record<string, number>;

/**
 * A lemma is a candidate cue word when it is (part of) a cue at least this many times and in at
 * least this share of its occurrences; other words are never scored (fast, and a small model).
 */
const MIN_CUE_COUNT = 3;
const MIN_CUE_SHARE = 0.05;

export const EPOCHS = 8;
export const SEED = 20161108;

/** Weights smaller than this change no decision in practice and would bloat the committed file. */
const MIN_WEIGHT = 0.3;

interface Example { feats: string[]; y: 1 | -1 }
export interface Sent { ts: Token[]; ys: boolean[]; doc: number }
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

function sentencesOf(text: string, cues: GoldSpan[], doc: number): Sent[] {
  return segment(text, parseBlocks(text)).map((s) => {
    const ts: Token[] = tokenize(s.text, s.start);
    return { ts, ys: ts.map((t) => cues.some((c) => t.start < c.end && c.start < t.end)), doc };
  });
}

/** The corpus's gold files in the order every training script reads them (a document's index is its place here). */
export function goldFiles(dir: string): string[] {
  return readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort();
}

/** Every sentence of the corpus, tokenised (read from `cache` when given and present: tokenising is the slow part). */
export function load(dir: string, cache: string | null): Sent[] {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const out: Sent[] = [];
  for (const [doc, f] of goldFiles(dir).entries()) {
    const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
    const text = readFileSync(join(dir, g.text_file), 'utf8');
    const cues: GoldSpan[] = g.attributions.flatMap((a: any) => (a.cue ? a.cue.spans : []));
    out.push(...sentencesOf(text, cues, doc));
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

export function lexiconOf(sents: Sent[]): Set<string> {
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

export function examples(sents: Sent[], lex: Set<string>): Example[] {
  const ex: Example[] = [];
  for (const { ts, ys } of sents) {
    const mask = quoteMask(ts);
    ts.forEach((t, i) => {
      if (lex.has(t.lemma)) ex.push({ feats: cueFeatures(lex, ts, i, mask), y: ys[i] ? 1 : -1 });
    });
  }
  return ex;
}

export function train(ex: Example[], epochs: number, seed: number): Weights {
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

/** A cue model fitted on `sents` (the shipped one: every sentence of polnear-train). */
export function fitCueModel(sents: Sent[], epochs = EPOCHS, seed = SEED): { model: CueModel; lexicon: Set<string>; weights: Weights } {
  const lexicon = lexiconOf(sents);
  const weights = train(examples(sents, lexicon), epochs, seed);
  return { model: { lexicon, weights: new Map(Object.entries(weights)) }, lexicon, weights };
}
