/**
 * Which tokens are attribution cues ("said", "according to", "told", "believes", ":" before a
 * quotation). A linear model over each token's word, lemma, part of speech and neighbours,
 * trained on PolNeAR's train split by `scripts/train/attributions.ts` (logistic regression,
 * fixed seed); its weights are `attribution-weights.json`. A learned lexicon generalises where a
 * hand list of reporting verbs cannot: PolNeAR counts "wants", "endorsed", "is expected" as cues
 * only in some contexts, and the context features decide.
 */
import type { Token } from './attributions-tokens.ts';

/**
 * The model: the words it knows as (possible) cues, and the feature weights. Features are hashed
 * into a table of 2^bits slots (FNV-1a) and weights stored as bytes in steps of `scale`: the
 * training script learns on the same hashed slots, so collisions are part of what it fits, and
 * the committed file stays small.
 */
export interface CueModel {
  lexicon: ReadonlySet<string>;
  /** Each lexicon word's prior: how often it is a cue in training, in bands 1–3 (see `band`). */
  prior: ReadonlyMap<string, number>;
  bits: number;
  scale: number;
  table: Int8Array;
}

/** The committed form of a model (attribution-weights.json): the table as base64. */
export interface CueModelFile {
  lexicon: string[];
  /** The prior band of each lexicon word, in the lexicon's order. */
  prior: number[];
  bits: number;
  scale: number;
  table: string;
}

export function loadModel(f: CueModelFile): CueModel {
  // Node's Buffer decodes 350 KB of base64 in a millisecond; atob and a copy loop take most of a second
  const bytes = typeof Buffer === 'function' ? Buffer.from(f.table, 'base64') : Uint8Array.from(atob(f.table), (c) => c.charCodeAt(0));
  const prior = new Map(f.lexicon.map((l, i) => [l, f.prior[i] ?? 0]));
  return { lexicon: new Set(f.lexicon), prior, bits: f.bits, scale: f.scale, table: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** The slot of a feature: 32-bit FNV-1a of its string, masked to the table's size. */
export function slot(f: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) {
    h ^= f.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** Closed-class parts of speech: their words are kept as they are (there are few of them). */
const CLOSED = new Set(['DET', 'ADP', 'PRON', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'PUNCT']);

/** A word as the model sees it: itself when it is a known cue word or closed-class, else its tag. */
function known(lex: ReadonlySet<string>, t: Token | undefined, lemma = false): string {
  if (!t) return '_';
  const w = lemma ? t.lemma : t.lower;
  return lex.has(t.lemma) || CLOSED.has(t.pos) ? w : `*${t.pos}`;
}

/** The parts of speech that can head a cue. */
const HEAD_POS = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN', 'ADV']);

/** A word that can carry a cue on its own (a run of cue words without one is dropped). */
const isHead = (t: Token) => HEAD_POS.has(t.pos) || t.text === ':';

const PUNCT_OPEN = new Set(['“', '"', '«', '„']);
const PUNCT_CLOSE = new Set(['”', '"', '»']);

function shape(t: Token | undefined): string {
  if (!t) return '_';
  if (t.text === ',') return ',';
  if (t.text === ':') return ':';
  if (PUNCT_OPEN.has(t.text) || PUNCT_CLOSE.has(t.text)) return 'Q';
  if (t.pos === 'PUNCT') return '.';
  return t.pos;
}

/** How often a word is (part of) a cue in training, as a band: 1 seldom (under 1 in 5), 2 often (under 1 in 2), 3 mostly. */
export function band(share: number): number {
  return share <= 0 ? 0 : share < 0.2 ? 1 : share < 0.5 ? 2 : 3;
}

/**
 * What the rest of the sentence says about each token, which a window of two words cannot: the
 * strongest candidate cue word before it and after it (prior bands), how far back the one before is,
 * and whether the sentence has a quotation mark, a colon, "according". In PolNeAR a reporting verb
 * after a sure cue ("X said Y wants …") is mostly inside that cue's content, not a relation of its own.
 */
export interface SentenceContext {
  own: Uint8Array;
  before: Uint8Array;
  after: Uint8Array;
  /** Distance to the strongest candidate before: 1–3, 'm' (under 10), 'f' (further, or none). */
  back: string[];
  sent: string;
}

const QUOTE_MARK = /[“”"]/;

export function sentenceContext(prior: ReadonlyMap<string, number>, ts: readonly Token[]): SentenceContext {
  const n = ts.length;
  const own = new Uint8Array(n);
  const before = new Uint8Array(n);
  const after = new Uint8Array(n);
  const back: string[] = [];
  let q = 0;
  let colon = 0;
  let according = 0;
  let best = 0;
  let at = -99;
  for (let i = 0; i < n; i++) {
    const t = ts[i]!;
    own[i] = isHead(t) ? prior.get(t.lemma) ?? 0 : 0;
    before[i] = best;
    const d = i - at;
    back.push(d < 4 ? String(d) : d < 10 ? 'm' : 'f');
    if (own[i]! > 0 && own[i]! >= best) [best, at] = [own[i]!, i];
    if (QUOTE_MARK.test(t.text)) q = 1;
    else if (t.text === ':') colon = 1;
    else if (t.lower === 'according') according = 1;
  }
  best = 0;
  for (let i = n - 1; i >= 0; i--) {
    after[i] = best;
    if (own[i]! > best) best = own[i]!;
  }
  return { own, before, after, back, sent: `${q}${colon}${according}` };
}

/** The features of token `i` (strings; the model's weights are keyed by them). */
export function cueFeatures(lex: ReadonlySet<string>, ts: readonly Token[], i: number, inQuote: readonly boolean[], anyQuote: boolean, ctx: SentenceContext): string[] {
  const t0 = ts[i]!;
  // an unknown word is only its tag: keeps the model small and general
  const t = lex.has(t0.lemma) || CLOSED.has(t0.pos) ? t0 : { ...t0, lower: `*${t0.pos}`, lemma: `*${t0.pos}` };
  const p1 = ts[i - 1];
  const p2 = ts[i - 2];
  const n1 = ts[i + 1];
  const n2 = ts[i + 2];
  const hasQuote = anyQuote ? 'q' : 'n';
  const f = [
    'b',
    `w=${t.lower}`,
    `l=${t.lemma}`,
    `p=${t.pos}`,
    `lp=${t.lemma}|${t.pos}`,
    `w-1=${known(lex, p1)}`,
    `w+1=${known(lex, n1)}`,
    `s-1=${shape(p1)}`,
    `s+1=${shape(n1)}`,
    `s-2=${shape(p2)}|${shape(p1)}`,
    `s+2=${shape(n1)}|${shape(n2)}`,
    `l|s-1=${t.lemma}|${shape(p1)}`,
    `l|s+1=${t.lemma}|${shape(n1)}`,
    `l|q=${t.lemma}|${hasQuote}`,
    `l|in=${t.lemma}|${inQuote[i] ? 1 : 0}`,
    `p|in=${t.pos}|${inQuote[i] ? 1 : 0}`,
    `w|pos0=${t.lower}|${i === 0 ? 0 : i === ts.length - 2 ? 'e' : 'm'}`,
  ];
  if (p1 && n1) f.push(`l|s-1|s+1=${t.lemma}|${shape(p1)}|${shape(n1)}`);
  const at = i < 3 ? String(i) : 'n';
  f.push(`w|at|s-1=${t.lower}|${at}|${shape(p1)}`, `l|l+1=${t.lemma}|${known(lex, n1, true)}`, `l-1|l=${known(lex, p1, true)}|${t.lemma}`);
  const that = ts.slice(i + 1, i + 4).some((x) => x.lower === 'that') ? 1 : 0;
  f.push(`l|that=${t.lemma}|${that}`, `p|that=${t.pos}|${that}|${shape(p1)}`);
  const own = ctx.own[i]!;
  const bb = ctx.before[i]!;
  const ab = ctx.after[i]!;
  f.push(`x:o|b|a=${own}|${bb}|${ab}`, `x:l|b=${t.lemma}|${bb}`, `x:l|a=${t.lemma}|${ab}`, `x:o|b|d=${own}|${bb}|${ctx.back[i]}`);
  f.push(`x:sent=${ctx.sent}`, `x:l|sent=${t.lemma}|${ctx.sent}`);
  return f;
}

export function score(m: CueModel, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += m.table[slot(f, m.bits)]!;
  return s * m.scale;
}

/** FNV-1a continued over `s` from state `h` (the hash of a string is the hash of its pieces in turn). */
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const bar = (h: number) => Math.imul(h ^ 0x7c, 0x01000193); // '|'
const FNV = 0x811c9dc5 | 0;
/** Each feature name's FNV state, hashed once at load (a feature's slot continues from it). */
const F_b = more(FNV, 'b');
const F_w = more(FNV, 'w=');
const F_l = more(FNV, 'l=');
const F_p = more(FNV, 'p=');
const F_lp = more(FNV, 'lp=');
const F_wm1 = more(FNV, 'w-1=');
const F_wp1 = more(FNV, 'w+1=');
const F_sm1 = more(FNV, 's-1=');
const F_sp1 = more(FNV, 's+1=');
const F_sm2 = more(FNV, 's-2=');
const F_sp2 = more(FNV, 's+2=');
const F_lIsm1 = more(FNV, 'l|s-1=');
const F_lIsp1 = more(FNV, 'l|s+1=');
const F_lIq = more(FNV, 'l|q=');
const F_lIin = more(FNV, 'l|in=');
const F_pIin = more(FNV, 'p|in=');
const F_wIpos0 = more(FNV, 'w|pos0=');
const F_lIsm1Isp1 = more(FNV, 'l|s-1|s+1=');
const F_wIatIsm1 = more(FNV, 'w|at|s-1=');
const F_lIlp1 = more(FNV, 'l|l+1=');
const F_lm1Il = more(FNV, 'l-1|l=');
const F_lIthat = more(FNV, 'l|that=');
const F_pIthat = more(FNV, 'p|that=');
const F_xObIa = more(FNV, 'x:o|b|a=');
const F_xlIb = more(FNV, 'x:l|b=');
const F_xlIa = more(FNV, 'x:l|a=');
const F_xObId = more(FNV, 'x:o|b|d=');
const F_xsent = more(FNV, 'x:sent=');
const F_xlIsent = more(FNV, 'x:l|sent=');
const DIGIT = ['0', '1', '2', '3'];
const STAR = new Map<string, string>();
const star = (pos: string) => STAR.get(pos) ?? (STAR.set(pos, `*${pos}`), `*${pos}`);
function knownFast(lex: ReadonlySet<string>, t: Token | undefined, lemma: boolean): string {
  if (!t) return '_';
  return lex.has(t.lemma) || CLOSED.has(t.pos) ? (lemma ? t.lemma : t.lower) : star(t.pos);
}

/**
 * `score(m, cueFeatures(…))` without building the feature strings: each feature's slot is hashed
 * piece by piece from its name's precomputed state, so scoring a token allocates nothing (the cue
 * scorer ran over every candidate token of every article, and its strings were half its time).
 * The slots are the same as `slot(cueFeatures(…)[k])` (a unit test holds them together), so the
 * trained table applies unchanged.
 */
export function scoreToken(m: CueModel, lex: ReadonlySet<string>, ts: readonly Token[], i: number, inQuote: readonly boolean[], anyQuote: boolean, ctx: SentenceContext): number {
  const t0 = ts[i]!;
  const own = lex.has(t0.lemma) || CLOSED.has(t0.pos);
  const lower = own ? t0.lower : star(t0.pos);
  const lemma = own ? t0.lemma : lower;
  const pos = t0.pos;
  const p1 = ts[i - 1];
  const n1 = ts[i + 1];
  const s1 = shape(p1);
  const sn = shape(n1);
  const q = inQuote[i] ? '1' : '0';
  const that = ts[i + 1]?.lower === 'that' || ts[i + 2]?.lower === 'that' || ts[i + 3]?.lower === 'that' ? '1' : '0';
  const mask = (1 << m.bits) - 1;
  const tb = m.table;
  const at = (h: number) => tb[(h >>> 0) & mask]!;
  let s = at(F_b);
  s += at(more(F_w, lower));
  s += at(more(F_l, lemma));
  s += at(more(F_p, pos));
  s += at(more(bar(more(F_lp, lemma)), pos));
  s += at(more(F_wm1, knownFast(lex, p1, false)));
  s += at(more(F_wp1, knownFast(lex, n1, false)));
  s += at(more(F_sm1, s1));
  s += at(more(F_sp1, sn));
  s += at(more(bar(more(F_sm2, shape(ts[i - 2]))), s1));
  s += at(more(bar(more(F_sp2, sn)), shape(ts[i + 2])));
  s += at(more(bar(more(F_lIsm1, lemma)), s1));
  s += at(more(bar(more(F_lIsp1, lemma)), sn));
  s += at(more(bar(more(F_lIq, lemma)), anyQuote ? 'q' : 'n'));
  s += at(more(bar(more(F_lIin, lemma)), q));
  s += at(more(bar(more(F_pIin, pos)), q));
  s += at(more(bar(more(F_wIpos0, lower)), i === 0 ? '0' : i === ts.length - 2 ? 'e' : 'm'));
  if (p1 && n1) s += at(more(bar(more(bar(more(F_lIsm1Isp1, lemma)), s1)), sn));
  s += at(more(bar(more(bar(more(F_wIatIsm1, lower)), i < 3 ? String(i) : 'n')), s1));
  s += at(more(bar(more(F_lIlp1, lemma)), knownFast(lex, n1, true)));
  s += at(more(bar(more(F_lm1Il, knownFast(lex, p1, true))), lemma));
  s += at(more(bar(more(F_lIthat, lemma)), that));
  s += at(more(bar(more(bar(more(F_pIthat, pos)), that)), s1));
  return (s + contextScore(at, lemma, ctx, i)) * m.scale;
}

/** The sentence-context features' part of `scoreToken` (same slots as `cueFeatures`'s `x:` features). */
function contextScore(at: (h: number) => number, lemma: string, ctx: SentenceContext, i: number): number {
  const own = DIGIT[ctx.own[i]!]!;
  const bb = DIGIT[ctx.before[i]!]!;
  const ab = DIGIT[ctx.after[i]!]!;
  let s = at(more(bar(more(bar(more(F_xObIa, own)), bb)), ab));
  s += at(more(bar(more(F_xlIb, lemma)), bb));
  s += at(more(bar(more(F_xlIa, lemma)), ab));
  s += at(more(bar(more(bar(more(F_xObId, own)), bb)), ctx.back[i]!));
  s += at(more(F_xsent, ctx.sent));
  s += at(more(bar(more(F_xlIsent, lemma)), ctx.sent));
  return s;
}

/** Which tokens lie inside double quotation marks (a quotation is not the reporter's cue). */
export function quoteMask(ts: readonly Token[]): boolean[] {
  const mask: boolean[] = [];
  let open = false;
  for (const t of ts) {
    if (t.text === '“' || t.text === '«' || t.text === '„') {
      open = true;
      mask.push(false);
      continue;
    }
    if (t.text === '”' || t.text === '»') {
      open = false;
      mask.push(false);
      continue;
    }
    if (t.text === '"') {
      open = !open;
      mask.push(false);
      continue;
    }
    mask.push(open);
  }
  return mask;
}

/**
 * Cue spans as token ranges [from, to] (inclusive): runs of tokens the model scores above zero,
 * joined across a gap of one or two words with no punctuation ("said in a statement").
 */
export function cueRanges(m: CueModel, ts: readonly Token[]): [number, number][] {
  // the quote stage (is a fragment in a relation's content?) and the attribution stage both ask for
  // a sentence's cues, on the same token array: score it once (callers only read the ranges)
  let byTokens = memo.get(m);
  if (!byTokens) memo.set(m, (byTokens = new WeakMap()));
  let ranges = byTokens.get(ts);
  if (!ranges) byTokens.set(ts, (ranges = findCueRanges(m, ts)));
  return ranges;
}

const memo = new WeakMap<CueModel, WeakMap<readonly Token[], [number, number][]>>();

function findCueRanges(m: CueModel, ts: readonly Token[]): [number, number][] {
  // only the lexicon's words are candidates (words that are often enough part of a cue in the
  // training data): the rest are never cues, and not scoring them keeps extraction fast
  if (!ts.some((t) => isHead(t) && m.lexicon.has(t.lemma))) return [];
  const mask = quoteMask(ts);
  const any = mask.some(Boolean);
  const ctx = sentenceContext(m.prior, ts);
  const on = ts.map((t, i) => isHead(t) && m.lexicon.has(t.lemma) && scoreToken(m, m.lexicon, ts, i, mask, any, ctx) > 0);
  // every cue keeps a head word (below): with no head word on, the function words cannot make one,
  // so they are scored only in sentences that have a cue (a third of the candidates, two in five sentences)
  if (!on.includes(true)) return [];
  ts.forEach((t, i) => {
    if (!isHead(t) && m.lexicon.has(t.lemma)) on[i] = scoreToken(m, m.lexicon, ts, i, mask, any, ctx) > 0;
  });
  const runs: [number, number][] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!on[i]) continue;
    let j = i;
    while (j + 1 < ts.length && on[j + 1]) j++;
    const last = runs[runs.length - 1];
    const gap = last ? ts.slice(last[1] + 1, i) : [];
    if (last && gap.length <= 2 && gap.every((g) => g.pos !== 'PUNCT')) last[1] = j;
    else runs.push([i, j]);
    i = j;
  }
  // a run of function words alone ("about", "to", "would") is the tail of a cue the model half
  // missed, not a cue: it would make a relation of nothing
  return runs.filter(([a, b]) => ts.slice(a, b + 1).some(isHead));
}
