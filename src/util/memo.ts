/**
 * A pure one-string function with its answers remembered. News repeats the same names and phrases
 * thousands of times across a corpus, and the parser's name helpers run per candidate per quotation.
 * The table is emptied when it reaches `max` entries, so memory stays bounded on any input.
 * Only for functions whose result the callers never mutate (it is shared).
 */
export function memoString<T>(fn: (s: string) => T, max = 20000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      if (seen.size >= max) seen.clear();
      v = fn(s);
      seen.set(s, v);
    }
    return v as T;
  };
}
