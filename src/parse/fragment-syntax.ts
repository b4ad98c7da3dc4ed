/**
 * Where a quoted fragment sits in its sentence, read from the wink-nlp tags the sentence splitter
 * already computed (no second tagging): the verb before it, the tags of its words and of the word
 * after it. Speech fragments sit in a predicate, after the verb that reports them ("called it a
 * “disaster”"); titles and terms often sit in the subject or an opening phrase with no verb before
 * them (“On “Evening Table,” …”, "The “harbour tax” reference …") or name a thing ("a “bookbar” that …").
 */
import type { Token } from './attributions-tokens.ts';

export interface FragmentSyntax {
  /** the nearest verb before the opening mark in the fragment's sentence(s), lower case; null when none */
  verbBefore: string | null;
  /** part-of-speech tags of the fragment's words (punctuation and quotation marks left out) */
  innerTags: string[];
  /** the tag of the first word after the closing mark; null at the end of the sentence */
  nextTag: string | null;
}

export const NO_SYNTAX: FragmentSyntax = { verbBefore: null, innerTags: [], nextTag: null };

/** `tokens`: the fragment's sentence(s) in text order; [open, close): the fragment with its marks (article offsets). */
export function fragmentSyntax(tokens: readonly Token[], open: number, close: number): FragmentSyntax {
  let verbBefore: string | null = null;
  const innerTags: string[] = [];
  let nextTag: string | null = null;
  for (const t of tokens) {
    if (t.end <= open) {
      if (t.pos === 'VERB') verbBefore = t.lower;
    } else if (t.start >= close) {
      nextTag ??= t.pos;
    } else if (t.start >= open && t.pos !== 'PUNCT') {
      innerTags.push(t.pos);
    }
  }
  return { verbBefore, innerTags, nextTag };
}
