/**
 * Text normalisation shared by the scorers, as the corpora README defines it: NFKC, curly quotes and
 * apostrophes made straight, lower case, runs of white space collapsed. Comparing normalised text keeps
 * a typographic difference (’ vs ', a no-break space) from counting as an error.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u0060\u00B4]/g;

export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word tokens of normalised text: letters, digits and in-word apostrophes or hyphens (punctuation is not a token). */
export function tokens(s: string): string[] {
  return normalise(s).match(/[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Token-level F1 between two strings (bag of tokens, counted with multiplicity). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return ta.length === tb.length && normalise(a) === normalise(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; a ratio with nothing to divide by is 0 (printed with its n). */
export function prf(tp: number, predicted: number, gold: number, goldMatched = tp): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : goldMatched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Best-first one-to-one assignment: every (i, j, score) pair above the bar, highest score first, ties in input order. */
export function assignBestFirst(pairs: { i: number; j: number; score: number }[]): Map<number, { j: number; score: number }> {
  const sorted = [...pairs].sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const usedJ = new Set<number>();
  const out = new Map<number, { j: number; score: number }>();
  for (const p of sorted) {
    if (out.has(p.i) || usedJ.has(p.j)) continue;
    out.set(p.i, { j: p.j, score: p.score });
    usedJ.add(p.j);
  }
  return out;
}
