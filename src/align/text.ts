/**
 * Small lexical utilities shared by the aligner's modules: slugs, names in running text, weighted
 * LCS, deterministic ordering. Tokens, stems and word lists are in src/lexicon/.
 */
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { fold } from '../lexicon/tokens.ts';
import { slug as githubSlug } from 'github-slugger';

/** A URL-safe slug (github-slugger's rules, so ids match headings' anchors elsewhere). */
export function slugify(text: string): string {
  const s = githubSlug(fold(text))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'x';
}

/**
 * Capitalised multi-word names and acronyms in running text ("North Korea", "ATACMS", "Kursk").
 * A sentence-initial capital alone is not evidence of a name, so single capitalised words at the
 * start of a sentence are kept only when they recur capitalised elsewhere (the caller decides).
 */
export function nameSpans(text: string): string[] {
  const t = fold(text).replace(/\s+/g, ' ');
  const out: string[] = [];
  const re = /\b(?:[A-Z][a-zA-Z'.]*[a-zA-Z]|[A-Z]{2,})(?:\s+(?:[A-Z][a-zA-Z'.]*[a-zA-Z]|[A-Z]{2,}))*/g;
  for (const m of t.matchAll(re)) {
    const atStart = m.index === 0 || /[.!?"]\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index));
    // Leading capitalised function words ("The ATACMS", "In September") are not part of the name.
    const parts = m[0].split(' ');
    while (parts.length && STOPWORDS.has((parts[0] ?? '').toLowerCase())) parts.shift();
    if (!parts.length) continue;
    const span = parts.join(' ');
    if (atStart && !span.includes(' ') && !/^[A-Z]{2,}$/.test(span)) continue;
    out.push(span);
  }
  return out;
}

/** Longest common subsequence length of two token arrays, with optional per-token weights. */
export function lcsWeighted(a: string[], b: string[], weight: (t: string) => number = () => 1): number {
  const n = a.length;
  const m = b.length;
  if (!n || !m) return 0;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const x = a[i - 1]!;
      cur[j] = x === b[j - 1] ? prev[j - 1]! + weight(x) : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[m]!;
}

/** Stable comparison for sorting strings (code-unit order, locale-independent: deterministic). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
