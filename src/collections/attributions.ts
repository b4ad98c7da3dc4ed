/**
 * The attributions collection: every relation the parser found, with an id, its outlet, the
 * quotation it holds (by quote id, and the quote links back), the person its source names (the
 * quote's person id when it holds a quotation, else a named person looked up in the people
 * collection: alignment resolves both, `persons`) and the sentences its content covers.
 */
import type { AttributionEntry, Extraction, QuoteEntry } from '../schema/index.ts';
import { attributionId, quoteId } from '../schema/ids.ts';
import type { LocatedExcerpt } from './provenance.ts';

/** The index of the first of `items` (sorted by `start`, not overlapping) that ends after `at`. */
function firstEndingAfter(items: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentences a relation's content overlaps, in order (binary search: a 5 MB article has 40,000 sentences). */
function coveredSentences(ex: Extraction, content: AttributionEntry['content']): number[] {
  const found = new Set<number>();
  for (const c of content)
    for (let k = firstEndingAfter(ex.sentences, c.start); k < ex.sentences.length && ex.sentences[k]!.start < c.end; k++) found.add(ex.sentences[k]!.index);
  return [...found].sort((a, b) => a - b);
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
    const mine: AttributionEntry[] = [];
    extraction.attributions.forEach((a, i) => {
      const id = attributionId(slug, i);
      const qid = a.quote === null ? null : quoteId(slug, a.quote);
      const quote = qid ? byId.get(qid) : undefined;
      mine.push({
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
    linkQuotes(slug, extraction, mine, byId);
    out.push(...mine);
  }
  return out;
}

/**
 * Each quotation of the article links to the relation whose content holds most of it (the first such
 * relation on a tie). Content spans are visited by position, only those that can reach the quotation.
 */
function linkQuotes(slug: string, ex: Extraction, mine: readonly AttributionEntry[], byId: Map<string, QuoteEntry>): void {
  const spans = mine.flatMap((e, k) => e.content.map((c) => ({ k, start: c.start, end: c.end }))).sort((a, b) => a.start - b.start);
  const longest = spans.reduce((m, c) => Math.max(m, c.end - c.start), 0);
  ex.quotes.forEach((q, i) => {
    const quote = byId.get(quoteId(slug, i));
    if (!quote) return;
    const held = new Map<number, number>();
    // the first span that could overlap starts at most `longest` before the quotation
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < q.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < spans.length && spans[j]!.start < q.end; j++) {
      const c = spans[j]!;
      const n = Math.max(0, Math.min(c.end, q.end) - Math.max(c.start, q.start));
      if (n > 0) held.set(c.k, (held.get(c.k) ?? 0) + n);
    }
    let best = -1;
    let most = 0;
    for (const [k, n] of held) if (n > most || (n === most && k < best)) [best, most] = [k, n];
    if (best >= 0 && most * 2 >= q.end - q.start) quote.attribution = mine[best]!.id;
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
