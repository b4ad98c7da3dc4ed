#!/usr/bin/env node
/**
 * `npm run content`: content/articles/ → content/data/*.json (the collections), then a report.
 * Bad input stops it with a located message and exit code 1; the previous data stays as it was.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCollections } from '../src/collections/build.ts';
import { writeCollections } from '../src/collections/write.ts';
import { ContentError, formatMessage } from '../src/diagnostics/index.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

try {
  const { collections, report, accuracy } = buildCollections({
    root,
    articlesDir: option('--articles'),
    registryFile: option('--registry'),
    reviewsDir: option('--reviews'),
    allowMarkup: args.includes('--allow-markup'),
  });
  const outDir = option('--out') ?? join(root, 'content/data');
  // accuracy.json (one record, not a collection): the matcher measured against the reviews, for /method/.
  writeCollections(outDir, { ...collections, accuracy });
  const line = (k: string, v: number | string) => console.log(`  ${k.padEnd(18)}${v}`);
  console.log(`content: wrote ${Object.keys(collections).length} collections to ${outDir}`);
  line('articles', report.articles);
  line('sentences', report.sentences);
  line('quotes', report.quotes);
  line('figures', report.figures);
  line('claims', report.claims);
  line('people', report.people);
  line('utterances', report.utterances);
  line('measures', report.measures);
  line('excerpts checked', report.excerptsChecked);
  const r = report.review;
  line('reviews', `${r.articles} articles (${r.complete} complete): ${r.confirmed} matches confirmed, ${r.suggested} suggested${r.calibratedOn ? `, confidence fitted on ${r.calibratedOn} reviewed suggestions` : ''}`);
  line('warnings', report.warnings.length);
  for (const w of report.warnings) console.log(formatMessage(w).replace(/^/gm, '  '));
  if (report.proposals.length) {
    console.log(`  proposed claims (passages in several outlets that no claim covers): ${report.proposals.length}`);
    for (const p of report.proposals) console.log(`    [${p.sources.join(', ')}] ${p.text}`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(String(error));
  } else {
    // An internal failure: still one readable line, not a stack trace (set DEBUG=1 for it).
    console.error(`content: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  console.error('content: nothing was written; the previous collections are unchanged.');
  process.exitCode = 1;
}
