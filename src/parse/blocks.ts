/**
 * Blocks: headline, standfirst, paragraphs, captions, embedded posts and their footers, contributor
 * lines. Paragraphs are rebuilt from hard-wrapped lines; every block keeps offsets into the file text.
 */
import type { Block, BlockKind } from '../schema/index.ts';
import { collapse, isSpace } from './text.ts';

interface Line {
  start: number; // first non-space character
  end: number; // after the last non-space character
  blankBefore: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let pos = 0;
  let blank = false;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (a === b) {
      blank = true;
      return;
    }
    lines.push({ start: a, end: b, blankBefore: blank });
    blank = false;
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, text.length);
  return lines;
}

/** "— Jane Doe (@janedoe) November 17, 2024": the footer of an embedded social-media post. */
const POST_FOOTER = /^[—–-]{1,2}\s*([^()\n]{1,80}?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(.{0,60})$/;
const CONTRIBUTORS =
  /^(?:(?:additional|further|with additional|with) reporting(?: by| from)?|reporting by|writing by|editing by|edited by|compiled by|contributing:)\b|\b(?:contributed|also contributed)(?: reporting)?(?: to| for)? (?:this|the) (?:report|story|article|coverage)\.?$/i;
/** A caption ends with a photo credit: "(Name/Agency)", "(… via AP)", "(AP)", "Photo: AAP". */
const CREDIT_PAREN = /\((?:[^()]*(?:\/|\bvia\b)[^()]*|[A-Z][A-Za-z.]{0,7}|(?:photo|picture|image|credit)s?:?[^()]*)\)(?:\s*\([^()]{1,40}\))?$/i;
const CREDIT_LABEL = /(?:^|[.!?”"]\s+)(?:photo(?:graph)?|picture|image|credit|photo credit)s?\s*:\s*[^.!?:]{1,80}$/i;

/** A line introducing a post ("She wrote on X:", "He replied online.") is not part of it. */
const LEAD_IN =
  /:$|\b(?:wrote|posted|tweeted|replied|responded|said|says|writes|added)\b[^.!?]*\b(?:online|on X|on Twitter|on social media|on Telegram|on Facebook|on Instagram|on Threads|on Bluesky|in a post)\b/;
const TERMINAL = /[.!?…:;]["”’'»)\]]*$/;

function endsTerminal(line: string): boolean {
  return TERMINAL.test(line) || CREDIT_PAREN.test(line);
}

function firstWordLength(s: string): number {
  const m = /^\S+/.exec(s);
  return m ? m[0].length : 0;
}

function looksLikeHeadline(s: string): boolean {
  const words = s.split(/\s+/).length;
  return s.length <= 160 && words <= 25 && words >= 2 && !/[.,;:]$/.test(s) && !/^[—–-]/.test(s);
}

export function isCaption(joined: string): boolean {
  return CREDIT_PAREN.test(joined) || CREDIT_LABEL.test(joined);
}

export function isContributors(joined: string): boolean {
  return joined.length <= 300 && CONTRIBUTORS.test(joined);
}

/** Length of a post line as a platform would count it (links count 23). */
function postLength(s: string): number {
  return s.replace(/\bhttps?:\/\/\S+/g, 'x'.repeat(23)).length;
}

interface PostMeta {
  author: string | null;
  handle: string | null;
}

interface RawBlock {
  start: number;
  end: number;
  kind: BlockKind | null;
  meta: PostMeta | null;
}

interface Wrap {
  /** Several lines end mid-sentence and go on in lower case: the text was wrapped at a width. */
  wrapped: boolean;
  /** The wrap width: the 95th percentile of such lines' lengths (robust to a few long lines). */
  width: number;
}

/** Whether, and at what width, the document is hard-wrapped. */
function wrapOf(lines: Line[], str: (l: Line) => string): Wrap {
  const wrapLens: number[] = [];
  for (const [i, line] of lines.entries()) {
    const nextLine = lines[i + 1];
    if (nextLine === undefined) break;
    const s = str(line);
    if (!nextLine.blankBefore && !endsTerminal(s) && /^[a-z]/.test(str(nextLine))) wrapLens.push(s.length);
  }
  // Three such lines: one or two happen in any text (a heading, a list), not a wrapped layout.
  const wrapped = wrapLens.length >= 3;
  wrapLens.sort((a, b) => a - b);
  // In range: 0 <= floor((length - 1) * 0.95) <= length - 1, and length >= 3 when wrapped.
  return { wrapped, width: wrapped ? wrapLens[Math.floor((wrapLens.length - 1) * 0.95)]! : 0 };
}

/** Roles of single lines, decided before joining: post footers and their posts, contributor lines, the headline. */
interface Roles { role: (BlockKind | null)[]; meta: (PostMeta | null)[] }

/**
 * Walk back from a post footer over the post's lines: short (a post is at most 280 characters,
 * 300 in all with line breaks), no quotation marks, no lead-in, not the headline.
 */
function markPost(lines: Line[], str: (l: Line) => string, footerAt: number, footer: PostMeta, r: Roles): void {
  let total = 0;
  for (let j = footerAt - 1; j >= 0 && r.role[j] === null; j--) {
    const lj = lines[j]!; // 0 <= j < footerAt
    const t = str(lj);
    if (/["“”«»]/.test(t) || postLength(t) > 280 || LEAD_IN.test(t)) break;
    total += postLength(t) + 1;
    if (total > 300) break;
    if (j === 0 && looksLikeHeadline(t)) break;
    r.role[j] = 'post';
    r.meta[j] = footer;
    if (lj.blankBefore) break;
  }
}

function lineRoles(lines: Line[], str: (l: Line) => string): Roles {
  const n = lines.length;
  const r: Roles = { role: new Array<BlockKind | null>(n).fill(null), meta: new Array<PostMeta | null>(n).fill(null) };
  for (const [i, line] of lines.entries()) {
    const s = str(line);
    const m = POST_FOOTER.exec(s);
    if (m) {
      r.role[i] = 'post-footer';
      // groups 1 and 2 of POST_FOOTER are not optional
      const footer: PostMeta = { author: m[1]!.trim(), handle: m[2]! };
      r.meta[i] = footer;
      markPost(lines, str, i, footer, r);
    } else if (isContributors(s)) r.role[i] = 'contributors';
  }
  const first = lines[0];
  if (first !== undefined && n > 1 && r.role[0] === null && looksLikeHeadline(str(first)) && !isCaption(str(first))) r.role[0] = 'headline';
  return r;
}

/** Whether line `s` continues the paragraph `block` whose last line so far is `prevLn`. */
function continuesParagraph(text: string, block: RawBlock, prevLn: Line, s: string, { wrapped, width }: Wrap): boolean {
  const prev = text.slice(prevLn.start, prevLn.end);
  const soFar = text.slice(block.start, prevLn.end);
  if (/^[a-z]/.test(s) && !/[.!?]["”’']?$/.test(prev)) return true;
  if (!wrapped) return false;
  if (!TERMINAL.test(prev) && !CREDIT_PAREN.test(soFar)) return true;
  // In width-wrapped text a short line that ends no sentence cannot sit inside a paragraph:
  // it starts one.
  if (s.length < width / 2 && !endsTerminal(s)) return false;
  if (/^[a-z]/.test(s) && !/[!?]["”’']?$/.test(prev)) return true;
  // A full-width line ending a sentence: the next word would not have fitted, so the wrap
  // says nothing about a paragraph break; join.
  return prev.length <= width + 2 && prev.length + 1 + firstWordLength(s) > width;
}

/** Lines joined into raw blocks: paragraph continuation (above), and the lines of one post. */
function joinLines(text: string, lines: Line[], { role, meta }: Roles, wrap: Wrap): RawBlock[] {
  const raw: RawBlock[] = [];
  let cur: RawBlock | null = null;
  let prevLine: Line | undefined;
  for (const [i, l] of lines.entries()) {
    const s = text.slice(l.start, l.end);
    const r = role[i] ?? null;
    const before = prevLine; // the line before `l`; defined whenever `cur` is
    prevLine = l;
    if (cur && before && !l.blankBefore && cur.kind === null && r === null && continuesParagraph(text, cur, before, s, wrap)) {
      cur.end = l.end;
    } else if (cur && r === 'post' && cur.kind === 'post' && !l.blankBefore && cur.meta === meta[i]) {
      cur.end = l.end; // lines of one post form one block
    } else {
      cur = { start: l.start, end: l.end, kind: r, meta: meta[i] ?? null };
      raw.push(cur);
    }
  }
  return raw;
}

/** A raw block as a Block: its kind (a paragraph unless it reads as a caption or a contributor line). */
function toBlock(text: string, b: RawBlock, index: number): Block {
  const t = text.slice(b.start, b.end);
  const joined = collapse(t);
  let kind: BlockKind = b.kind ?? 'paragraph';
  if (b.kind === null) {
    if (isCaption(joined)) kind = 'caption';
    else if (isContributors(joined)) kind = 'contributors';
  }
  return { index, kind, start: b.start, end: b.end, text: t, joined, author: b.meta?.author ?? null, handle: b.meta?.handle ?? null };
}

export function parseBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const str = (l: Line) => text.slice(l.start, l.end);
  const blocks = joinLines(text, lines, lineRoles(lines, str), wrapOf(lines, str)).map((b, i) => toBlock(text, b, i));
  // Standfirst: the one-sentence-ish block (at most 400 characters) between a headline and the lead photo's caption.
  const [b0, b1, b2] = blocks;
  if (b0 && b1 && b2 && b0.kind === 'headline' && b1.kind === 'paragraph' && b2.kind === 'caption' && b1.joined.length <= 400) {
    b1.kind = 'standfirst';
  }
  return blocks;
}
