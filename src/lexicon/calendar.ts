/**
 * Weekday and month names. "May" is left out of OCCASION: as a word in running text it is far
 * more often the modal verb than the month, and a false occasion would join two different quotes.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A weekday or a month (not "may") named in a sentence: the occasion a quote was given on. */
export const OCCASION = new RegExp(`\\b(${[...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may')].join('|')})\\b`, 'gi');
