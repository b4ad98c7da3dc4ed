/**
 * Tokens with part-of-speech tags and lemmas for the attribution parser (wink-nlp, the same
 * model the sentence splitter uses). Offsets are rebuilt from wink's preceding spaces so every
 * token maps back to the article text exactly; a sentence wink cannot rebuild yields no tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { maskLongTokens } from './sentences.ts';

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp() {
  if (!nlp) nlp = winkNLP(model, ['pos']);
  return nlp;
}

/** Tokens of `s`, offsets shifted by `base` (the sentence's start in the article). */
export function tokenize(original: string, base = 0): Token[] {
  const n = getNlp();
  // wink's tokenizer is quadratic in one token's length: the same guard as the sentence splitter
  // (same length, so offsets hold; a masked run yields no token)
  const s = maskLongTokens(original);
  const doc = n.readDoc(s);
  const its = n.its;
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings do not admit its.lemma for out(), though the model supports it
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let at = 0;
  for (const [i, value] of values.entries()) {
    at += (spaces[i] ?? '').length;
    if (s.slice(at, at + value.length) !== value) {
      // wink normalised something: find the token further on, else give up on this sentence
      const k = s.indexOf(value, at);
      if (k < 0) return [];
      at = k;
    }
    if (pos[i] === 'SPACE') {
      at += value.length; // a line break inside a hard-wrapped sentence is no word
      continue;
    }
    out.push({ text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', start: base + at, end: base + at + value.length });
    at += value.length;
  }
  return out;
}
