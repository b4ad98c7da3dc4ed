/** Small shared helpers over plain strings. Everything works on UTF-16 indices. */

/** Whitespace, including the BOM (U+FEFF), which is never part of a block. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /[\s\uFEFF\u00A0\u200B]/.test(ch);
}

export interface Span {
  start: number;
  end: number;
}

/** Trim whitespace off both ends of [start, end) of `text`; returns null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Collapse whitespace runs (including hard wraps) into one space. */
export function collapse(s: string): string {
  return s.replace(/[\s\uFEFF\u00A0]+/g, ' ').trim();
}

/** Replace line breaks by spaces without changing the length (offsets stay valid). */
export function flatten(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]/g, ' ');
}

export const OPEN_DOUBLE = '“«„';
export const CLOSE_DOUBLE = '”»';

/** URLs (http…, www.…, t.co/…) as spans: never figures, never sentence ends. */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\b(?:https?:\/\/|www\.)[^\s"“”<>]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?)\]’'”]/.test(text.charAt(end - 1))) end--;
    out.push({ start: m.index, end });
  }
  return out;
}

export function inSpans(spans: readonly Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}

/** Longest run of non-space characters handed to wink-nlp (a long URL is ~200). */
export const MAX_TOKEN = 256;

/**
 * wink-nlp's tokenizer is quadratic in the length of one token (a 300 KB base64 run never
 * finishes). Longer runs are replaced by spaces of the same length before it sees the text, so
 * its offsets still index the original; such a run holds no sentence boundary anyway.
 */
export function maskLongTokens(s: string): string {
  return hasLongRun(s) ? s.replace(LONG_RUN, (m) => ' '.repeat(m.length)) : s;
}
const LONG_RUN = new RegExp(`[^\\s]{${MAX_TOKEN + 1},}`, 'g');

/** Whether `s` has a run of more than MAX_TOKEN non-space characters: one pass (the regex retried every start). */
function hasLongRun(s: string): boolean {
  if (s.length <= MAX_TOKEN) return false;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // printable ASCII is never a space; anything else asks the regex (the same \s as LONG_RUN)
    if ((c <= 32 || c >= 127) && /\s/.test(s[i]!)) run = 0;
    else if (++run > MAX_TOKEN) return true;
  }
  return false;
}

/** Words a Title Case headline leaves in lower case. */
const HEADLINE_SMALL = new Set('a an the and or but nor for of on in at to by up as vs from with into over via per off out is'.split(' '));

/** A Title Case headline or subhead ("Mayor Blasts Council Over Budget"): every word capitalised but the small
 *  ones. Its capitalised runs are not names ("Doe Blasts Roe" is no person), so it gives no person mentions. */
export function isTitleCase(sentence: string): boolean {
  // word by word, so that ordinary prose stops at its first lower-case word (this runs on every sentence)
  const word = /[\p{L}][\p{L}’'\-]*/gu;
  let caps = 0;
  for (let m = word.exec(sentence); m; m = word.exec(sentence)) {
    if (/^\p{Lu}/u.test(m[0])) caps++;
    else if (!HEADLINE_SMALL.has(m[0])) return false;
  }
  return caps >= 4;
}
