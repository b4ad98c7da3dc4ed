/**
 * Tokens with part-of-speech tags and lemmas for the attribution parser (wink-nlp, the same
 * model the sentence splitter uses). Offsets are rebuilt from wink's preceding spaces so every
 * token maps back to the article text exactly; a sentence wink cannot rebuild yields no tokens.
 *
 * The sentence splitter already runs wink (with tags) over each paragraph: it hands each sentence's
 * tokens over (`rememberSentenceTokens`), and `sentenceTokens` reads them back, so extraction tags
 * the text once instead of once more per stage (tagging was most of the attribution stage's time).
 * A sentence the splitter did not tag (a headline, one built by hand) is tagged on its own.
 */
import type { Sentence } from '../schema/index.ts';
import { maskLongTokens } from './text.ts';
import { wink, type Nlp } from './wink.ts';

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

type Doc = ReturnType<Nlp['readDoc']>;

/**
 * The tokens of a wink document read from `s` (masked as the reader saw it), offsets shifted by
 * `base`; null when wink's tokens cannot be found in `s` in order. With `at`, every wink token's
 * offset in `s` (by wink's index, spaces included) is written there, and any token not exactly
 * where its preceding spaces put it gives null (the sentence splitter trusts only an exact rebuild).
 */
export function docTokens(doc: Doc, its: Nlp['its'], s: string, base: number, at?: number[]): Token[] | null {
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings do not admit its.lemma for out(), though the model supports it
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let p = 0;
  for (const [i, value] of values.entries()) {
    const space = spaces[i];
    if (space === undefined && at) return null; // wink gave fewer spacings than tokens
    p += (space ?? '').length;
    if (!s.startsWith(value, p)) {
      // wink normalised something: find the token further on, else give up
      const k = at ? -1 : s.indexOf(value, p);
      if (k < 0) return null;
      p = k;
    }
    at?.push(p);
    if (pos[i] === 'SPACE') {
      p += value.length; // a line break inside a hard-wrapped sentence is no word
      continue;
    }
    out.push({ text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', start: base + p, end: base + p + value.length });
    p += value.length;
  }
  return out;
}

/** Tokens of `s` tagged on its own, offsets shifted by `base` (the sentence's start in the article). */
export function tokenize(original: string, base = 0): Token[] {
  const n = wink();
  // wink's tokenizer is quadratic in one token's length: the same guard as the sentence splitter
  // (same length, so offsets hold; a masked run yields no token)
  const s = maskLongTokens(original);
  return docTokens(n.readDoc(s), n.its, s, base) ?? [];
}

/** Tokens the sentence splitter tagged, by the sentence object it returned (gone with the object). */
const remembered = new WeakMap<Sentence, Token[]>();

/**
 * Hands each sentence its tokens from a tagged paragraph (`tokens` in text order, article offsets).
 * A sentence a token straddles keeps none: it is tagged on its own when asked for.
 */
export function rememberSentenceTokens(sentences: readonly Sentence[], tokens: readonly Token[]): void {
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.end <= s.start) k++;
    if (k < tokens.length && tokens[k]!.start < s.start) continue; // straddles the start
    const own: Token[] = [];
    while (k < tokens.length && tokens[k]!.end <= s.end) own.push(tokens[k++]!);
    if (k < tokens.length && tokens[k]!.start < s.end) continue; // straddles the end (and the next start)
    remembered.set(s, own);
  }
}

/**
 * Lets the tokens of these sentences go (the attribution stage, the last to read them, calls it:
 * an extraction keeps its sentences, and their tokens would take as much memory again).
 */
export function forgetSentenceTokens(sentences: readonly Sentence[]): void {
  for (const s of sentences) remembered.delete(s);
}

/** The tokens of a sentence: the splitter's when it tagged it, else tagged now. Read-only. */
export function sentenceTokens(s: Sentence): Token[] {
  return remembered.get(s) ?? tokenize(s.text, s.start);
}
