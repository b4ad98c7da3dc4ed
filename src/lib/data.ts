/**
 * Collection access for pages, in a fixed order (getCollection() returns entries in no
 * fixed order). Pages only render; all computing happened in the build script.
 */
import { getCollection } from 'astro:content';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en', { numeric: true });

export const getSources = async () => (await getCollection('sources')).sort(byOrder).map((e) => e.data);
export const getClaims = async () => (await getCollection('claims')).sort(byOrder).map((e) => e.data);
export const getQuotes = async () => (await getCollection('quotes')).sort(byId).map((e) => e.data);
export const getFigures = async () => (await getCollection('figures')).sort(byId).map((e) => e.data);
export const getPeople = async () => (await getCollection('people')).sort(byId).map((e) => e.data);
export const getUtterances = async () => (await getCollection('utterances')).sort(byId).map((e) => e.data);
export const getMeasures = async () => (await getCollection('measures')).sort(byId).map((e) => e.data);

export type Source = Awaited<ReturnType<typeof getSources>>[number];

/** "17 November 2024" — dates are shown the way a British newsroom writes them. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Numbers as a reader wants them: grouped, and converted values not shown to false precision. */
export const formatNumber = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 });
