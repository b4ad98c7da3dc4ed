/**
 * People and utterances, built once from every source's quotes: each quote's canonical person
 * (people.ts) and the utterance it renders (utterances.ts). The claim assigner reads the same links
 * (through the sentences' structure), so nothing rebuilds them.
 */
import type { Extraction, PersonEntry, UtteranceEntry } from '../schema/index.ts';
import { quoteId } from '../schema/ids.ts';
import { buildPeople } from './people.ts';
import { buildUtterances } from './utterances.ts';
import type { QuoteLinks } from './claims/index.ts';

export interface QuoteSource { slug: string; extraction: Extraction }

export function linkQuotes(sources: QuoteSource[]): { people: PersonEntry[]; utterances: UtteranceEntry[]; links: QuoteLinks } {
  const speakers = sources.flatMap((s) =>
    s.extraction.quotes.map((q, i) => ({ key: quoteId(s.slug, i), source: s.slug, speaker: q.speaker, role: q.role, anonymous: q.anonymous })),
  );
  const { people, byQuote: personOf } = buildPeople(speakers, sources.map((s) => s.slug));
  const quotes = sources.flatMap((s) =>
    s.extraction.quotes.map((q, i) => ({
      id: quoteId(s.slug, i), source: s.slug, text: q.text, personId: personOf.get(quoteId(s.slug, i)) ?? null, speaker: q.speaker,
      sentence: s.extraction.sentences[q.sentence]?.text ?? '',
    })),
  );
  const { utterances, byQuote: utteranceOf } = buildUtterances(quotes);
  const links: QuoteLinks = new Map();
  for (const q of quotes) links.set(q.id, { personId: q.personId, utterance: utteranceOf.get(q.id) ?? null });
  return { people, utterances, links };
}
