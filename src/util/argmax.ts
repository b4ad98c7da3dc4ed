/** The item with the highest score (the first of equals), or null when there is none (or every score is -Infinity): one rule for every ranker. */
export function argmax<T>(items: Iterable<T>, score: (item: T) => number): T | null {
  let best: T | null = null;
  let top = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > top) {
      top = s;
      best = item;
    }
  }
  return best;
}
