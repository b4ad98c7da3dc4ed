/**
 * The collections as downloadable datasets: entries (as the pages read them), their JSON Schema
 * generated from the same zod schemas (zod 4's z.toJSONSchema), and CSV.
 */
import { getCollection } from 'astro:content';
import { z } from 'zod';
import { collections as schemas, type CollectionName } from '../schema/index.ts';

export const DATASETS: { name: CollectionName; title: string; description: string }[] = [
  { name: 'sources', title: 'Sources', description: 'One entry per article: outlet, identification, headline, date, full text, blocks, sentences (with their claims) and sourcing profile.' },
  { name: 'claims', title: 'Claims', description: 'The factual claims, each with every outlet’s coverage status and verbatim evidence (offsets into the article text); each evidence item says review: confirmed (by an editor) or suggested (by the matcher, not yet reviewed), with a suggestion’s calibrated confidence.' },
  { name: 'quotes', title: 'Quotes', description: 'Every direct quotation: text, offsets, kind, speaker as written and as a person id, role, attribution verb and context.' },
  { name: 'figures', title: 'Figures', description: 'Every quantity: text as written, offsets, value, unit, normalised value, qualifier and what it measures.' },
  { name: 'measures', title: 'Measures', description: 'Figures that measure the same thing across outlets, with a verdict (consistent, discrepant) and the arithmetic.' },
  { name: 'people', title: 'People', description: 'Everyone quoted or cited: name, kind, name variants, role per outlet and quotation counts.' },
  { name: 'utterances', title: 'Utterances', description: 'Quotations that render the same words across outlets, each rendering with its similarity to, and word-level diff against, the fullest rendering.' },
];

export const isDataset = (name: string): name is CollectionName => DATASETS.some((d) => d.name === name);

/** The entries of a collection in a stable order (by `order` where present, else by id). */
export async function entries(name: CollectionName): Promise<Record<string, unknown>[]> {
  const list = (await getCollection(name)).map((e) => e.data as Record<string, unknown> & { id: string; order?: number });
  return list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** JSON Schema (draft 2020-12) of a dataset file: an array of the collection's entries. */
export function jsonSchema(name: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(schemas[name]), { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, title: `${name}.json`, description: DATASETS.find((d) => d.name === name)?.description };
}
