/**
 * Finding quotations in one paragraph: pairs of quotation marks (see quote-marks.ts), minus glosses
 * and scare quotes, each with its kind and the attribution read from the sentence(s) around it.
 * Pure: no state across paragraphs (resolution of pronouns and continuations is quote-resolve.ts).
 */
import type { Block, ExtractedQuote, Sentence } from '../schema/index.ts';
import { quotationRanges, singleQuoteRanges, type MarkRange } from './quote-marks.ts';
import { attribute, type Attribution } from './speakers.ts';
import { flatten, isSpace } from './text.ts';

/** Words that introduce a name or a gloss, not speech: pronounced “zy-lo-fen”, so-called “…”. */
const NON_SPEECH_BEFORE =
  /\b(?:pronounced|spelled|spelt|dubbed|nicknamed|titled|entitled|so-called|called|named|known as|code-?named|labell?ed|branded|hashtag|the word|the term|the phrase)\s*$/i;
const SPEECH_IN_SENTENCE = /\b(?:said|says|told|called|described|noted|wrote|warned)\b/;

export interface Candidate {
  q: ExtractedQuote;
  attr: Attribution | null;
  /** the sentence the quotation starts in, and the one it ends in */
  first: Sentence;
  last: Sentence;
}

interface Window {
  text: string;
  /** article offset of text[0] */
  start: number;
}

/** The sentences a quotation [from, to) of the article overlaps, as one window of text. */
function windowOf(text: string, bs: readonly Sentence[], from: number, to: number): { first: Sentence; last: Sentence; w: Window } | null {
  const first = bs.find((s) => s.end > from) ?? null;
  if (!first) return null;
  let last = first;
  for (const s of bs) if (s.index > last.index && s.start < to) last = s;
  return { first, last, w: { text: text.slice(first.start, last.end), start: first.start } };
}

/** Inner bounds of a quotation (inside the marks, trimmed), in article offsets; null when empty. */
function innerBounds(text: string, blockStart: number, r: MarkRange, single: boolean): { a: number; b: number } | null {
  let a = blockStart + r.start + (single ? 1 : markLength(text, blockStart + r.start));
  let b = blockStart + r.end - (r.closed ? r.closeLength : 0);
  while (b > a && isSpace(text[b - 1])) b--;
  while (a < b && isSpace(text[a])) a++;
  return b > a ? { a, b } : null;
}

function markLength(text: string, at: number): number {
  return text[at] === "'" && text[at + 1] === "'" ? 2 : 1;
}

/** Is the quotation "full" (a sentence of speech) rather than a fragment inside the reporter's words? */
function isFull(pre: string, inner: string, sentencePrefix: string, prevFull: boolean): boolean {
  const atStart = /^[\s(—–-]*$/.test(sentencePrefix);
  const afterColon = /:\s*$/.test(pre);
  const capital = /^[A-Z\u00C0-\u00DE0-9‘'"]/.test(inner);
  return atStart || (capital && /[,:—–-]\s*$/.test(pre)) || (prevFull && /,\s*$/.test(pre)) || afterColon;
}

/** Quotations of one prose paragraph, with their attributions (not yet resolved). */
export function quoteCandidates(text: string, block: Block, bs: readonly Sentence[], doubleMarks: boolean): Candidate[] {
  const flat = flatten(block.text);
  const ranges = doubleMarks ? quotationRanges(flat) : singleQuoteRanges(flat);
  const out: Candidate[] = [];
  for (const [k, r] of ranges.entries()) {
    const inner = innerBounds(text, block.start, r, !doubleMarks);
    if (!inner) continue;
    const open = block.start + r.start;
    const close = block.start + r.end;
    const win = windowOf(text, bs, open, close);
    if (!win) continue;
    const { w } = win;
    const o = open - w.start;
    const c = close - w.start;
    const prevEnd = Math.max(0, block.start + (ranges[k - 1]?.end ?? 0) - w.start);
    const nextStart = Math.min(w.text.length, block.start + (ranges[k + 1]?.start ?? flat.length) - w.start);
    if (NON_SPEECH_BEFORE.test(w.text.slice(0, o))) continue;
    const innerText = text.slice(inner.a, inner.b);
    const attr = attribute(w.text, o, c, prevEnd, nextStart);
    const pre = w.text.slice(prevEnd, o);
    const prev = out.at(-1);
    const full = isFull(pre, innerText, w.text.slice(0, o), prev !== undefined && prev.first.index === win.first.index && prev.q.kind === 'full');
    if (!full && !attr && isScareQuote(innerText, w.text, out, win.first)) continue;
    out.push({
      q: { text: innerText, start: inner.a, end: inner.b, kind: full ? 'full' : 'partial', speaker: null, role: null, anonymous: false, verb: null, context: null, sentence: win.first.index },
      attr,
      first: win.first,
      last: win.last,
    });
  }
  shareSplitAttribution(out);
  return out;
}

/** A short fragment with no attribution anywhere in its sentence is a scare quote, not speech. */
function isScareQuote(inner: string, sentence: string, found: readonly Candidate[], first: Sentence): boolean {
  if (inner.split(/\s+/).length > 3) return false;
  if (found.some((f) => f.attr && f.first.index === first.index)) return false;
  return !SPEECH_IN_SENTENCE.test(sentence);
}

/** “I think,” he said, “we win.”: quotations split by their attribution share it. */
function shareSplitAttribution(found: Candidate[]): void {
  for (const [k, f] of found.entries()) {
    if (f.attr) continue;
    const sameSentence = (o: Candidate | undefined) => (o && o.first.index === f.first.index ? o.attr : null);
    const other = sameSentence(found[k - 1]) ?? sameSentence(found[k + 1]) ?? null;
    if (other) f.attr = other;
  }
}
