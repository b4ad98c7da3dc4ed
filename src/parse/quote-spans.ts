/**
 * Finding quotations in one paragraph: pairs of quotation marks (see quote-marks.ts), minus glosses
 * and scare quotes, each with its kind and the attribution read from the sentence(s) around it.
 * Pure: no state across paragraphs (resolution of pronouns and continuations is quote-resolve.ts).
 */
import type { Block, ExtractedQuote, Sentence } from '../schema/index.ts';
import { quotationRanges, singleQuoteRanges, type MarkRange } from './quote-marks.ts';
import { attribute, interpretPhrase, SPEECH_VERBS, type Attribution } from './speakers.ts';
import { BYLINE_AFTER, baseFeatures, coverFeatures, fragmentFeatures, isSpeechFragment, isTitleCase, type FragmentContext } from './fragments.ts';
import { cueCover, type RelationCache } from './fragment-cues.ts';
import { fragmentSyntax } from './fragment-syntax.ts';
import { sentenceTokens } from './attributions-tokens.ts';
import type { CueModel } from './attributions-model.ts';
import { flatten, isSpace } from './text.ts';

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

const DASH_BYLINE = /^\s*[—–―]\s*[A-Z\u00C0-\u00DE][\p{L}’'.\-]*(?:\s+[A-Z\u00C0-\u00DE][\p{L}’'.\-]*){0,3}\s*$/u;

/** Is the quotation "full" (a sentence of speech) rather than a fragment inside the reporter's words? */
function isFull(pre: string, inner: string, sentencePrefix: string, prevFull: boolean): boolean {
  // a dash byline of the quotation before opens the sentence ("“…” ― Jane Doe “…”"): this one starts it all the same
  const atStart = /^[\s(—–-]*$/.test(sentencePrefix) || DASH_BYLINE.test(sentencePrefix);
  const afterColon = /:\s*$/.test(pre);
  const capital = /^[A-Z\u00C0-\u00DE0-9‘'"]/.test(inner);
  return atStart || (capital && /[,:—–-]\s*$/.test(pre)) || (prevFull && /,\s*$/.test(pre)) || afterColon;
}

interface Found extends Candidate {
  window: { text: string; start: number };
  open: number;
  close: number;
}

/** "“Is that all?” Doe said.": a quotation ending in ? or ! closes its sentence, and its attribution is the
 *  short sentence after it. Only when that sentence opens with the attribution (a name or pronoun and a
 *  speech verb, or the verb first) and the next quotation, if any, starts after it. */
function attributionInNext(text: string, bs: readonly Sentence[], last: Sentence, endsSentence: boolean, nextQuote: number | null): Attribution | null {
  if (!endsSentence) return null;
  const next = bs.find((s) => s.index === last.index + 1);
  if (!next) return null;
  const t = text.slice(last.start, next.end);
  const close = next.start - last.start;
  const limit = nextQuote === null ? t.length : Math.min(t.length, nextQuote - last.start);
  const head = text.slice(next.start, next.start + 80);
  const turn = EXCHANGE_SENTENCE.exec(head);
  if (turn) return { ...interpretPhrase(turn[1]!), verb: turn[2]!, context: null }; // both groups are not optional
  if (!ATTRIBUTION_SENTENCE.test(head)) return null;
  return attribute(t, 0, close, 0, Math.max(close, limit));
}

/** The verbs of an exchange that follow a quoted question or exclamation ("“Is that all?” Doe pressed.", "Doe went on,
 *  …"): speech here, though not speech verbs elsewhere ("pressed the button"). */
const EXCHANGE_VERBS = 'pressed|repeated|questioned|persisted|interrupted|demanded|went on|cut in|chimed in|shot back|fired back|pushed back|followed up|reacted|assured|objected|protested|snapped|teased|agreed|offered';
const EXCHANGE_SENTENCE = new RegExp(`^((?:[A-Z\\u00C0-\\u00DE][\\p{L}’'.\\-]*\\s+){0,3}[A-Z\\u00C0-\\u00DE][\\p{L}’'\\-]*|[Tt]he\\s+[a-z]+)\\s+(${EXCHANGE_VERBS})\\b`, 'u');

/** A sentence that is only an attribution: "Jane Doe said.", "said the mayor.", "Doe asked rhetorically, …". */
const ATTRIBUTION_SENTENCE = new RegExp(`^(?:(?:[A-Z\\u00C0-\\u00DE][\\p{L}’'.\\-]*\\s+){1,4}|(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\\s+[a-z]+)\\s+|)(?:${SPEECH_VERBS.join('|')})\\b`, 'u');

/** Pass 1a: every pair of marks with its window, attribution and kind. */
function markedQuotations(text: string, block: Block, bs: readonly Sentence[], doubleMarks: boolean): Found[] {
  const flat = flatten(block.text);
  const ranges = doubleMarks ? quotationRanges(flat) : singleQuoteRanges(flat);
  const out: Found[] = [];
  for (const [k, r] of ranges.entries()) {
    const inner = innerBounds(text, block.start, r, !doubleMarks);
    const win = inner ? windowOf(text, bs, block.start + r.start, block.start + r.end) : null;
    if (!inner || !win) continue;
    const { w } = win;
    const o = block.start + r.start - w.start;
    const c = block.start + r.end - w.start;
    const prevEnd = Math.max(0, block.start + (ranges[k - 1]?.end ?? 0) - w.start);
    const nextStart = Math.min(w.text.length, block.start + (ranges[k + 1]?.start ?? flat.length) - w.start);
    const innerText = text.slice(inner.a, inner.b);
    const attr = attribute(w.text, o, c, prevEnd, nextStart) ?? attributionInNext(text, bs, win.last, c === w.text.length, ranges[k + 1] === undefined ? null : block.start + ranges[k + 1]!.start);
    const prev = out.at(-1);
    const full = isFull(w.text.slice(prevEnd, o), innerText, w.text.slice(0, o), prev !== undefined && prev.first.index === win.first.index && prev.q.kind === 'full');
    out.push({
      q: { text: innerText, start: inner.a, end: inner.b, kind: full ? 'full' : 'partial', speaker: null, role: null, anonymous: false, verb: null, context: null, sentence: win.first.index },
      attr, first: win.first, last: win.last, window: w, open: o, close: c,
    });
  }
  return out;
}

/** The window's text with every quotation in it blanked (same length). */
function outsideQuotes(f: Found, all: readonly Found[]): string {
  let t = f.window.text;
  for (const g of all) {
    const a = Math.max(0, g.window.start + g.open - f.window.start);
    const b = Math.min(t.length, g.window.start + g.close - f.window.start);
    if (b > a) t = t.slice(0, a) + ' '.repeat(b - a) + t.slice(b);
  }
  return t;
}

/** Does the article put the same words in quotation marks somewhere else? Terms and titles recur. */
function quotedElsewhere(text: string, q: { text: string; start: number }): boolean {
  const core = q.text.replace(/[,.;:!?…]+$/u, '');
  if (core.length === 0) return false;
  for (let i = text.indexOf(core); i >= 0; i = text.indexOf(core, i + 1)) {
    if (i !== q.start && /["“”«»„]/.test(text[i - 1] ?? '')) return true;
  }
  return false;
}

export type FragmentTrace = (q: ExtractedQuote, features: Record<string, number>, ctx: FragmentContext) => void;

/** What fragments.ts looks at for one partial quotation, but for whether the attribution parser covers it. */
function fragmentContext(text: string, f: Found, all: readonly Found[], block: Block, bs: readonly Sentence[]): FragmentContext {
  const same = all.filter((g) => g.first.index === f.first.index);
  const tokens = bs.filter((s) => s.index >= f.first.index && s.index <= f.last.index).flatMap((s) => sentenceTokens(s));
  return {
    ...fragmentSyntax(tokens, f.window.start + f.open, f.window.start + f.close),
    inner: f.q.text,
    outside: outsideQuotes(f, same),
    before: f.window.text.slice(0, f.open),
    after: f.window.text.slice(f.close),
    attributed: f.attr !== null,
    attributedNeighbour: same.some((g) => g !== f && g.attr !== null),
    headline: block.kind === 'headline',
    full: f.q.kind === 'full',
    quotesInSentence: same.length,
    quotedElsewhere: quotedElsewhere(text, f.q),
    inContent: false,
    sourcedContent: false,
    cueBefore: false,
  };
}

/** The five things the attribution parser can say of a fragment (a source or a cue before it implies content). */
const COVERS = [
  { inContent: false, sourcedContent: false, cueBefore: false },
  { inContent: true, sourcedContent: false, cueBefore: false },
  { inContent: true, sourcedContent: false, cueBefore: true },
  { inContent: true, sourcedContent: true, cueBefore: false },
  { inContent: true, sourcedContent: true, cueBefore: true },
] as const;

/** Is the fragment somebody's words? The attribution parser (wink-nlp tokens and the cue model: most of
 *  the quotes stage's time) is consulted only when its answer could change the verdict; training
 *  (a trace) always consults it, so every feature is real. */
function isSpeech(text: string, f: Found, all: readonly Found[], block: Block, bs: readonly Sentence[], cache: RelationCache, trace: FragmentTrace | undefined): boolean {
  const base = fragmentContext(text, f, all, block, bs);
  if (!trace) {
    const features = baseFeatures(base);
    const verdicts = COVERS.map((c) => isSpeechFragment({ ...features, ...coverFeatures({ ...c, nextTag: base.nextTag }, features) }, base.before));
    if (verdicts.every((v) => v === verdicts[0])) return verdicts[0]!;
  }
  const cover = cueCover(text, bs, f.q.start, f.q.end, cache);
  const ctx = { ...base, inContent: cover.inContent, sourcedContent: cover.sourced, cueBefore: cover.cueBefore };
  const features = fragmentFeatures(ctx);
  trace?.(f.q, features, ctx);
  return isSpeechFragment(features, ctx.before);
}

/** A "full" quotation of a few words may be a title or a term at the head of its sentence (“Night
 *  Shift” star …, "Austerity" has been …), and so may a longer one in Title Case or cited with its
 *  byline (“Storm Closes the Harbour,” by the Courier's Ann Ward): they go through the fragment model too. */
const SHORT_FULL_WORDS = 3;
const TITLE_FULL_WORDS = 8;
function looksLikeTitle(f: Found): boolean {
  const words = f.q.text.split(/\s+/);
  if (words.length <= SHORT_FULL_WORDS) return true;
  if (BYLINE_AFTER.test(f.window.text.slice(f.close))) return true;
  return words.length <= TITLE_FULL_WORDS && isTitleCase(f.q.text);
}

/** Quotations of one prose paragraph, with their attributions (not yet resolved). Pass 1b drops
 *  partial quotations that fragments.ts judges are not somebody's words. */
export function quoteCandidates(text: string, block: Block, bs: readonly Sentence[], doubleMarks: boolean, options: { fragments?: FragmentTrace; cueModel?: CueModel } = {}): Candidate[] {
  const all = markedQuotations(text, block, bs, doubleMarks);
  const out: Candidate[] = [];
  const trace = options.fragments;
  const cache: RelationCache = { model: options.cueModel, bySentence: new Map() };
  for (const f of all) {
    if ((f.q.kind !== 'full' || looksLikeTitle(f)) && !isSpeech(text, f, all, block, bs, cache, trace)) continue;
    out.push({ q: f.q, attr: f.attr, first: f.first, last: f.last });
  }
  shareSplitAttribution(out);
  return out;
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
