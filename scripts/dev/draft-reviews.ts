/**
 * Draft content/reviews/<slug>.yaml for the five articles from the hand mapping written before the
 * matcher (tests/fixtures/align/mapping.yaml): per sentence, the mapping's claims the matcher also
 * suggests are `confirmed`, the others `added`, and the matcher's other suggestions `rejected`.
 * Where the second, blind annotation disagrees, the entry gets a note naming both readings, for the
 * editor to resolve by reading the sentence. The drafts are then edited by hand: the committed
 * files are editorial data, not this script's output. `node scripts/dev/draft-reviews.ts <outDir>`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCorpus, goldFor, ROOT, type Mapping } from '../../tests/helpers/corpus.ts';
import { loadRegistry } from '../../src/collections/registry.ts';
import { assignClaims } from '../../src/align/index.ts';
import { sentenceId } from '../../src/schema/ids.ts';
import { quoteFor } from '../../src/review/selectors.ts';
import { formatReview } from '../../src/review/format.ts';
import type { ReviewEntry } from '../../src/schema/index.ts';

const out = process.argv[2] ?? join(ROOT, 'content/reviews');
const corpus = loadCorpus();
const registry = loadRegistry(readFileSync(`${ROOT}content/claims.yaml`, 'utf8'), 'content/claims.yaml');
const first = parse(readFileSync(`${ROOT}tests/fixtures/align/mapping.yaml`, 'utf8')) as Mapping;
const second = parse(readFileSync(`${ROOT}tests/fixtures/align/second-annotation.yaml`, 'utf8')) as Mapping;
const a = assignClaims(corpus.map((s) => ({ slug: s.meta.slug, extraction: s.extraction })), registry);
mkdirSync(out, { recursive: true });
for (const src of corpus) {
  const slug = src.meta.slug;
  const g1 = goldFor(src, first[slug] ?? []);
  const g2 = goldFor(src, second[slug] ?? []);
  const sentences: ReviewEntry[] = [];
  for (const s of src.extraction.sentences) {
    const truth = g1.get(s.index) ?? new Set<string>();
    const other = g2.get(s.index) ?? new Set<string>();
    const got = new Set((a.chosen.get(sentenceId(slug, s.index)) ?? []).map((x) => x.slug));
    if (!truth.size && !got.size && !other.size) continue;
    const differs = [...truth].sort().join() !== [...other].sort().join();
    sentences.push({
      ...quoteFor(src.text, s.start, s.end),
      confirmed: [...truth].filter((c) => got.has(c)),
      added: [...truth].filter((c) => !got.has(c)),
      rejected: [...got].filter((c) => !truth.has(c)),
      note: differs ? `TO RESOLVE: first reading [${[...truth].join(', ')}], second [${[...other].join(', ')}]` : null,
    });
  }
  writeFileSync(join(out, `${slug}.yaml`), formatReview({ article: slug, complete: true, reviewedClaims: registry.claims.map((c) => c.slug), sentences }));
  console.log(slug, sentences.length, 'entries');
}
