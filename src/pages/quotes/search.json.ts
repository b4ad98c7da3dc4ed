/** /quotes/search.json: the quote records and their fuse.js index, built once at build time. */
import type { APIRoute } from 'astro';
import Fuse from 'fuse.js';
import { outletClass } from '../../lib/outlets.ts';
import { SEARCH_KEYS, type QuoteRecord } from '../../lib/quote-search.ts';
import { loadSite, quoteClaims } from '../../lib/site.ts';
import { claimUrl, personUrl, sentenceUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const records: QuoteRecord[] = site.quotes.map((q) => {
    const source = site.source.get(q.source)!;
    const person = q.personId ? site.person.get(q.personId) : undefined;
    return {
      id: q.id,
      text: q.text.replace(/\s+/g, ' ').trim(),
      speaker: q.speaker ?? person?.name ?? '',
      person: q.personId ?? '',
      outlet: source.outlet,
      source: source.id,
      tone: outletClass(source.order),
      context: sentenceUrl(source.id, q.sentence),
      claims: quoteClaims(site, q).map((c) => ({ url: claimUrl(c.id), statement: c.statement })),
      personUrl: person ? personUrl(person.id) : null,
      utterance: q.utterance,
    };
  });
  const index = Fuse.createIndex(SEARCH_KEYS.map((k) => ({ ...k })), records);
  return new Response(JSON.stringify({ records, index: index.toJSON() }), { headers: { 'Content-Type': 'application/json' } });
};
