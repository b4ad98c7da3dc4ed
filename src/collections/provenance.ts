/**
 * The provenance gate: every excerpt the site shows must equal the article text at its
 * recorded offsets. Every mismatch in a file is reported (the item, the position as a range),
 * then the build stops.
 */
import { ContentError, message, placeOf, rangeOf, type Message } from '../diagnostics/index.ts';

export interface LocatedExcerpt {
  /** What it is, for the message: "quote washington-post-q3", "claim x evidence". */
  item: string;
  start: number;
  end: number;
  text: string;
}

const FIX = 'this is a parser or alignment bug: the site refuses to show an excerpt it cannot locate; report it with this message';

/** The message for an excerpt that is not the text at its offsets, or null when it is. */
function mismatch(file: string, articleText: string, e: LocatedExcerpt): Message | null {
  const valid = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= articleText.length && e.start <= e.end;
  const actual = valid ? articleText.slice(e.start, e.end) : undefined;
  if (actual === e.text) return null;
  return message(
    file,
    `${e.item}: excerpt ${JSON.stringify(e.text.slice(0, 60))} does not equal the article text at ${e.start}–${e.end}` +
      (actual === undefined ? ' (offsets outside the text)' : ` (found ${JSON.stringify(actual.slice(0, 60))})`),
    FIX,
    { place: valid ? rangeOf(articleText, e.start, e.end) : placeOf(articleText, 0), ruleId: 'provenance' },
  );
}

/** Check every excerpt of one article; throws one ContentError with all mismatches. Returns how many were checked. */
export function checkExcerpts(file: string, articleText: string, excerpts: Iterable<LocatedExcerpt>): number {
  let checked = 0;
  const found: Message[] = [];
  for (const e of excerpts) {
    checked++;
    const m = mismatch(file, articleText, e);
    if (m) found.push(m);
  }
  if (found.length) throw ContentError.of(found);
  return checked;
}
