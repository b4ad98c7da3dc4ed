// The sentence splitter hands its tagged tokens to the attribution parser (one wink pass per
// paragraph, not one more per stage). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { sentenceTokens, tokenize } from '../../src/parse/attributions-tokens.ts';

const TEXT = [
  'The council voted on Tuesday. Its chair, Ana Ruiz, said the bridge would reopen in May.',
  '“We are not done yet,” she told reporters. According to the ministry, the repairs cost €4.5mn.',
  'Engineers who inspected the site believe the cracks are old.',
].join('\n\n');

describe('sentence tokens', () => {
  const sentences = segment(TEXT, parseBlocks(TEXT));

  it('every sentence the splitter tagged has the tokens a tagging of it alone gives', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    for (const s of sentences) {
      const shared = sentenceTokens(s);
      expect(shared.length).toBeGreaterThan(0);
      expect(shared).toEqual(tokenize(s.text, s.start));
      for (const t of shared) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('the tokens are the splitter\'s (the same array each time), and a sentence built by hand is tagged on its own', () => {
    const s = sentences[1]!;
    expect(sentenceTokens(s)).toBe(sentenceTokens(s));
    const copy = { ...s };
    expect(sentenceTokens(copy)).not.toBe(sentenceTokens(s));
    expect(sentenceTokens(copy)).toEqual(sentenceTokens(s));
  });
});
