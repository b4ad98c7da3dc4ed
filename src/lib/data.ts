/**
 * Collection access for pages, in a fixed order (getCollection() returns entries in no
 * fixed order). Pages only render; all computing happened in the build script.
 */
import { getCollection } from 'astro:content';
import type { AttributionEntry, ClaimEntry, CollectionName, FigureEntry, MeasureEntry, PersonEntry, QuoteEntry, SourceEntry, UtteranceEntry } from '../schema/index.ts';

/**
 * Entries of a collection, typed by the shared schema module. (The collections are validated by
 * the same zod schemas in src/content.config.ts; Astro's generated types do not always carry
 * them through, so the type is stated here once.)
 */
async function load<T>(name: CollectionName): Promise<T[]> {
  return (await getCollection(name)).map((e) => e.data as T);
}
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en', { numeric: true });

export const getSources = async () => (await load<SourceEntry>('sources')).sort(byOrder);
export const getClaims = async () => (await load<ClaimEntry>('claims')).sort(byOrder);
export const getQuotes = async () => (await load<QuoteEntry>('quotes')).sort(byId);
export const getFigures = async () => (await load<FigureEntry>('figures')).sort(byId);
export const getPeople = async () => (await load<PersonEntry>('people')).sort(byId);
export const getUtterances = async () => (await load<UtteranceEntry>('utterances')).sort(byId);
export const getMeasures = async () => (await load<MeasureEntry>('measures')).sort(byId);
export const getAttributions = async () => (await load<AttributionEntry>('attributions')).sort(byId);

export type Source = Awaited<ReturnType<typeof getSources>>[number];

export { formatDate, formatReading, formatNumber } from './format.ts';
