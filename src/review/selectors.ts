/**
 * Text-quote selectors (after the W3C Web Annotation TextQuoteSelector): a sentence named by its
 * words, not by its index, so a review survives changes in how the parser splits sentences.
 * Any run of white space in the article or the selector matches any other run (articles are
 * hard-wrapped; editors write one line), and typographic quotes and dashes match their ASCII
 * forms. `prefix` and `suffix` only decide between repeated words.
 */

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export type QuoteMatch =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; count: number; at: number[] };

/** A text with white-space runs collapsed to one space, and each character's offset in the original. */
export interface Flat {
  text: string;
  /** offsets[i] = offset in the original of flat character i; offsets[text.length] = original length. */
  offsets: number[];
}

/** Typographic quotes and dashes fold to ASCII one character for one, so offsets still map. */
const foldChar = (c: string) =>
  /[\u2018\u2019\u201b\u2032]/.test(c) ? "'" : /[\u201c\u201d\u201e\u2033]/.test(c) ? '"' : /[\u2013\u2014\u2212]/.test(c) ? '-' : c;

export const squash = (s: string) => [...s.replace(/\s+/g, ' ')].map(foldChar).join('');

export function flatten(original: string): Flat {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (/\s/.test(c)) {
      if (!inSpace) (text += ' '), offsets.push(i);
      inSpace = true;
    } else {
      text += foldChar(c);
      offsets.push(i);
      inSpace = false;
    }
  }
  offsets.push(original.length);
  return { text, offsets };
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Where the selector's words are in the article (original offsets), or why not. */
export function findQuote(flat: Flat, q: TextQuote): QuoteMatch {
  const exact = squash(q.exact).trim();
  if (!exact) return { kind: 'missing' };
  let at = occurrences(flat.text, exact);
  if (at.length === 0) return { kind: 'missing' };
  if (at.length > 1) {
    const prefix = squash(q.prefix).trim();
    const suffix = squash(q.suffix).trim();
    at = at.filter(
      (i) =>
        (!prefix || flat.text.slice(0, i).trimEnd().endsWith(prefix)) &&
        (!suffix || flat.text.slice(i + exact.length).trimStart().startsWith(suffix)),
    );
    if (at.length !== 1) return { kind: 'ambiguous', count: at.length, at: at.map((i) => flat.offsets[i]!) };
  }
  const i = at[0]!;
  // The end is the original offset just after the selection's last character.
  return { kind: 'found', start: flat.offsets[i]!, end: flat.offsets[i + exact.length - 1]! + 1 };
}

/** A selector for original[start, end): its words, and a few whole words either side. */
export function quoteFor(original: string, start: number, end: number, context = 32): TextQuote {
  const before = original.slice(Math.max(0, start - context * 2), start).replace(/\s+/g, ' ').trimEnd();
  const after = original.slice(end, end + context * 2).replace(/\s+/g, ' ').trimStart();
  const cutStart = (s: string) => {
    if (s.length <= context) return s;
    const t = s.slice(s.length - context);
    const sp = t.indexOf(' ');
    return sp === -1 ? t : t.slice(sp + 1);
  };
  const cutEnd = (s: string) => {
    if (s.length <= context) return s;
    const t = s.slice(0, context);
    const sp = t.lastIndexOf(' ');
    return sp === -1 ? t : t.slice(0, sp);
  };
  const verbatim = (s: string) => s.replace(/\s+/g, ' ');
  return { exact: verbatim(original.slice(start, end)).trim(), prefix: verbatim(cutStart(before)), suffix: verbatim(cutEnd(after)) };
}
