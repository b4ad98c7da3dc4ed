/**
 * The error the build stops with: one or more located messages (message.ts), all of one file's
 * problems when they could be collected, so an editor fixes them in one round, not one per run.
 * The build script prints `toString()` and exits non-zero; no stack trace reaches the user.
 */
import { formatMessage, message, placeOf, type Message, type Point, type Range } from './message.ts';

export type { Point as Place } from './message.ts';
export { placeOf };

export class ContentError extends Error {
  /** Every problem found, errors first in the order found. Never empty. */
  readonly messages: Message[];

  /** One error: the file, what is wrong, how to fix it, and where (a point or a range) when known. */
  constructor(file: string, reason: string, fix: string, place?: Point | Range, ruleId = 'content') {
    super(reason);
    this.name = 'ContentError';
    this.messages = [message(file, reason, fix, { place, ruleId })];
  }

  /** An error carrying several messages (each with its own place and rule). */
  static of(messages: Message[]): ContentError {
    const [first, ...rest] = messages;
    if (!first) throw new Error('internal: ContentError.of needs at least one message');
    const e = new ContentError(first.file, first.reason, first.fix, first.place, first.ruleId);
    e.messages.push(...rest);
    return e;
  }

  /** The first message's file, line, column and fix (what most callers and tests look at). */
  get file(): string {
    return this.messages[0]!.file;
  }
  get line(): number | undefined {
    return pointOf(this.messages[0]!.place)?.line;
  }
  get column(): number | undefined {
    return pointOf(this.messages[0]!.place)?.column;
  }
  get hint(): string {
    return this.messages[0]!.fix;
  }
  get ruleId(): string {
    return this.messages[0]!.ruleId;
  }

  override toString(): string {
    return this.messages.map(formatMessage).join('\n');
  }
}

function pointOf(place: Point | Range | undefined): Point | undefined {
  return place && 'start' in place ? place.start : place;
}
