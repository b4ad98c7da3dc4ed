/**
 * Average-link agglomerative clustering with cannot-link pairs, in O(n²) time and memory.
 *
 * Repeatedly merges the two groups whose average pairwise similarity is highest, while it exceeds
 * `threshold` and no member pair of the two cannot link. Ties go to the pair whose groups come
 * first (groups are ordered by their smallest item), so the result does not depend on how ties
 * happen to be met. The naive loop (score every pair of groups from scratch after each merge) is
 * O(n⁴): a thousand-article corpus put 1,800 figures in one kind and took many minutes. Here the
 * pairwise sums are kept per pair of groups (Lance–Williams: the sum to a merged group is the sum
 * of the sums to its parts) and each group remembers its best later partner, so a merge costs
 * O(n) plus a rescan of the rows whose partner it took away.
 *
 * Similarities are rounded to multiples of 2⁻²⁴ first, so every sum is exact whatever the order
 * it was added in: equal averages are then really equal, and ties break by order, not by rounding.
 */
const UNIT = 2 ** 24;

export function averageLink(
  n: number,
  similarity: (i: number, j: number) => number,
  cannotLink: (i: number, j: number) => boolean,
  threshold: number,
): number[][] {
  // Group ids are the smallest item of each group: merging keeps the smaller id, so id order is the
  // groups' order and "first pair" means smallest ids.
  const sum = new Float64Array(n * n);
  const blocked = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = Math.round(similarity(i, j) * UNIT) / UNIT;
      sum[i * n + j] = sum[j * n + i] = s;
      if (cannotLink(i, j)) blocked[i * n + j] = blocked[j * n + i] = 1;
    }
  const size = new Array<number>(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_v, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  const link = (a: number, c: number) => (blocked[a * n + c] ? -1 : sum[a * n + c]! / (size[a]! * size[c]!));
  // best[a]: the later group a links to most (first on ties), or -1; score[a] its link
  const best = new Int32Array(n).fill(-1);
  const score = new Float64Array(n).fill(-Infinity);
  const rescan = (a: number) => {
    best[a] = -1;
    score[a] = -Infinity;
    for (let c = a + 1; c < n; c++) {
      if (!alive[c]) continue;
      const s = link(a, c);
      if (s > score[a]!) (score[a] = s), (best[a] = c);
    }
  };
  for (let a = 0; a < n; a++) rescan(a);
  for (;;) {
    let a = -1;
    let top = Math.round(threshold * UNIT) / UNIT; // rounded as the similarities are
    for (let g = 0; g < n; g++) if (alive[g] && best[g]! >= 0 && score[g]! > top) (top = score[g]!), (a = g);
    if (a < 0) break;
    const b = best[a]!;
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === a || c === b) continue;
      sum[a * n + c] = sum[c * n + a] = sum[a * n + c]! + sum[b * n + c]!;
      if (blocked[b * n + c]) blocked[a * n + c] = blocked[c * n + a] = 1;
    }
    size[a] = size[a]! + size[b]!;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    alive[b] = 0;
    rescan(a);
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === a) continue;
      if (best[c] === a || best[c] === b) rescan(c);
      else if (c < a) {
        // the merged group may now be c's best partner (ties: the earlier group)
        const s = link(c, a);
        if (s > score[c]! || (s === score[c]! && a < best[c]!)) (score[c] = s), (best[c] = a);
      }
    }
  }
  const out: number[][] = [];
  for (let g = 0; g < n; g++) if (alive[g]) out.push(members[g]!);
  return out;
}
