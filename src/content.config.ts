/**
 * Astro's collections load what `npm run content` wrote to content/data/, validated again
 * with the same zod schemas the build script used (src/schema).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { collections as schemas, type CollectionName } from './schema/index.ts';

const fromData = <K extends CollectionName>(name: K) =>
  defineCollection({ loader: file(`content/data/${name}.json`), schema: schemas[name] });

export const collections = {
  sources: fromData('sources'),
  quotes: fromData('quotes'),
  figures: fromData('figures'),
  claims: fromData('claims'),
  people: fromData('people'),
  utterances: fromData('utterances'),
  measures: fromData('measures'),
};
