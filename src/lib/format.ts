/** How numbers, dates and figures read on the site: one place, pure, unit-tested. */
import { formatReading, readerNumber, readingParts, type ReadingParts } from '../lexicon/reader-units.ts';

/** "17 November 2024" — dates are shown the way a British newsroom writes them. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Numbers as a reader wants them: grouped, and converted values not shown to false precision. */
export const formatNumber = readerNumber;

/**
 * A figure in the unit a reader would use (the unit it was written in, metric and imperial side by
 * side): "190 miles (306 km)", "nearly 3 years", never "1,096 days". Normalised values are for the
 * comparison's arithmetic only (src/align/arithmetic.ts). Null when the figure has no value.
 */
export { formatReading, readingParts, type ReadingParts };
