import { describe, expect, it } from 'vitest';
import { averageLink } from '../../src/util/average-link.ts';

/** The textbook loop: score every pair of groups from scratch, merge the best, repeat (O(n⁴)). */
function naive(n: number, sim: (i: number, j: number) => number, cannot: (i: number, j: number) => boolean, threshold: number): number[][] {
  const groups = Array.from({ length: n }, (_v, i) => [i]);
  const link = (g: number[], h: number[]) =>
    g.some((i) => h.some((j) => cannot(i, j))) ? -1 : g.reduce((s, i) => s + h.reduce((m, j) => m + sim(i, j), 0), 0) / (g.length * h.length);
  for (;;) {
    let best: [number, number] | null = null;
    let top = threshold;
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        const s = link(groups[a]!, groups[b]!);
        if (s > top) (top = s), (best = [a, b]);
      }
    if (!best) return groups;
    groups[best[0]] = [...groups[best[0]]!, ...groups[best[1]]!].sort((x, y) => x - y);
    groups.splice(best[1], 1);
  }
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function instance(seed: number, n: number, levels: number) {
  const r = rng(seed);
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const c: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      // few distinct values (multiples of 1/levels, exact in binary when levels is a power of two): many ties
      m[i]![j] = m[j]![i] = Math.floor(r() * (levels + 1)) / levels;
      c[i]![j] = c[j]![i] = r() < 0.08;
    }
  return { sim: (i: number, j: number) => m[i]![j]!, cannot: (i: number, j: number) => c[i]![j]! };
}

describe('averageLink', () => {
  it('merges exactly as the naive loop does, ties and cannot-links included (200 random instances)', () => {
    let merged = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const n = 2 + (seed % 29);
      const { sim, cannot } = instance(seed, n, seed % 2 ? 4 : 16);
      const want = naive(n, sim, cannot, 0.3);
      expect(averageLink(n, sim, cannot, 0.3), `seed ${seed}`).toEqual(want);
      merged += n - want.length;
    }
    expect(merged).toBeGreaterThan(500); // the instances do merge, so the comparison means something
  });

  it('never merges across a cannot-link pair, and stops at the threshold', () => {
    const sim = () => 0.9;
    expect(averageLink(3, sim, (i, j) => i + j === 1, 0.3)).toEqual([[0, 2], [1]]);
    expect(averageLink(3, () => 0.3, () => false, 0.3)).toEqual([[0], [1], [2]]);
  });

  it('takes average, not single, linkage: a group joins only when most of its pairs are similar', () => {
    // 0–1 very similar; 2 is similar to 0 alone: average(0.9, 0.0) = 0.45 > 0.3 joins, but with threshold 0.5 it stays out
    const m: Record<string, number> = { '0,1': 1, '0,2': 0.9, '1,2': 0 };
    const sim = (i: number, j: number) => m[`${Math.min(i, j)},${Math.max(i, j)}`]!;
    expect(averageLink(3, sim, () => false, 0.3)).toEqual([[0, 1, 2]]);
    expect(averageLink(3, sim, () => false, 0.5)).toEqual([[0, 1], [2]]);
  });

  it('scales: 1,500 items in well under the naive loop’s minutes', () => {
    const n = 1500;
    const r = rng(7);
    const topic = Array.from({ length: n }, () => Math.floor(r() * 40));
    const groups = averageLink(n, (i, j) => (topic[i] === topic[j] ? 0.8 : 0.1), () => false, 0.3);
    // the work is the point; the check is that every topic came out as one group
    expect(groups.length).toBe(new Set(topic).size);
  });
});
