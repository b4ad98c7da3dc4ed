/**
 * Disjoint sets over 0..n-1 with path compression. The root of a set is always its smallest
 * member, so groups come out in a deterministic order whatever order the unions were made in.
 */
export interface UnionFind {
  find(i: number): number;
  union(a: number, b: number): void;
}

export function unionFind(n: number): UnionFind {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}
