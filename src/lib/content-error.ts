/**
 * A located error about content, in the spirit of vfile messages: it names the file,
 * the line and column where they exist, what is wrong and how to fix it. The build
 * script prints `toString()` and exits non-zero; no stack trace reaches the user.
 */
import { location } from 'vfile-location';

export interface Place {
  line: number;
  column: number;
}

export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string;

  constructor(file: string, message: string, hint: string, place?: Place) {
    super(message);
    this.name = 'ContentError';
    this.file = file;
    this.line = place?.line;
    this.column = place?.column;
    this.hint = hint;
  }

  /** `file:line:column: error: message` then the fix, as compilers and linters print them. */
  override toString(): string {
    const where =
      this.line === undefined ? this.file : `${this.file}:${this.line}:${this.column ?? 1}`;
    return `${where}: error: ${this.message}\n  fix: ${this.hint}`;
  }
}

/** 1-based line and column of a UTF-16 offset in `text` (vfile-location does the counting). */
export function placeOf(text: string, offset: number): Place {
  const point = location(text).toPoint(Math.min(Math.max(offset, 0), text.length));
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}
