/**
 * Property test (issue 16, cases 1, 13, 14): generated articles with one long paragraph of many
 * sentences and figures, long unbroken tokens and many short paragraphs parse to a correct result:
 * every sentence of the long paragraph is found, a long token stays inside one sentence, every
 * offset slices to its text. How parse time grows with size is measured by `npm run bench`
 * (section 7: 1 MB and 5 MB hostile articles, ratio ≤ 7), not timed here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileArticle } from '../../scripts/bench/hostile.ts';
import { extract } from '../../src/parse/index.ts';
import { MAX_TOKEN, maskLongTokens } from '../../src/parse/sentences.ts';

const word = fc.constantFrom('officials', 'said', 'the', 'plan', 'would', 'change', 'little', 'allies', 'waited');
const unit = fc.constantFrom('km', 'miles', 'troops', 'percent');
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 12 }), fc.integer({ min: 2, max: 99_999 }), unit)
  .map(([words, n, u]) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())} about ${n.toLocaleString('en-US')} ${u}.`);
const token = fc.integer({ min: MAX_TOKEN - 10, max: 120_000 }).map((n) => 'data:image/png;base64,' + 'QUJD'.repeat(Math.ceil(n / 4)));

describe('long paragraphs, long tokens, many figures', () => {
  it('parse correctly: every sentence found, tokens kept whole, offsets exact', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 200, maxLength: 3000 }), token, (sentences, tok) => {
        const paragraph = sentences.join(' ');
        const text = `Talks resume\n\n${paragraph}\n\nThe post showed ${tok} before it was removed.\n`;
        const x = extract(text);
        const inParagraph = x.sentences.filter((s) => s.block === 1);
        expect(inParagraph.map((s) => s.text)).toEqual(sentences);
        const last = x.sentences.at(-1)!;
        expect(last.text).toBe(`The post showed ${tok} before it was removed.`);
        expect(x.figures.length).toBeGreaterThanOrEqual(sentences.length);
        for (const item of [...x.blocks, ...x.sentences, ...x.quotes, ...x.figures]) expect(text.slice(item.start, item.end)).toBe(item.text);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('the tokenizer guard keeps the text length, so offsets are unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 0, max: 2000 }), (s, n) => {
        const t = s + 'x'.repeat(n) + s;
        const masked = maskLongTokens(t);
        expect(masked.length).toBe(t.length);
        expect(masked.split(/\s+/).every((w) => w.length <= MAX_TOKEN)).toBe(true);
        // and text with no long run comes back as it was (the one-pass check agrees with the regex on every space)
        if (t.split(/\s+/).every((w) => w.length <= MAX_TOKEN)) expect(masked).toBe(t);
        else expect(masked).not.toBe(t);
      }),
      { numRuns: 200 },
    );
  });

  it("the bench's hostile article parses with sentences, quotes and figures in every part", () => {
    const text = hostileArticle(150_000);
    const x = extract(text);
    expect(x.blocks.length).toBeGreaterThan(10);
    expect(x.sentences.length).toBeGreaterThan(1000);
    expect(x.quotes.length).toBeGreaterThan(100);
    expect(x.figures.length).toBeGreaterThan(1000);
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  }, 120_000);
});
