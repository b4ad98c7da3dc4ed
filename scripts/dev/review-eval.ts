/**
 * How good the review-aware matcher is, measured leave-one-outlet-out over the five reviewed articles
 * and the two blind fixture articles (tests/fixtures/articles/unseen-*.txt, truth from
 * tests/fixtures/align/unseen-mapping.yaml): per outlet P/R of the matcher with exemplars, and the
 * calibration of its confidence (each outlet's confidences from a map fitted on the other outlets'
 * held-out suggestions). tests/unit/review-calibration.test.ts prints and floors these;
 * `node scripts/dev/review-eval.ts [exemplar params as JSON]` prints them for development.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { loadCorpus, goldFor, ROOT, type Mapping, type Src } from '../../tests/helpers/corpus.ts';
import { loadRegistry } from '../../src/collections/registry.ts';
import { extract } from '../../src/parse/index.ts';
import { checkReview, resolveReview } from '../../src/collections/reviews.ts';
import { looPredictions, truthOf, type ReviewSource, type Truth } from '../../src/align/review.ts';
import { crossCalibrated, expectedCalibrationError } from '../../src/align/calibrate.ts';
import type { ExemplarParams } from '../../src/align/claims/exemplars.ts';
import type { AssignParams } from '../../src/align/claims/index.ts';
import { linkQuotes } from '../../src/align/quote-links.ts';
import { quoteLinks } from '../../src/align/claims/index.ts';
import { identify } from '../../src/schema/ids.ts';

export const UNSEEN = ['unseen-wire', 'unseen-analysis'];

export function evaluationSet(): { sources: ReviewSource[]; truths: Map<string, Truth>; registry: ReturnType<typeof loadRegistry> } {
  const registry = loadRegistry(readFileSync(`${ROOT}content/claims.yaml`, 'utf8'), 'content/claims.yaml');
  const corpus: Src[] = loadCorpus();
  const claims = new Set(registry.claims.map((c) => c.slug));
  const slugs = new Set(corpus.map((s) => s.meta.slug));
  const truths = new Map<string, Truth>();
  for (const name of readdirSync(`${ROOT}content/reviews`).filter((f) => f.endsWith('.yaml'))) {
    const file = `content/reviews/${name}`;
    const r = checkReview(readFileSync(`${ROOT}${file}`, 'utf8'), file, name.slice(0, -5), slugs, claims);
    const src = corpus.find((s) => s.meta.slug === r.data.article)!;
    truths.set(r.data.article, truthOf(resolveReview(r, src.text, src.extraction.sentences)));
  }
  const sources: ReviewSource[] = corpus.map((s) => ({ slug: s.meta.slug, text: s.text, extraction: s.extraction }));
  const unseen = parse(readFileSync(`${ROOT}tests/fixtures/align/unseen-mapping.yaml`, 'utf8')) as Mapping;
  for (const name of UNSEEN) {
    const text = readFileSync(`${ROOT}tests/fixtures/articles/${name}.txt`, 'utf8');
    const extraction = extract(text);
    const gold = goldFor({ meta: { slug: name } as Src['meta'], text, extraction }, unseen[name] ?? []);
    sources.push({ slug: name, text, extraction });
    truths.set(name, { complete: claims, pos: gold, neg: new Map() }); // the annotator read every sentence against every claim
  }
  return { sources, truths, registry };
}

export function evaluate(params: Partial<ExemplarParams> = {}, assign: Partial<AssignParams> = {}) {
  const { sources, truths, registry } = evaluationSet();
  const links = quoteLinks(linkQuotes(sources.map((s) => ({ slug: s.slug, extraction: s.extraction, ...identify(s.slug, s.extraction) }))).quotes);
  const { predictions, perSource } = looPredictions(sources, registry, truths, links, params, assign);
  const calibrated = crossCalibrated(predictions);
  const { ece, rows } = expectedCalibrationError(calibrated, 10);
  const high = calibrated.filter((p) => p.confidence >= 0.8);
  const precisionHigh = high.filter((p) => p.correct).length / (high.length || 1);
  const pr = [...perSource].map(([slug, c]) => ({ slug, precision: c.tp / (c.tp + c.fp || 1), recall: c.tp / (c.tp + c.fn || 1), ...c }));
  return { ece, rows, high: high.length, precisionHigh, n: calibrated.length, pr };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluate(JSON.parse(process.argv[2] ?? '{}'), JSON.parse(process.argv[3] ?? '{}'));
  for (const x of r.pr) console.log(`${x.slug.padEnd(20)} P=${x.precision.toFixed(3)} R=${x.recall.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`);
  console.log(`ECE ${r.ece.toFixed(3)} over ${r.n} suggestions; confidence >= 0.8: ${r.high} suggestions, precision ${r.precisionHigh.toFixed(3)}`);
  for (const b of r.rows) if (b.n) console.log(`  [${b.lo.toFixed(1)}, ${b.hi.toFixed(1)}) n=${b.n} mean confidence ${(b.conf / b.n).toFixed(2)} confirmed ${(b.right / b.n).toFixed(2)}`);
}
