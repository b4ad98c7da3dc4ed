/**
 * The attributions collection: every relation the parser found, with an id, its outlet, the
 * quotation it holds (by quote id, and the quote links back), the person its source names (the
 * quote's person id when it holds a quotation, else a named person looked up in the people
 * collection: alignment resolves both, `persons`) and the sentences its content covers.
 */
import type { AttributionEntry, Extraction, QuoteEntry } from '../schema/index.ts';
import { attributionId, quoteId } from '../schema/ids.ts';
import type { LocatedExcerpt } from './provenance.ts';

function coveredSentences(ex: Extraction, content: AttributionEntry['content']): number[] {
  return ex.sentences.filter((s) => content.some((c) => c.start < s.end && s.start < c.end)).map((s) => s.index);
}

/** Entries for every article; sets `attribution` on the quotes (same order as built). */
export function attributionEntries(
  parsed: { slug: string; extraction: Extraction }[],
  quotes: QuoteEntry[],
  persons: Map<string, string | null> = new Map(),
): AttributionEntry[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const out: AttributionEntry[] = [];
  for (const { slug, extraction } of parsed) {
    extraction.attributions.forEach((a, i) => {
      const id = attributionId(slug, i);
      const qid = a.quote === null ? null : quoteId(slug, a.quote);
      const quote = qid ? byId.get(qid) : undefined;
      out.push({
        id,
        source: slug,
        // The person the claims' credits name (align/credits.ts): the quotation's speaker, else by name.
        credited: a.source ? { ...a.source, personId: persons.get(id) ?? quote?.personId ?? null } : null,
        cue: a.cue,
        content: a.content,
        direct: a.direct,
        quote: quote ? qid : null,
        sentence: a.sentence,
        sentences: coveredSentences(extraction, a.content),
      });
    });
    linkQuotes(slug, extraction, out, byId);
  }
  return out;
}

/** Each quotation of the article links to the relation whose content holds most of it. */
function linkQuotes(slug: string, ex: Extraction, entries: AttributionEntry[], byId: Map<string, QuoteEntry>): void {
  const mine = entries.filter((e) => e.source === slug);
  ex.quotes.forEach((q, i) => {
    const quote = byId.get(quoteId(slug, i));
    if (!quote) return;
    let best: AttributionEntry | null = null;
    let most = 0;
    for (const e of mine) {
      const n = e.content.reduce((sum, c) => sum + Math.max(0, Math.min(c.end, q.end) - Math.max(c.start, q.start)), 0);
      if (n > most) [best, most] = [e, n];
    }
    if (best && most * 2 >= q.end - q.start) quote.attribution = best.id;
  });
}

/** Every excerpt of an entry, for the provenance gate. */
export function attributionExcerpts(a: AttributionEntry): LocatedExcerpt[] {
  const out: LocatedExcerpt[] = [];
  if (a.credited) out.push({ item: `attribution ${a.id} source`, ...a.credited });
  if (a.cue) out.push({ item: `attribution ${a.id} cue`, ...a.cue });
  a.content.forEach((c, k) => out.push({ item: `attribution ${a.id} content ${k + 1}`, ...c }));
  return out;
}
