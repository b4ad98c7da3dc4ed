// Where a quoted fragment sits in its sentence (src/parse/fragment-syntax.ts), on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { fragmentSyntax } from '../../src/parse/fragment-syntax.ts';
import { tokenize } from '../../src/parse/attributions-tokens.ts';

const syntax = (t: string, frag: string) => {
  const open = t.indexOf(`“${frag}”`);
  return fragmentSyntax(tokenize(t), open, open + frag.length + 2);
};

describe('fragmentSyntax', () => {
  it('finds the nearest verb before the fragment, and none in an opening phrase', () => {
    expect(syntax('Ward called the plan “reckless” on Monday.', 'reckless').verbBefore).toBe('called');
    expect(syntax('The “harbour tax” reference drew laughs.', 'harbour tax').verbBefore).toBeNull();
  });
  it('tags the fragment’s words without its marks and punctuation, and the word after it', () => {
    const s = syntax('The “harbour tax” reference drew laughs.', 'harbour tax');
    expect(s.innerTags).toHaveLength(2);
    expect(s.innerTags.every((t) => t === 'NOUN' || t === 'PROPN' || t === 'ADJ')).toBe(true);
    expect(s.nextTag).toBe('NOUN');
    expect(syntax('Ward called the plan “reckless.”', 'reckless.').nextTag).toBeNull();
  });
});
