import { describe, expect, it } from 'vitest';
import { attributionEntries } from '../../src/collections/attributions.ts';
import { quoteId } from '../../src/schema/ids.ts';
import type { Extraction, QuoteEntry } from '../../src/schema/index.ts';

// Sentences of 10 characters each: [0,10) [10,20) [20,30) [30,40) [40,50)
const sentences = [0, 1, 2, 3, 4].map((i) => ({ index: i, start: i * 10, end: i * 10 + 10 }));
const span = (start: number, end: number) => ({ text: 'x'.repeat(end - start), start, end });
const rel = (content: { text: string; start: number; end: number }[]) => ({ source: null, cue: null, content, direct: true, quote: null, sentence: 0 });

function extraction(attributions: ReturnType<typeof rel>[], quotes: { start: number; end: number }[]): Extraction {
  return { blocks: [], sentences, quotes, figures: [], dates: [], attributions } as unknown as Extraction;
}

describe('attributionEntries', () => {
  it('lists the sentences each content span overlaps, once each and in order', () => {
    const ex = extraction([rel([span(25, 32), span(12, 14), span(31, 33)]), rel([span(49, 50)])], []);
    const out = attributionEntries([{ slug: 'a', extraction: ex }], []);
    expect(out.map((e) => e.sentences)).toEqual([[1, 2, 3], [4]]);
  });

  it('links a quotation to the relation holding most of it, the first on a tie, none under half', () => {
    const quotes = [
      { start: 10, end: 20 }, // held 6 by the first relation, 8 by the second (two spans: 5 + 3)
      { start: 30, end: 40 }, // held 5 and 5: the first relation
      { start: 40, end: 50 }, // held 4 only: under half, no link
    ];
    const ex = extraction([rel([span(14, 20), span(30, 35)]), rel([span(10, 15), span(17, 20), span(35, 40)]), rel([span(40, 44)])], quotes);
    const entries = quotes.map((_q, i) => ({ id: quoteId('a', i) }) as unknown as QuoteEntry);
    const out = attributionEntries([{ slug: 'a', extraction: ex }], entries);
    expect(entries.map((q) => q.attribution ?? null)).toEqual([out[1]!.id, out[0]!.id, null]);
  });
});
