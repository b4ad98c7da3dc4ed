/**
 * Titles, offices and honorifics: words that introduce a name without being part of it
 * ("Defence Secretary", "Gen.", "president-elect"). General English, never one article's people.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president prime minister secretary general chancellor spokesman spokeswoman spokesperson senator sen rep ' +
    'representative leader chairman chair chief head foreign defence defense state deputy first former senior ' +
    'vice ambassador governor mayor king queen pope envoy adviser advisor commander gen adm col lt dr mr mrs ms ' +
    'sir lord lady minister-president president-elect elect acting interior finance of the un us uk eu nato ' +
    'white house press official officials fellow analyst expert'
  ).split(/\s+/),
);
