/**
 * The conditional logit both candidate rankers are fitted with (scripts/train/speakers.ts for a
 * quotation's speaker options, scripts/train/pronouns.ts for a pronoun's antecedents): each example
 * is one decision among candidates described by sparse features, with one or more right answers.
 * Stochastic gradient ascent on the log-likelihood of the right set, L2-shrunk, in a seeded order, so a
 * fit is deterministic.
 */

export interface Example {
  feats: Record<string, number>[];
  right: boolean[];
}

export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** the shuffle's random source (one seeded generator per script, shared across its fits) */
  rand: () => number;
}

/** A linear congruential generator: the same seed gives the same example order on every machine. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

export function linear(w: Readonly<Record<string, number>>, x: Readonly<Record<string, number>>): number {
  let s = 0;
  for (const k in x) s += (w[k] ?? 0) * x[k]!;
  return s;
}

/** One gradient step on one example: right candidates share the target mass, every candidate pays its probability. */
function step(ex: Example, w: Record<string, number>, o: FitOptions): void {
  const s = ex.feats.map((x) => linear(w, x));
  const max = Math.max(...s);
  const e = s.map((v) => Math.exp(v - max));
  const z = e.reduce((a, b) => a + b, 0);
  const nRight = ex.right.filter(Boolean).length;
  const grad: Record<string, number> = {};
  for (const [j, x] of ex.feats.entries()) {
    const g = (ex.right[j] ? 1 / nRight : 0) - e[j]! / z;
    for (const k in x) grad[k] = (grad[k] ?? 0) + g * x[k]!;
  }
  for (const k in grad) w[k] = (w[k] ?? 0) + o.rate * (grad[k]! - o.l2 * (w[k] ?? 0));
}

/** Fits weights in place on examples that have at least one right candidate. With `average`, the result is the
 *  mean of the weights after every epoch (Polyak averaging: less dependent on the last examples seen). */
export function fit(examples: readonly Example[], w: Record<string, number>, o: FitOptions & { average?: boolean }): void {
  const sum: Record<string, number> = {};
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = examples.map((_, i) => i).sort(() => o.rand() - 0.5);
    for (const i of order) step(examples[i]!, w, o);
    for (const k in w) sum[k] = (sum[k] ?? 0) + w[k]!;
  }
  if (o.average) for (const k in sum) w[k] = sum[k]! / o.epochs;
}

/** How many examples the weights rank a right candidate first for. */
export function top1(examples: readonly Example[], w: Readonly<Record<string, number>>): number {
  return examples.filter((ex) => {
    const s = ex.feats.map((x) => linear(w, x));
    return ex.right[s.indexOf(Math.max(...s))];
  }).length;
}

/** Weights rounded to three decimals, keys sorted: a small, stable committed file. */
export function rounded(w: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.keys(w).sort().map((k) => [k, Math.round(w[k]! * 1000) / 1000]));
}
