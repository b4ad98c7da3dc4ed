/**
 * What a relation attributes: the rest of its sentence once the source and cue are taken out,
 * bounded by its neighbours. A later cue in the same sentence either nests inside this content
 * ("X said Y believes Z": Z is still X's) or starts a new one ("…, adding that …": it ends X's).
 */
import type { Token } from './attributions-tokens.ts';
import type { Range } from './attributions-source.ts';

interface Span { start: number; end: number; text: string }

const EDGE_PUNCT = new Set([',', ';', ':', '.', '—', '–', '-', '(', ')']);
const LEADERS = new Set(['that', 'and', 'but', 'as', 'to']);

function trimmed(text: string, ts: readonly Token[], from: number, to: number): Span | null {
  while (from <= to && (EDGE_PUNCT.has(ts[from]!.text) || (LEADERS.has(ts[from]!.lower) && from < to && ts[from]!.lower === 'that'))) from++;
  while (to >= from && (EDGE_PUNCT.has(ts[to]!.text) || ts[to]!.pos === 'CCONJ')) to--;
  if (from > to) return null;
  if (!ts.slice(from, to + 1).some((t) => t.pos !== 'PUNCT')) return null;
  const start = ts[from]!.start;
  const end = ts[to]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** The last token this relation's own words (cue, and a source written after it) occupy. */
function ownEnd(cue: Range, src: Range | null): number {
  return src && src[0] > cue[1] ? src[1] : cue[1];
}
function ownStart(cue: Range, src: Range | null): number {
  return src && src[0] < cue[0] ? src[0] : cue[0];
}

const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|late|early|last|this)$/;
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»']);

/**
 * A relation written after what it attributes, closing its sentence: "…, she said." or "…,
 * according to the ministry." (what follows its own words is at most a short phrase with no verb:
 * "on Twitter", "in a statement on Monday").
 */
export function isFinal(ts: readonly Token[], cue: Range, src: Range | null): boolean {
  const start = ownStart(cue, src);
  const before = ts[start - 1];
  if (!before || !(before.text === ',' || QUOTE_MARKS.has(before.text) || before.text === "'" || before.text === '—')) return false;
  const after = ts.slice(ownEnd(cue, src) + 1).filter((t) => t.pos !== 'PUNCT' || QUOTE_MARKS.has(t.text) || t.text === ':' || t.text === ';');
  if (after.length === 0) return true;
  // after a quotation, how or when it was said ("…,” she said as she left / , sitting at her desk /
  // late on Monday) is circumstance, verbs and all: the quotation is what is attributed
  if ((QUOTE_MARKS.has(before.text) || before.text === "'") && circumstance(ts, ownEnd(cue, src) + 1)) return true;
  if (!statementBefore(ts, start, true)) return false;
  // where or when ("on Twitter", "Monday"), never an object ("avoided a direct answer")
  const adjunct = after[0]!.pos === 'ADP' || after[0]!.pos === 'ADV' || WHEN.test(after[0]!.lower);
  return adjunct && after.length <= 8 && !after.some((t) => t.pos === 'VERB' || QUOTE_MARKS.has(t.text) || t.text === ':' || t.text === ';');
}

const HOW = /^(?:as|while|when|after|before)$/;

/** Whether the words from token `i` on say how or when, not what: a subordinate clause, a participle after a comma, a phrase. */
function circumstance(ts: readonly Token[], i: number): boolean {
  const comma = ts[i]?.text === ',';
  const first = comma ? ts[i + 1] : ts[i];
  if (!first) return false;
  if ((HOW.test(first.lower) && first.pos === 'SCONJ') || WHEN.test(first.lower)) return !ts.slice(i).some((t) => QUOTE_MARKS.has(t.text));
  return comma && first.pos === 'VERB' && first.lower.endsWith('ing');
}

/**
 * Whether the words before token `start` can be what is attributed. Before a relation that closes
 * its sentence with more after it: a statement (it has a verb, or is a quotation). Before one in
 * mid-sentence: anything but an opening prepositional phrase ("In an interview on Monday,").
 */
function statementBefore(ts: readonly Token[], start: number, closing: boolean): boolean {
  const left = ts.slice(0, start);
  if (left.some((t) => QUOTE_MARKS.has(t.text))) return true;
  const verb = left.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return closing ? verb : verb || left[0]!.pos !== 'ADP';
}

/** "Noting that …, Jane Doe argued": the participle's source comes after a comma that ends its content. */
function fronted(ts: readonly Token[], cue: Range, src: Range | null): boolean {
  return src !== null && src[0] > cue[1] + 1 && ts.slice(cue[1] + 1, src[0]).some((t) => t.text === ',');
}

export function contentSpans(text: string, ts: readonly Token[], cues: readonly Range[], sources: readonly (Range | null)[], k: number): Span[] {
  const cue = cues[k]!;
  const src = sources[k] ?? null;
  if (fronted(ts, cue, src)) {
    const own = trimmed(text, ts, cue[1] + 1, src![0] - 1);
    return own ? [own] : [];
  }
  const start = ownStart(cue, src);
  const end = ownEnd(cue, src);
  const final = isFinal(ts, cue, src);
  const out: Span[] = [];
  // left of the relation ("…, she said"): for the sentence's first relation, and for one that closes
  // the sentence ("X said Y, the newspaper reported": all before it is the newspaper's). What lies
  // between two other relations is the earlier one's content. A source taken from an earlier clause
  // ("…, adding") owns nothing on its left either.
  const borrowed = src !== null && src[1] < cue[0] - 1 && ts.slice(src[1] + 1, cue[0]).some((t) => t.pos === 'VERB');
  if ((k === 0 || final) && !borrowed && start > 0 && (final || statementBefore(ts, start, false))) {
    const left = trimmed(text, ts, 0, start - 1);
    if (left) out.push(left);
  }
  // what follows a closing relation is where and when it was said, not what
  if (final && out.length > 0) return out;
  // right of the relation: to the sentence end, or to the next relation that does not nest
  let to = ts.length - 1;
  for (let n = k + 1; n < cues.length; n++) {
    const ns = sources[n] ?? null;
    // nested unless a clause boundary comes first: ", and", ";", or a comma before the next cue
    const between = ts.slice(end + 1, ownStart(cues[n]!, ns));
    const boundary = between.some((t, i) => t.text === ';' || (t.pos === 'CCONJ' && between[i - 1]?.text === ','));
    const nested = ns !== null && ns[0] > end && !boundary && ts[cues[n]![0] - 1]?.text !== ',' && !isFinal(ts, cues[n]!, ns);
    if (!nested) {
      to = ownStart(cues[n]!, ns && ns[0] > end ? ns : null) - 1;
      break;
    }
  }
  const right = trimmed(text, ts, end + 1, to);
  if (right) out.push(right);
  return out;
}
