/**
 * Pairing quotation marks inside one paragraph. A mark's direction is read from its neighbours, not
 * only from its shape: news text mixes conventions (“…”, "…", „…“ German, »…« German, «…» French,
  a curly “ typed where ” was meant). A mark with a word on its
 * left and a space or punctuation on its right closes; one with a space on its left and a word on its
 * right opens; otherwise its shape and the pairing state decide. One pass, linear in the text.
 */
export interface MarkRange {
  /** index of the opening mark */
  start: number;
  /** index after the closing mark, or the end of the text when the quotation is left open */
  end: number;
  closed: boolean;
  /** length of the closing mark, 0 when open */
  closeLength: number;
}

type Shape = 'open' | 'close' | 'either';

/**
 * The double mark at `i` and its length, or null. Two apostrophes ('' as in some newspaper archives)
 * are left alone: the corpora this parser is measured on count only true double marks.
 */
function markAt(s: string, i: number): { shape: Shape; length: number; straight: boolean } | null {
  const c = s[i];
  if (c === '“' || c === '„' || c === '«') return { shape: 'open', length: 1, straight: false };
  if (c === '”' || c === '»') return { shape: 'close', length: 1, straight: false };
  if (c === '"') return { shape: 'either', length: 1, straight: true };
  return null;
}

const WORDISH = /[\p{L}\p{N}$£€¿¡(\[‘'…]/u;
const LEFT_OF_CLOSE = /[\p{L}\p{N}.,!?;:…%)\]’'—–-]/u;

function leftIsWord(s: string, i: number): boolean {
  const p = s[i - 1];
  return p !== undefined && LEFT_OF_CLOSE.test(p);
}
function rightIsWord(s: string, j: number): boolean {
  const n = s[j];
  return n !== undefined && WORDISH.test(n);
}

/** Direction of a mark from its context; `pending` tells whether a quotation is open. */
function direction(s: string, i: number, len: number, shape: Shape, pending: boolean): 'open' | 'close' {
  const left = leftIsWord(s, i);
  const right = rightIsWord(s, i + len);
  if (left && !right) return pending ? 'close' : shape === 'open' ? 'open' : 'close';
  if (!left && right) return shape === 'close' && pending ? 'close' : 'open';
  if (shape === 'open') return 'open';
  if (shape === 'close') return 'close';
  return pending ? 'close' : 'open';
}

/**
 * Spans of double-quoted text inside `s` (marks included); an unclosed quotation runs to the end.
 * Writers nest double marks inside double marks ("He said “no” twice," she wrote): a curly opener
 * inside an open quotation opens a nested one, and only the closer that brings the depth back to zero
 * closes the quotation. A straight " inside one is not read as nesting: it shows no direction, and is
 * as often the reopening of a quotation whose closer was left out. When the paragraph ends with a nested quotation still open, the nesting reading is
 * wrong (a stray opener, or a closer left out), and each opener inside a quotation is read as stray.
 */
export function quotationRanges(s: string): MarkRange[] {
  return pairMarks(s, true) ?? pairMarks(s, false)!;
}

/** One pass; null when `nest` leaves a nested quotation open at the end. */
function pairMarks(s: string, nest: boolean): MarkRange[] | null {
  const out: MarkRange[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const m = markAt(s, i);
    if (!m) continue;
    const dir = direction(s, i, m.length, m.shape, open >= 0);
    if (dir === 'open' && open < 0) [open, depth] = [i, 1];
    else if (dir === 'open' && nest && !m.straight) depth++;
    else if (dir === 'close' && open >= 0 && --depth === 0) {
      out.push({ start: open, end: i + m.length, closed: true, closeLength: m.length });
      open = -1;
    }
    // without nesting, an opener inside an open quotation (nested or stray) and a closer with nothing open are skipped
    i += m.length - 1;
  }
  if (depth > 1) return null;
  if (open >= 0) out.push({ start: open, end: s.length, closed: false, closeLength: 0 });
  return out;
}

/**
 * Does the text use double quotation marks at all? If not, single marks are its quotation marks.
 * A text typing double marks as two apostrophes ('') counts as a double-mark text whose '' are left
 * unread, so that its single marks (nested quotations) are not taken for quotations.
 */
export function usesDoubleMarks(text: string): boolean {
  return /["“”«»„]|''/.test(text);
}

const SINGLE_OPEN = /[‘']/;
const SINGLE_CLOSE = /[’']/;

/**
 * Single-mark quotations ‘…’ (British style). An apostrophe inside a word (it’s, don’t) has letters on
 * both sides and is never a mark. A possessive (the Russians’ view) looks like a closer, so among the
 * closers before the next opener the first one followed by punctuation or preceded by it wins, else the
 * last one.
 */
export function singleQuoteRanges(s: string): MarkRange[] {
  const out: MarkRange[] = [];
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const isOpener = (i: number) => SINGLE_OPEN.test(s[i]!) && !letter(s[i - 1]) && s[i + 1] !== undefined && !/\s/.test(s[i + 1]!);
  const isCloser = (i: number) => SINGLE_CLOSE.test(s[i]!) && s[i - 1] !== undefined && !/\s/.test(s[i - 1]!) && !letter(s[i + 1]);
  let i = 0;
  while (i < s.length) {
    if (!isOpener(i)) {
      i++;
      continue;
    }
    let chosen = -1;
    let last = -1;
    for (let j = i + 2; j < s.length; j++) {
      if (isOpener(j) && !isCloser(j) && s[j] === '‘') break;
      if (!isCloser(j)) continue;
      last = j;
      const next = s[j + 1];
      if (/[,.!?…;:]/.test(s[j - 1]!) || next === undefined || /[,.;:!?)\]—–\n]/.test(next)) {
        chosen = j;
        break;
      }
    }
    const close = chosen >= 0 ? chosen : last;
    if (close < 0) {
      i++;
      continue;
    }
    out.push({ start: i, end: close + 1, closed: true, closeLength: 1 });
    i = close + 1;
  }
  return out;
}
