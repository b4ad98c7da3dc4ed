/**
 * One located message for every problem the build reports, errors and warnings alike, in the
 * spirit of vfile-message: where (a file, and a point or a start–end range in it), what (the
 * reason), which rule found it (`ruleId`, stable, for tests and for grepping), how bad
 * (`severity`) and how to fix it (always given: the people reading these are editors).
 */
import { location } from 'vfile-location';

export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}
/** A start–end range (end exclusive, as in unist positions). */
export interface Range {
  start: Point;
  end: Point;
}

export interface Message {
  file: string;
  /** Where in the file, when that is known: a point, or a range. */
  place?: Point | Range;
  /** What is wrong. */
  reason: string;
  /** How to fix it. */
  fix: string;
  /** The rule that found it, e.g. "yaml-syntax", "duplicate-slug", "provenance". */
  ruleId: string;
  severity: Severity;
}

const isRange = (p: Point | Range): p is Range => 'start' in p;

/** `line:column`, or `line:column-line:column` for a range (unist-util-stringify-position's form). */
export function stringifyPlace(place: Point | Range): string {
  const point = (p: Point) => `${p.line}:${p.column}`;
  return isRange(place) ? `${point(place.start)}-${point(place.end)}` : point(place);
}

/** `file:line:column: severity: reason` then the fix, as compilers and linters print them. */
export function formatMessage(m: Message): string {
  const where = m.place ? `${m.file}:${stringifyPlace(m.place)}` : m.file;
  return `${where}: ${m.severity}: ${m.reason}\n  fix: ${m.fix}`;
}

/** A message; an error unless `severity` says otherwise, and ruleId "content" unless given. */
export function message(
  file: string,
  reason: string,
  fix: string,
  options: { place?: Point | Range; ruleId?: string; severity?: Severity } = {},
): Message {
  return { file, reason, fix, ruleId: options.ruleId ?? 'content', severity: options.severity ?? 'error', ...(options.place ? { place: options.place } : {}) };
}

/** 1-based line and column of a UTF-16 offset in `text` (vfile-location does the counting). */
export function placeOf(text: string, offset: number): Point {
  const point = location(text).toPoint(Math.min(Math.max(offset, 0), text.length));
  return { line: point?.line ?? 1, column: point?.column ?? 1 };
}

/** The range of `text` from `start` to `end` (UTF-16 offsets). */
export function rangeOf(text: string, start: number, end: number): Range {
  return { start: placeOf(text, start), end: placeOf(text, end) };
}
