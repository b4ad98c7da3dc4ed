// Quotation marks in mixed conventions (issue 16 item 7), each with a small input written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import { quotationRanges, singleQuoteRanges } from '../../src/parse/quote-marks.ts';
import { roleBefore } from '../../src/parse/mentions.ts';

const quotes = (t: string) => extract(t).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
const sentences = (t: string) => extract(t).sentences.map((s) => s.text);

describe('quotation marks', () => {
  it('British single quotes with apostrophes inside are found whole', () => {
    const t = 'The envoy spoke late. ‘It’s the neighbours’ view that the rules don’t apply,’ Tom Hale said. Talks resume today.';
    expect(quotes(t)).toEqual([{ text: 'It’s the neighbours’ view that the rules don’t apply,', speaker: 'Tom Hale' }]);
  });
  it('a possessive inside a single-quoted phrase does not close it', () => {
    const s = '‘the farmers’ market is closed’ she wrote.';
    const r = singleQuoteRanges(s);
    expect(r.map((x) => s.slice(x.start, x.end))).toEqual(['‘the farmers’ market is closed’']);
  });
  it('German „…“ stops at its closing mark and does not merge sentences', () => {
    // a clause, not three words: whether a three-word quotation is speech is the fragment model's close call
    const t = '„Wir bleiben hier, bis alles geklärt ist“, sagte Anna Berg. Die Sitzung endete am Abend. Sie kam nicht wieder.';
    const x = extract(t);
    expect(x.quotes.map((q) => q.text)).toEqual(['Wir bleiben hier, bis alles geklärt ist']);
    expect(sentences(t).length).toBe(3);
  });
  it('German »…« is one quotation, not a fake one between the marks', () => {
    const s = 'Er sagte »Nein« und ging. Dann kam »Ja«.';
    const r = quotationRanges(s);
    expect(r.map((x) => s.slice(x.start, x.end))).toEqual(['»Nein«', '»Ja«']);
  });
  it('French «…» pairs as usual', () => {
    const s = 'Il a dit « non » hier.';
    expect(quotationRanges(s).map((x) => s.slice(x.start, x.end))).toEqual(['« non »']);
  });
  it('a curly opening mark typed as the closer still closes the quotation', () => {
    const t = '“We are not done,“ Maya Rios said. “Not yet.”';
    expect(quotes(t).map((q) => q.text)).toEqual(['We are not done,', 'Not yet.']);
  });
  it('an opening curly mark closed by a straight one', () => {
    const t = '“Prices will fall," Omar Lind said. Traders expect "a slow year," he added.';
    expect(quotes(t).map((q) => q.text)).toEqual(['Prices will fall,', 'a slow year,']);
  });
  it('an unpaired mark does not merge the rest of the paragraph into one sentence', () => {
    const t = 'The vote was close. She called it “a win. The count resumes on Monday. Results follow later.';
    expect(sentences(t).length).toBe(4);
  });
});

describe('roleBefore', () => {
  it('reads the modifiers before the office', () => {
    const st = 'On Monday the former defence minister Ann Kay spoke.';
    const i = st.indexOf('minister');
    expect(roleBefore(st, i, i + 'minister'.length)).toBe('former defence minister');
  });
  it('is near-linear on one huge sentence of titled names', () => {
    const st = 'President Jane Roe and '.repeat(12_000) + 'nobody else said “enough”.';
    const t0 = performance.now();
    const x = extract(st);
    const ms = performance.now() - t0;
    expect(x.quotes.length).toBe(1);
    expect(ms).toBeLessThan(15_000);
  });
});
