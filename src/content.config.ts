/**
 * Astro's collections load what `npm run content` wrote to content/data/, validated again
 * with the same zod schemas the build script used (src/schema).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { collections as schemas, type CollectionName } from './schema/index.ts';

// CONTENT_DATA_DIR lets tests and the benchmark build the site from other data (a hostile
// fixture, a generated corpus) without touching content/data.
const dataDir = process.env.CONTENT_DATA_DIR ?? 'content/data';

const fromData = <K extends CollectionName>(name: K) =>
  defineCollection({ loader: file(`${dataDir}/${name}.json`), schema: schemas[name] });

export const collections = {
  sources: fromData('sources'),
  quotes: fromData('quotes'),
  figures: fromData('figures'),
  claims: fromData('claims'),
  people: fromData('people'),
  utterances: fromData('utterances'),
  measures: fromData('measures'),
  attributions: fromData('attributions'),
};
