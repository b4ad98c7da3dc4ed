/**
 * The data of /quotes/, computed once (the page only renders it): every quotation grouped by
 * speaker (a person, or the name as written when no person was identified), then by utterance,
 * the speakers most quoted first; and the people the speaker filter offers.
 */
import type { PersonEntry, QuoteEntry, SourceEntry, UtteranceEntry } from '../../schema/index.ts';
import type { Site } from '../site.ts';
import { sharesWording } from '../word-diff.ts';

export interface UtteranceGroupView {
  /** The utterance's id, or `single-<quote id>` for a quotation no other rendering joins. */
  id: string;
  /** The element id to link to: the utterance's id; none for a single quotation. */
  anchor: string | undefined;
  quotes: QuoteEntry[];
  /** The outlets whose renderings these are, in source order. */
  outlets: SourceEntry[];
  /**
   * The word diffs worth reading: pairs of renderings that share wording (the one rule of
   * src/lib/word-diff.ts); a fragment against the full quotation would be struck almost entirely.
   */
  diffPairs: UtteranceEntry['pairs'];
}

export interface SpeakerGroupView {
  /** `p:<person id>`, or `s:<name as written>` when no person was identified. */
  key: string;
  name: string;
  personId: string | null;
  /** The section's element id. */
  anchor: string;
  /** Quotations in the group. */
  count: number;
  utterances: UtteranceGroupView[];
}

export interface QuotesView {
  /** Most quoted first, then by name. */
  groups: SpeakerGroupView[];
  /** The identified people with at least one quotation, by name (the speaker filter). */
  speakers: PersonEntry[];
}

const SINGLE = 'single-';

type Grouped = Pick<SpeakerGroupView, 'key' | 'name' | 'personId'> & { utterances: Pick<UtteranceGroupView, 'id' | 'quotes'>[] };

/** Speaker groups in the order their first quotation appears, utterances likewise. */
function groupQuotes(site: Site): Grouped[] {
  const groups = new Map<string, Grouped>();
  for (const q of site.quotes) {
    const person = q.personId ? site.person.get(q.personId) : undefined;
    const key = person ? `p:${person.id}` : `s:${q.speaker ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name: person?.name ?? q.speaker ?? 'Speaker not named', personId: person?.id ?? null, utterances: [] }));
    const uid = q.utterance ?? `${SINGLE}${q.id}`;
    let u = g.utterances.find((x) => x.id === uid);
    if (!u) g.utterances.push((u = { id: uid, quotes: [] }));
    u.quotes.push(q);
  }
  return [...groups.values()];
}

/** A person's group is `speaker-<id>`; a name as written becomes a slug of its key. */
const groupAnchor = (key: string, personId: string | null) => (personId ? `speaker-${personId}` : `speaker-${key.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);

export function quotesView(site: Site): QuotesView {
  const outletsOf = (qs: QuoteEntry[]) => site.sources.filter((s) => qs.some((q) => q.source === s.id));
  const groups = groupQuotes(site).map((g) => ({
    ...g,
    anchor: groupAnchor(g.key, g.personId),
    count: g.utterances.reduce((n, u) => n + u.quotes.length, 0),
    utterances: g.utterances.map((u) => ({
      ...u,
      anchor: u.id.startsWith(SINGLE) ? undefined : u.id,
      outlets: outletsOf(u.quotes),
      diffPairs: (site.utterance.get(u.id)?.pairs ?? []).filter((p) => sharesWording(p.diff)),
    })),
  }));
  groups.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const speakers = site.people.filter((p) => site.quotes.some((q) => q.personId === p.id)).sort((a, b) => a.name.localeCompare(b.name));
  return { groups, speakers };
}
