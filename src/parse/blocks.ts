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

export function parseBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const str = (l: Line) => text.slice(l.start, l.end);
  const n = lines.length;
  // Hard-wrapped document? Several lines end mid-sentence and go on in lower case.
  const wrapLens: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const s = str(lines[i]);
    const next = str(lines[i + 1]);
    if (!lines[i + 1].blankBefore && !endsTerminal(s) && /^[a-z]/.test(next)) wrapLens.push(s.length);
  }
  const wrapped = wrapLens.length >= 3;
  wrapLens.sort((a, b) => a - b);
  const width = wrapped ? wrapLens[Math.floor((wrapLens.length - 1) * 0.95)] : 0;

  // Roles of single lines decided before joining.
  const role: (BlockKind | null)[] = new Array(n).fill(null);
  const meta: { author: string | null; handle: string | null }[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const s = str(lines[i]);
    const m = POST_FOOTER.exec(s);
    if (m) {
      role[i] = 'post-footer';
      meta[i] = { author: m[1].trim(), handle: m[2] };
      // Walk back over the post's lines: short, no quotation marks, within a post's length.
      let total = 0;
      for (let j = i - 1; j >= 0 && role[j] === null; j--) {
        const t = str(lines[j]);
        if (/["“”«»]/.test(t) || postLength(t) > 280 || LEAD_IN.test(t)) break;
        total += postLength(t) + 1;
        if (total > 300) break;
        if (j === 0 && looksLikeHeadline(t)) break;
        role[j] = 'post';
        meta[j] = meta[i];
        if (lines[j].blankBefore) break;
      }
    } else if (isContributors(s)) role[i] = 'contributors';
  }
  const headline = n > 1 && role[0] === null && looksLikeHeadline(str(lines[0])) && !isCaption(str(lines[0]));
  if (headline) role[0] = 'headline';

  // Join lines into raw blocks.
  const raw: { start: number; end: number; kind: BlockKind | null; meta: { author: string | null; handle: string | null } | null }[] = [];
  let cur: { start: number; end: number; kind: BlockKind | null; meta: any } | null = null;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    const s = str(l);
    const r = role[i];
    const continues =
      cur !== null &&
      !l.blankBefore &&
      cur.kind === null &&
      r === null &&
      (() => {
        const prev = text.slice(lines[i - 1].start, lines[i - 1].end);
        const soFar = text.slice(cur!.start, lines[i - 1].end);
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
      })();
    if (continues && cur) {
      cur.end = l.end;
    } else if (cur && r === 'post' && cur.kind === 'post' && !l.blankBefore && cur.meta === meta[i]) {
      cur.end = l.end; // lines of one post form one block
    } else {
      cur = { start: l.start, end: l.end, kind: r, meta: meta[i] };
      raw.push(cur);
    }
  }

  const blocks: Block[] = [];
  for (const b of raw) {
    const t = text.slice(b.start, b.end);
    const joined = collapse(t);
    let kind: BlockKind = b.kind ?? 'paragraph';
    if (b.kind === null) {
      if (isCaption(joined)) kind = 'caption';
      else if (isContributors(joined)) kind = 'contributors';
    }
    blocks.push({
      index: blocks.length,
      kind,
      start: b.start,
      end: b.end,
      text: t,
      joined,
      author: b.meta?.author ?? null,
      handle: b.meta?.handle ?? null,
    });
  }
  // Standfirst: the one-sentence-ish block between a headline and the lead photo's caption.
  if (blocks.length > 2 && blocks[0].kind === 'headline' && blocks[1].kind === 'paragraph' && blocks[2].kind === 'caption' && blocks[1].joined.length <= 400) {
    blocks[1].kind = 'standfirst';
  }
  return blocks;
}
