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

export function contentSpans(text: string, ts: readonly Token[], cues: readonly Range[], sources: readonly (Range | null)[], k: number): Span[] {
  const cue = cues[k]!;
  const src = sources[k] ?? null;
  const start = ownStart(cue, src);
  const end = ownEnd(cue, src);
  const out: Span[] = [];
  // left of the relation ("…, she said"): only for the sentence's first relation; what lies
  // between two relations is the earlier one's content. A source taken from an earlier clause
  // ("…, adding") owns nothing on its left either.
  const borrowed = src !== null && src[1] < cue[0] - 1 && ts.slice(src[1] + 1, cue[0]).some((t) => t.pos === 'VERB');
  if (k === 0 && !borrowed && start > 0) {
    const left = trimmed(text, ts, 0, start - 1);
    if (left) out.push(left);
  }
  // right of the relation: to the sentence end, or to the next relation that does not nest
  let to = ts.length - 1;
  for (let n = k + 1; n < cues.length; n++) {
    const ns = sources[n] ?? null;
    // nested unless a clause boundary comes first: ", and", ";", or a comma before the next cue
    const between = ts.slice(end + 1, ownStart(cues[n]!, ns));
    const boundary = between.some((t, i) => t.text === ';' || (t.pos === 'CCONJ' && between[i - 1]?.text === ','));
    const nested = ns !== null && ns[0] > end && !boundary && ts[cues[n]![0] - 1]?.text !== ',';
    if (!nested) {
      to = ownStart(cues[n]!, ns && ns[0] > end ? ns : null) - 1;
      break;
    }
  }
  const right = trimmed(text, ts, end + 1, to);
  if (right) out.push(right);
  return out;
}
