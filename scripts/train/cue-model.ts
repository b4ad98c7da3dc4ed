/**
 * Fitting the attribution cue model (src/parse/attributions-model.ts): tokens of a corpus's sentences
 * labelled by its gold cue spans, a lexicon of possible cue words, a logistic regression with a fixed
 * seed. Used by scripts/train/attributions.ts (the shipped model) and scripts/train/fragments.ts
 * (models fitted on half the corpus, so the other half's fragments see a cue model as good as it is on
 * news it never saw).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { tokenize, type Token } from '../../src/parse/attributions-tokens.ts';
import { band, cueFeatures, quoteMask, sentenceContext, slot, type CueModel } from '../../src/parse/attributions-model.ts';

/**
 * A lemma is a candidate cue word when it is (part of) a cue at least this many times and in at
 * least this share of its occurrences; other words are never scored (fast, and a small model).
 */
const MIN_CUE_COUNT = 3;
const MIN_CUE_SHARE = 0.05;

export const EPOCHS = 5;
export const SEED = 20161108;
/** AdaGrad's step and the L2 pull per update (tried on 5-fold CV of polnear-train: 10 epochs or 10x L2 are no better). */
const RATE = 0.1;
const L2 = 1.5e-4;

/**
 * Features are hashed into 2^BITS slots: fewer (2^16, 2^17) lose 0.4 points of cue F1 on polnear-dev
 * to collisions; the table is 256 KB as bytes, a third more as base64. The weights are stored as
 * bytes in steps of the largest weight / 127.
 */
export const BITS = 18;

interface Example { feats: Int32Array; y: 1 | -1 }
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

/** Per lemma: how often it is (part of) a cue, and how often it occurs. */
function cueCounts(sents: Sent[]): { n: Map<string, number>; all: Map<string, number> } {
  const n = new Map<string, number>();
  const all = new Map<string, number>();
  for (const s of sents) {
    s.ts.forEach((t, i) => {
      all.set(t.lemma, (all.get(t.lemma) ?? 0) + 1);
      if (s.ys[i]) n.set(t.lemma, (n.get(t.lemma) ?? 0) + 1);
    });
  }
  return { n, all };
}

/** How often each lemma is (part of) a cue, of its occurrences. */
function shares(sents: Sent[]): Map<string, number> {
  const { n, all } = cueCounts(sents);
  return new Map([...n].map(([l, c]) => [l, c / all.get(l)!]));
}

/** The prior band of each lexicon word (the model's `prior`). */
export function priorOf(sents: Sent[], lex: Set<string>): Map<string, number> {
  const share = shares(sents);
  return new Map([...lex].map((l) => [l, band(share.get(l) ?? 0)]));
}

export function lexiconOf(sents: Sent[]): Set<string> {
  const { n, all } = cueCounts(sents);
  return new Set([...n].filter(([l, c]) => c >= MIN_CUE_COUNT && c / all.get(l)! >= MIN_CUE_SHARE).map(([l]) => l));
}

export function examples(sents: Sent[], lex: Set<string>, prior: Map<string, number>): Example[] {
  const ex: Example[] = [];
  for (const { ts, ys } of sents) {
    const mask = quoteMask(ts);
    const any = mask.some(Boolean);
    const ctx = sentenceContext(prior, ts);
    ts.forEach((t, i) => {
      if (lex.has(t.lemma)) ex.push({ feats: Int32Array.from(cueFeatures(lex, ts, i, mask, any, ctx), (f) => slot(f, BITS)), y: ys[i] ? 1 : -1 });
    });
  }
  return ex;
}

/**
 * Logistic regression over hashed slots (AdaGrad steps, L2), quantised to bytes. It replaced an
 * averaged perceptron: on 5-fold CV of polnear-train 0.5 points of cue F1 better, with the same features.
 */
export function train(ex: Example[], epochs: number, seed: number): { table: Int8Array; scale: number } {
  const n = 1 << BITS;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-6);
  const rnd = mulberry32(seed);
  const order = ex.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const k of order) {
      const { feats, y } = ex[k]!;
      let s = 0;
      for (const f of feats) s += w[f]!;
      const p = 1 / (1 + Math.exp(-y * s));
      loss -= Math.log(Math.max(p, 1e-12));
      const g = -y * (1 - p);
      for (const f of feats) {
        const gf = g + L2 * w[f]!;
        g2[f]! += gf * gf;
        w[f]! -= (RATE * gf) / Math.sqrt(g2[f]!);
      }
    }
    process.stderr.write(`epoch ${e + 1}: log loss ${(loss / ex.length).toFixed(4)}\n`);
  }
  const scale = w.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 127 || 1;
  return { table: Int8Array.from(w, (v) => Math.round(v / scale)), scale };
}

/** A cue model fitted on `sents` (the shipped one: every sentence of polnear-train). */
export function fitCueModel(sents: Sent[], epochs = EPOCHS, seed = SEED): { model: CueModel; lexicon: Set<string> } {
  const lexicon = lexiconOf(sents);
  const prior = priorOf(sents, lexicon);
  const { table, scale } = train(examples(sents, lexicon, prior), epochs, seed);
  return { model: { lexicon, prior, bits: BITS, scale, table }, lexicon };
}
