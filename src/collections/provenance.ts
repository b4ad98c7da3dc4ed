/**
 * The provenance gate: every excerpt the site shows must equal the article text at its
 * recorded offsets. A mismatch stops the build with the item, the file and the position.
 */
import { ContentError, placeOf } from '../lib/content-error.ts';

export interface LocatedExcerpt {
  /** What it is, for the message: "quote washington-post-q3", "claim x evidence". */
  item: string;
  start: number;
  end: number;
  text: string;
}

export function checkExcerpts(file: string, articleText: string, excerpts: Iterable<LocatedExcerpt>): number {
  let checked = 0;
  for (const e of excerpts) {
    checked++;
    const valid = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= articleText.length && e.start <= e.end;
    const actual = valid ? articleText.slice(e.start, e.end) : undefined;
    if (actual !== e.text) {
      throw new ContentError(
        file,
        `${e.item}: excerpt ${JSON.stringify(e.text.slice(0, 60))} does not equal the article text at ${e.start}–${e.end}` +
          (actual === undefined ? ' (offsets outside the text)' : ` (found ${JSON.stringify(actual.slice(0, 60))})`),
        'this is a parser or alignment bug: the site refuses to show an excerpt it cannot locate; report it with this message',
        placeOf(articleText, valid ? e.start : 0),
      );
    }
  }
  return checked;
}
