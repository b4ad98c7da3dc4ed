/**
 * Sentence segmentation.
 *
 * Choice: wink-nlp (with wink-eng-lite-web-model) proposes boundaries; a few typed rules then
 * correct them. Measured on the five articles and STACK-NOTES point 9: retext-english's
 * parse-english merges sentences after "U.S.", "in.", "Inc.", numbers and lowercase starts;
 * Intl.Segmenter splits after every "Gen.", "Nov."; wink-nlp gets abbreviations, initials,
 * decimals (1.3mn) and money right, and its tokens keep their preceding whitespace, so exact
 * offsets can be rebuilt. Its remaining faults, both fixed here: it splits inside multi-sentence
 * quotations ("“Yes. No,” he said") and misses a boundary before an opening quotation mark
 * ("came in. “We …"). Post-processing: boundaries only inside a block (paragraph breaks always
 * split), never inside a quotation, never before a lowercase word, never after a title or month
 * abbreviation followed by a name or a number, never after an ellipsis continuing in lowercase.
 * Cost is linear in the text (one wink pass per block).
 */
import type { Block, Sentence } from '../schema/index.ts';
import { flatten, isSpace, maskLongTokens, type Span } from './text.ts';
import { quotationRanges } from './quote-marks.ts';
import { docTokens, rememberSentenceTokens, type Token } from './attributions-tokens.ts';
import { wink } from './wink.ts';

/** Abbreviations that are (almost) never sentence-final when a name or number follows. */
export const TITLE_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev fr st mt ft pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol pp fig approx est dept univ ' +
    'vs v cf e.g i.e etc al'
  ).split(' '),
);

/**
 * wink-nlp's sentence starts, as offsets into `s`, and its tagged tokens (offsets shifted by
 * `base`, for the attribution parser: tagging the text again there cost as much as this pass);
 * null when its tokens do not rebuild `s`.
 */
function winkPass(original: string, base: number): { starts: number[]; tokens: Token[] } | null {
  const s = maskLongTokens(original);
  try {
    const nlp = wink();
    const doc = nlp.readDoc(s);
    const offsets: number[] = [];
    const tokens = docTokens(doc, nlp.its, s, base, offsets);
    if (!tokens) return null;
    const starts: number[] = [];
    // each sentence's [first, last] token index, read in one call (walking sentence objects cost as much as the tags)
    for (const span of doc.sentences().out(nlp.its.span) as unknown as [number, number][]) {
      // a token index with no offset would be dropped later anyway (not > 0)
      const start = offsets[span[0]];
      if (start !== undefined) starts.push(start);
    }
    return { starts, tokens };
  } catch {
    return null;
  }
}

export { MAX_TOKEN, maskLongTokens } from './text.ts';

export { quotationRanges } from './quote-marks.ts';

function wordBefore(s: string, pos: number): string {
  let e = pos;
  while (e > 0 && isSpace(s[e - 1])) e--;
  let b = e;
  while (b > 0 && !isSpace(s[b - 1])) b--;
  return s.slice(b, e);
}

/**
 * What `acceptable` needs to know about a block, computed once so that checking one candidate
 * costs O(log n), not a scan back to the block's start (that made long paragraphs quadratic).
 */
interface BlockIndex {
  s: string;
  quotes: Span[];
  opens: number[];
  closes: number[];
}

function indexBlock(s: string, quotes: Span[]): BlockIndex {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') opens.push(i);
    else if (s[i] === ')') closes.push(i);
  }
  return { s, quotes, opens, closes };
}

/** Index of the last element of sorted `a` that is ≤ x, or -1. */
function lastAtMost(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Is `pos` strictly inside a quotation (spans are sorted and disjoint)? */
function inQuotation(quotes: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos <= q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Inside a short parenthesis (photo credits such as "(Jane Doe/U.S. Army/AP)")? */
function inParentheses(ix: BlockIndex, pos: number): boolean {
  const k = lastAtMost(ix.opens, pos);
  if (k < 0) return false;
  const open = ix.opens[k]!;
  const c = lastAtMost(ix.closes, open) + 1; // first ')' after the '('
  const close = ix.closes[c];
  return close !== undefined && close >= pos && close - open < 200;
}

/** Is a boundary at `pos` (start of the next sentence) acceptable? */
function acceptable(ix: BlockIndex, pos: number): boolean {
  const s = ix.s;
  if (inQuotation(ix.quotes, pos) || inParentheses(ix, pos)) return false;
  const next = s[pos];
  if (next === undefined) return false;
  if (/[a-z]/.test(next)) return false;
  // "…?'' said X": a doubled apostrophe is one closing quotation mark, never two sentences
  if ((next === "'" || next === '’') && /['’]\s*$/.test(s.slice(Math.max(0, pos - 2), pos))) return false;
  if (/\d/.test(next) && /\d[.,]$/.test(s.slice(Math.max(0, pos - 2), pos))) return false; // "R23.50": a decimal point, never an end
  const prev = wordBefore(s, pos);
  if (!/[.!?…]["”’'»)\]]*$/.test(prev) && !/^[.!?]$/.test(prev)) return false;
  const bare = prev.replace(/^[("“'‘]+/, '').replace(/\.$/, '').toLowerCase();
  if (prev.endsWith('.') && TITLE_ABBREVIATIONS.has(bare) && /[A-Z0-9]/.test(next)) return false;
  return true;
}

/** Does a post's line break end right before `p` (only whitespace back to a newline)? */
function afterLineBreak(text: string, p: number): boolean {
  for (let i = p - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!isSpace(text[i])) return false;
  }
  return false;
}

/** Rule-proposed boundaries: terminal punctuation, space, then a capital, digit or opening mark. */
function ruleStarts(s: string): number[] {
  const out: number[] = [];
  const re = /[.!?]["”’'»)\]]*[ \t\r\n\u00A0]+(?=[“"«‘'(\[]?[A-Z0-9])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = m.index + m[0].length;
    const prev = wordBefore(s, m.index + 1);
    // Leave initialisms ("U.S.", "J.") and ellipses to wink.
    if (/^(?:[A-Za-z]\.)+$/.test(prev.replace(/^[("“]+/, '')) || /\.\s?\.$/.test(s.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
    out.push(end);
  }
  return out;
}

export function segmentBlock(text: string, block: Block, firstIndex: number): Sentence[] {
  const bs = flatten(block.text);
  // only closed quotations hold sentences together: an unpaired mark must not merge the paragraph
  const ix = indexBlock(bs, quotationRanges(bs).filter((q) => q.closed));
  const cands = new Set<number>();
  const wink = block.kind === 'headline' ? null : winkPass(bs, block.start);
  for (const p of wink?.starts ?? []) cands.add(p);
  if (block.kind !== 'headline') for (const p of ruleStarts(bs)) cands.add(p);
  // Inside a post, every line is its own paragraph.
  if (block.kind === 'post') {
    const re = /\n\s*/g;
    for (let m = re.exec(block.text); m; m = re.exec(block.text)) cands.add(m.index + m[0].length);
  }
  const starts = [...cands]
    .filter((p) => p > 0 && p < bs.length && (block.kind === 'post' && afterLineBreak(block.text, p) ? true : acceptable(ix, p)))
    .sort((a, b) => a - b);
  const out: Sentence[] = [];
  let from = 0;
  for (const p of [...starts, bs.length]) {
    let a = from;
    let b = p;
    while (a < b && isSpace(bs[a])) a++;
    while (b > a && isSpace(bs[b - 1])) b--;
    if (b > a) {
      out.push({
        index: firstIndex + out.length,
        block: block.index,
        start: block.start + a,
        end: block.start + b,
        text: text.slice(block.start + a, block.start + b),
      });
    }
    from = p;
  }
  if (wink) rememberSentenceTokens(out, wink.tokens);
  return out;
}

export function segment(text: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  // one push per sentence: spreading a block's sentences into push() overflows the stack at ~125k
  for (const b of blocks) for (const sentence of segmentBlock(text, b, out.length)) out.push(sentence);
  return out;
}
