/**
 * Cut a stretch of article text into segments that know which quote and which figure
 * they belong to, so a page can mark them without ever emitting HTML from data:
 * pages render each segment's text as a text node inside their own elements.
 */
export interface Span {
  start: number;
  end: number;
}
export interface Segment<Q, F> {
  start: number;
  end: number;
  text: string;
  quote: Q | null;
  figure: F | null;
}

/**
 * Segments of `text.slice(start, end)`: boundaries at every quote and figure edge, clipped
 * to the range. Where marks of one kind overlap, the one starting first wins.
 */
export function segment<Q extends Span, F extends Span>(
  text: string,
  range: Span,
  quotes: readonly Q[],
  figures: readonly F[],
): Segment<Q, F>[] {
  const inRange = <T extends Span>(xs: readonly T[]) =>
    xs.filter((x) => x.end > range.start && x.start < range.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const qs = inRange(quotes);
  const fs = inRange(figures);
  const cuts = new Set<number>([range.start, range.end]);
  for (const x of [...qs, ...fs]) {
    cuts.add(Math.max(x.start, range.start));
    cuts.add(Math.min(x.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<Q, F>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = <T extends Span>(xs: T[]) => xs.find((x) => x.start <= start && x.end >= end) ?? null;
    out.push({ start, end, text: text.slice(start, end), quote: covering(qs), figure: covering(fs) });
  }
  return out;
}

/** Group consecutive segments that share a quote, so one quote renders as one element. */
export function runsByQuote<T extends { quote: unknown }>(segments: T[]): { quote: T['quote']; segments: T[] }[] {
  const runs: { quote: T['quote']; segments: T[] }[] = [];
  for (const s of segments) {
    const last = runs.at(-1);
    if (last && last.quote === s.quote) last.segments.push(s);
    else runs.push({ quote: s.quote, segments: [s] });
  }
  return runs;
}

/** The anchor of a sentence in its source page: `#s-1` is the first sentence. */
export const sentenceAnchor = (index: number) => `s-${index + 1}`;

/**
 * Cut segments again at the edges of a third kind of mark (the credited source and cue of an
 * attribution), each piece knowing the mark that covers it (the first-starting one where marks
 * overlap), so a page nests that mark inside the quote and figure marks without emitting HTML.
 */
export function splitBy<S extends Span, Q, F>(segments: Segment<Q, F>[], marks: readonly S[]): (Segment<Q, F> & { mark: S | null })[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Segment<Q, F> & { mark: S | null })[] = [];
  for (const seg of segments) {
    const inside = sorted.filter((m) => m.end > seg.start && m.start < seg.end);
    const cuts = new Set([seg.start, seg.end]);
    for (const m of inside) {
      cuts.add(Math.max(m.start, seg.start));
      cuts.add(Math.min(m.end, seg.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const text = seg.text.slice(start - seg.start, end - seg.start);
      out.push({ ...seg, start, end, text, mark: inside.find((m) => m.start <= start && m.end >= end) ?? null });
    }
  }
  return out;
}
