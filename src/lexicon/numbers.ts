/**
 * Number words and quantifiers. Here: the words that may open an anonymous-source description
 * before its noun ("two senior officials", "another diplomat", "the people"), which are not part
 * of what describes the source. Number words with values are the parser's (src/parse/numbers.ts).
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten several some many another second third other a an the'.split(' '),
);
