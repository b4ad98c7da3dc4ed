/**
 * Diagnostics: the located `Message` (file, point or range, reason, fix, rule id, severity) that
 * errors and warnings share, and `ContentError`, which the build throws with one file's messages.
 * May import: only libraries (vfile-location). Every layer may import it; it imports no layer.
 */
export { formatMessage, message, placeOf, rangeOf, stringifyPlace, type Message, type Point, type Range, type Severity } from './message.ts';
export { ContentError } from './content-error.ts';
