/**
 * The data of /people/ and /people/<id>/, computed once (the pages only render it): everyone quoted
 * or cited, most quoted first, then by name, with the number of quotations and of outlets quoting
 * them; and for one person, each outlet's quotations and the roles it gives them.
 */
import type { PersonEntry, QuoteEntry, SourceEntry } from '../../schema/index.ts';
import type { Site } from '../site.ts';

export interface PersonRowView {
  person: PersonEntry;
  /** "Person", "Organisation" or "Anonymous source". */
  kind: string;
  /** Quotations across all outlets. */
  quotes: number;
  /** Outlets with at least one quotation. */
  outlets: number;
}

const KIND: Record<PersonEntry['kind'], string> = { person: 'Person', organisation: 'Organisation', anonymous: 'Anonymous source' };

export function peopleView(site: Site): PersonRowView[] {
  const rows = site.people.map((person) => ({
    person,
    kind: KIND[person.kind],
    quotes: Object.values(person.quoteCounts).reduce((a, b) => a + b, 0),
    outlets: Object.values(person.quoteCounts).filter((n) => n > 0).length,
  }));
  return rows.sort((a, b) => b.quotes - a.quotes || a.person.name.localeCompare(b.person.name));
}

export interface PersonOutletView {
  source: SourceEntry;
  quotes: QuoteEntry[];
  /** The roles this outlet gives the person ("Secretary of State"). */
  roles: PersonEntry['roles'];
}

export interface PersonView {
  person: PersonEntry;
  /** "a person", "an organisation", "an anonymous source": how the page lists them. */
  kind: string;
  /** Every outlet, in source order, quoting the person or not. */
  bySource: PersonOutletView[];
  /** The outlets that quote the person. */
  outlets: PersonOutletView[];
  /** The page's lede and meta description. */
  description: string;
}

const KIND_PHRASE: Record<PersonEntry['kind'], string> = { person: 'a person', organisation: 'an organisation', anonymous: 'an anonymous source' };

export function personPaths(site: Site): { params: { id: string }; props: { id: string } }[] {
  return site.people.map((p) => ({ params: { id: p.id }, props: { id: p.id } }));
}

export function personView(site: Site, id: string): PersonView {
  const person = site.person.get(id)!;
  const quotes = site.quotes.filter((q) => q.personId === person.id);
  const bySource = site.sources.map((source) => ({ source, quotes: quotes.filter((q) => q.source === source.id), roles: person.roles.filter((r) => r.source === source.id) }));
  const outlets = bySource.filter((x) => x.quotes.length > 0);
  const description = `${person.name}: ${quotes.length} ${quotes.length === 1 ? 'quotation' : 'quotations'} in ${outlets.length} of the ${site.sources.length} reports, with the role each outlet gives.`;
  return { person, kind: KIND_PHRASE[person.kind], bySource, outlets, description };
}
