/**
 * People and utterances, built once from every source's quotes: each quote's canonical person
 * (people.ts) and the utterance it renders (utterances.ts). The result is the quotes collection's
 * entries; the claim assigner reads the same links (through the sentences' structure).
 */
import type { Extraction, PersonEntry, QuoteEntry, UtteranceEntry } from '../schema/index.ts';
import type { IdentifiedQuote, QuoteId } from '../schema/ids.ts';
import { buildPeople } from './people.ts';
import { buildUtterances } from './utterances.ts';

export interface QuoteSource { slug: string; extraction: Extraction; quotes: IdentifiedQuote[] }
/** A quote entry, its id typed. */
export type LinkedQuote = QuoteEntry & { id: QuoteId };

export function linkQuotes(sources: QuoteSource[]): { people: PersonEntry[]; utterances: UtteranceEntry[]; quotes: LinkedQuote[] } {
  const all = sources.flatMap((s) => s.quotes.map((q) => ({ q, sentence: s.extraction.sentences[q.sentence]?.text ?? '' })));
  const { people, byQuote: personOf } = buildPeople(
    all.map(({ q }) => ({ key: q.id, source: q.source, speaker: q.speaker, role: q.role, anonymous: q.anonymous })),
    sources.map((s) => s.slug),
  );
  const { utterances, byQuote: utteranceOf } = buildUtterances(
    all.map(({ q, sentence }) => ({ id: q.id, source: q.source, text: q.text, personId: personOf.get(q.id) ?? null, speaker: q.speaker, sentence })),
  );
  const quotes = all.map(({ q }) => ({ ...q, personId: personOf.get(q.id) ?? null, utterance: utteranceOf.get(q.id) ?? null }));
  return { people, utterances, quotes };
}
