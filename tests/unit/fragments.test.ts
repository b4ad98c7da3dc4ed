// Partial quotations versus scare quotes, titles and terms, on small inputs written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';

const quotes = (t: string) => extract(t).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('partial quotations', () => {
  it('a fragment the sentence credits to someone is a quotation by them', () => {
    expect(quotes('Mayor Ilse Varga said the budget was “a disgrace to this city” and left.')).toEqual([{ text: 'a disgrace to this city', speaker: 'Ilse Varga' }]);
  });
  it('a fragment in a sentence whose subject is a named person goes to that person', () => {
    const t = 'Petra Lund chairs the committee. Lund vowed to stop the “reckless and costly” plan.';
    expect(quotes(t)).toEqual([{ text: 'reckless and costly', speaker: 'Petra Lund' }]);
  });
  it('a pronunciation is never a quotation', () => {
    expect(quotes('The drug — pronounced “zy-lo-fen” — is new.')).toEqual([]);
  });
  it('a show title after a possessive is not a quotation', () => {
    expect(quotes('She appeared on the network’s “Morning Hour With Dan” on Sunday.')).toEqual([]);
  });
  it('a full quotation is always kept', () => {
    expect(quotes('“We will rebuild the school,” Omar Quist said.')).toEqual([{ text: 'We will rebuild the school,', speaker: 'Omar Quist' }]);
  });
});
