/** Dates: "January 20", "Nov. 13, 2024", "20 January 2025", "December 2021", "in August", years. */
import type { Span } from './text.ts';
import { MONTHS, MONTH_IN_DATE } from '../lexicon/calendar.ts';

// a month's first letter in either case: lower-cased text ("sept. 30", "on 1 may") is still a date
const MONTH = MONTH_IN_DATE;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
// a month alone after a preposition ("in August", "since May"), not the modal verb
const MONTH_ALONE = `(?=[JFMASOND])(?<=\\b(?:in|since|until|by|from|through|during|early|late|mid-|last|next|this|of)\\s)(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b`;
const DATE_RE = new RegExp(
  [
    `\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\d\\w])`,
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\w])`,
    `\\b${MONTH}\\s+${YEAR}\\b`,
    MONTH_ALONE,
    `(?<![\\d,.$€£-])\\b(?:mid-)?${YEAR}s?\\b(?![,.]?\\d)(?!\\s*(?:${'km|miles|troops|people|soldiers|kilomet'}))`,
  ].join('|'),
  'g',
);
// Every other kind has a digit: most sentences have none, and this one is far cheaper to run.
const MONTH_ALONE_RE = new RegExp(MONTH_ALONE, 'g');

export function findDates(s: string): Span[] {
  const out: Span[] = [];
  const re = /\d/.test(s) ? DATE_RE : MONTH_ALONE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  // drop spans contained in another
  return out.filter((a) => !out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && (b.end - b.start) > (a.end - a.start)));
}
