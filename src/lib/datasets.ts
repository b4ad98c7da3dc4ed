/**
 * The collections as downloadable datasets: entries (as the pages read them), their JSON Schema
 * generated from the same zod schemas (zod 4's z.toJSONSchema), and CSV.
 */
import { getCollection } from 'astro:content';
import { z } from 'zod';
import { collections as schemas, CreditRow, type ClaimEntry, type CollectionName } from '../schema/index.ts';
import { creditRows } from './credits.ts';

/** Datasets derived from a collection when published (not stored apart): their schemas. */
const DERIVED = { credits: CreditRow } as const;
export type DatasetName = CollectionName | keyof typeof DERIVED;

export const DATASETS: { name: DatasetName; title: string; description: string }[] = [
  { name: 'sources', title: 'Sources', description: 'One entry per article: outlet, identification, headline, date, full text, blocks, sentences (with their claims) and sourcing profile.' },
  { name: 'claims', title: 'Claims', description: 'The factual claims, each with every outlet’s coverage status and verbatim evidence (offsets into the article text); each evidence item says review: confirmed (by an editor) or suggested (by the matcher, not yet reviewed), with a suggestion’s calibrated confidence, and its credit: whom the outlet credits for the sentence (null: its own voice).' },
  { name: 'quotes', title: 'Quotes', description: 'Every direct quotation: text, offsets, kind, speaker as written and as a person id, role, attribution verb and context.' },
  { name: 'figures', title: 'Figures', description: 'Every quantity: text as written, offsets, value, unit, normalised value, qualifier and what it measures.' },
  { name: 'measures', title: 'Measures', description: 'Figures that measure the same thing across outlets, with a verdict (consistent, discrepant) and the arithmetic.' },
  { name: 'people', title: 'People', description: 'Everyone quoted or cited: name, kind, name variants, role per outlet and quotation counts.' },
  { name: 'attributions', title: 'Attributions', description: 'Every attribution relation, direct and reported speech: whom the outlet credits (words, class: person, anonymous, organisation, media, document), the cue, the content spans, and the quotation it holds.' },
  { name: 'credits', title: 'Credits', description: 'Whom each outlet credits for each sentence it gives for a claim, one row per claim, outlet and sentence (from the claims’ evidence): the kind of source (person, anonymous, organisation, media, document; empty: not attributed, the outlet’s own voice), the words credited, the person id, the cue, whom a credited outlet cites, and the attribution relation.' },
  { name: 'utterances', title: 'Utterances', description: 'Quotations that render the same words across outlets, each rendering with its similarity to, and word-level diff against, the fullest rendering.' },
];

export const isDataset = (name: string): name is DatasetName => DATASETS.some((d) => d.name === name);

/** The entries of a dataset in a stable order (by `order` where present, else by id; derived ones in their own order). */
export async function entries(name: DatasetName): Promise<Record<string, unknown>[]> {
  if (name === 'credits') return creditRows((await entries('claims')) as unknown as ClaimEntry[]) as unknown as Record<string, unknown>[];
  const list = (await getCollection(name)).map((e) => e.data as Record<string, unknown> & { id: string; order?: number });
  return list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** JSON Schema (draft 2020-12) of a dataset file: an array of the collection's entries. */
export function jsonSchema(name: DatasetName): Record<string, unknown> {
  const entry = name === 'credits' ? DERIVED.credits : schemas[name];
  const schema = z.toJSONSchema(z.array(entry), { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, title: `${name}.json`, description: DATASETS.find((d) => d.name === name)?.description };
}
