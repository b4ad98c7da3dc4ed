/**
 * The data of /people/, computed once (the page only renders it): everyone quoted or cited,
 * most quoted first, then by name, with the number of quotations and of outlets quoting them.
 */
import type { PersonEntry } from '../../schema/index.ts';
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
