/**
 * Choosing the exemplar pass's weights without letting a held-out outlet choose its own: every setting
 * is run leave-one-outlet-out over the five reviewed articles and the two blind ones
 * (scripts/dev/review-eval.ts); for each outlet, the setting is the one best (min over the OTHER outlets
 * of min(P, R)) and that outlet's held-out P/R under it is printed, next to the pass switched off.
 * `node scripts/dev/exemplar-tune.ts`
 */
import { evaluate } from './review-eval.ts';

// Exemplar weights × whether the pseudo-feedback of the centroid pass stays on (exemplars may replace it).
const grid: { exemplar: Record<string, number>; assign: Record<string, number> }[] = [{ exemplar: { exemplarWeight: 0 }, assign: {} }];
for (const exemplarWeight of [0.5, 1, 2]) for (const counterWeight of [0, 2]) for (const centroidWeight of [0, 0.5]) grid.push({ exemplar: { exemplarWeight, counterWeight }, assign: { centroidWeight } });
const runs = grid.map((params) => ({ params, pr: evaluate(params.exemplar, params.assign).pr }));
const obj = (x: { precision: number; recall: number }) => Math.min(x.precision, x.recall);
for (const r of runs) console.log(JSON.stringify(r.params).padEnd(60), r.pr.map((x) => `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`).join(' '));
const off = runs[0]!;
for (const [k, held] of off.pr.entries()) {
  const best = [...runs].sort((a, b) => Math.min(...b.pr.filter((_, i) => i !== k).map(obj)) - Math.min(...a.pr.filter((_, i) => i !== k).map(obj)))[0]!;
  const h = best.pr[k]!;
  console.log(`${held.slug.padEnd(20)} off P=${held.precision.toFixed(3)} R=${held.recall.toFixed(3)}  with exemplars P=${h.precision.toFixed(3)} R=${h.recall.toFixed(3)}  ${JSON.stringify(best.params)}`);
}
