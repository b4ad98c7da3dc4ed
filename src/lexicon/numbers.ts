/**
 * Number words and quantifiers. Here: the words that may open an anonymous-source description
 * before its noun ("two senior officials", "another diplomat", "the people"), which are not part
 * of what describes the source. Number words with values are the parser's (src/parse/numbers.ts).
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten several some many another second third other a an the'.split(' '),
);

/**
 * Words that say how many people a speaker phrase names ("the three leaders", "both", "the duo"):
 * word → count, for resolving a group speaker to that many earlier speakers. Key order is the
 * order the parser tries them in.
 */
export const GROUP_SIZE: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2, pair: 2, duo: 2, trio: 3, quartet: 4 };
