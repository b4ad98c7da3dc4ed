// The source of a given cue (attributions-source.ts), on sentences written for this test: the cue is
// chosen here, so these hold whatever the cue model finds.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/attributions-tokens.ts';
import { findSource } from '../../src/parse/attributions-source.ts';

function sourceOf(sentence: string, cue: string): string | null {
  const ts = tokenize(sentence);
  const c = ts.findIndex((t) => t.text === cue);
  expect(c, `"${cue}" in: ${sentence}`).toBeGreaterThanOrEqual(0);
  const r = findSource(ts, [c, c], []);
  return r && sentence.slice(ts[r[0]]!.start, ts[r[1]]!.end);
}

describe('findSource', () => {
  it('a participle cue with "by" after it names its agent, with no be-form before it', () => {
    expect(sourceOf('The ferry plan, an option favoured by harbour pilots for years, will be put to a vote.', 'favoured')).toMatch(/harbour pilots/);
  });
  it('a noun cue after a possessive and modifiers is said by the owner', () => {
    expect(sourceOf("The mayor's new public warning about the bridge reached every driver.", 'warning')).toMatch(/mayor/);
    expect(sourceOf('Her latest statement on the strike was brief.', 'statement')).toBe('Her');
  });
  it('a noun with no possessive before it gets no owner from this rule', () => {
    expect(sourceOf('A sharp new warning about the bridge went out on Monday.', 'warning')).toBeNull();
  });
});
