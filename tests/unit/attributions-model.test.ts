// The cue scorer on sentences written for this test (not from the five articles or a corpus).
import { describe, expect, it } from 'vitest';
import { cueFeatures, cueRanges, loadModel, quoteMask, score, scoreToken, sentenceContext, type CueModelFile } from '../../src/parse/attributions-model.ts';
import { tokenize } from '../../src/parse/attributions-tokens.ts';
import weights from '../../src/parse/attribution-weights.json' with { type: 'json' };

const model = loadModel(weights as CueModelFile);
const SENTENCES = [
  'The harbour will close for repairs next month, two people familiar with the plans said.',
  '“We will not raise fares this year,” the rail chief told reporters on Monday.',
  'According to the ministry, the bridge is safe: “There is no risk,” an engineer insisted.',
  'She wants the council to vote again, and her deputy believes that it will.',
  'Asked about the delay, he said: the trains are old.',
  'No one said anything.',
  'Ok.',
];

describe('cue scorer', () => {
  it('scores every token exactly as the feature strings it was trained on do', () => {
    let compared = 0;
    for (const s of SENTENCES) {
      const ts = tokenize(s);
      const mask = quoteMask(ts);
      const any = mask.some(Boolean);
      const ctx = sentenceContext(model.prior, ts);
      for (let i = 0; i < ts.length; i++) {
        // every token, not only the lexicon's: unknown words take the tag-only path
        expect(scoreToken(model, model.lexicon, ts, i, mask, any, ctx), `${s} @ ${ts[i]!.text}`).toBe(score(model, cueFeatures(model.lexicon, ts, i, mask, any, ctx)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });
  it('a sentence’s cues are scored once per token array and model', () => {
    const ts = tokenize(SENTENCES[0]!);
    const first = cueRanges(model, ts);
    expect(first.length).toBeGreaterThan(0);
    expect(cueRanges(model, ts)).toBe(first);
    // the same words as a new array are scored again (and agree); so is another model
    expect(cueRanges(model, tokenize(SENTENCES[0]!))).not.toBe(first);
    expect(cueRanges(model, tokenize(SENTENCES[0]!))).toEqual(first);
    const zero = { ...model, table: new Int8Array(model.table.length) };
    expect(cueRanges(zero, ts)).toEqual([]);
  });
  it('sees the strongest candidate cue before and after each token, and the sentence’s marks', () => {
    const ts = tokenize('The mayor said the council wants a vote: “Soon,” according to her.');
    const ctx = sentenceContext(model.prior, ts);
    const at = (w: string) => ts.findIndex((t) => t.text === w);
    const said = at('said');
    const wants = at('wants');
    // "say" is a cue most times it occurs in training: band 3, and so the strongest before "wants"
    expect(ctx.own[said]).toBe(3);
    expect(ctx.before[wants]).toBe(3);
    expect(ctx.before[said]).toBe(0);
    expect(ctx.after[said]).toBeGreaterThanOrEqual(ctx.own[wants]!);
    expect(ctx.back[wants]).toBe(String(wants - said));
    expect(ctx.back[said]).toBe('f');
    expect(ctx.own[at('The')]).toBe(0);
    expect(ctx.sent).toBe('111');
    expect(sentenceContext(model.prior, tokenize('Rain fell all day.')).sent).toBe('000');
  });
});
