/**
 * Weekday and month names. "May" is left out of OCCASION: as a word in running text it is far
 * more often the modal verb than the month, and a false occasion would join two different quotes.
 */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A weekday or a month (not "may") named in a sentence: the occasion a quote was given on. */
export const OCCASION = new RegExp(`\\b(${[...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may')].join('|')})\\b`, 'gi');

/** Month abbreviations as news writes them ("Jan.", "Sept. 30"); "may" needs none. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/**
 * A month name or abbreviation standing alone as a word (no dot), any case. "may" is left out: as a
 * word after a number it is the modal verb ("5 workers may lose …"), so it must not end a phrase as a month.
 */
export const MONTH_WORD = new RegExp(`^(?:${[...MONTHS.filter((m) => m !== 'may'), ...MONTH_ABBREVIATIONS].join('|')})$`, 'i');

/** First letter in either case: lower-cased text ("sept. 30", "on 1 may") is still a date. */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/**
 * Regexp source for a month in a date: a full name or an abbreviation with its dot ("Nov. 13"), the first
 * letter in either case (src/parse/dates.ts).
 */
export const MONTH_IN_DATE = `(?:${[...MONTHS.map(eitherCase), ...MONTH_ABBREVIATIONS.filter((a) => a !== 'sep').map((a) => (a === 'sept' ? `${eitherCase('sep')}t?` : eitherCase(a)) + '\\.')].join('|')})`;
