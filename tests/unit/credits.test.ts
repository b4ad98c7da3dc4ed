// Credits for single sentences (src/align/credits.ts): which relation credits a sentence, and when
// another outlet relays someone else. Sentences written for the test; relations built by hand, as the
// parser would give them, so each rule is checked on its own.
import { describe, expect, it } from 'vitest';
import { creditOf, creditRelations, creditedPersonId, HOLDS_SHARE, MIN_SHARE, sentenceCredits, type CreditRelation } from '../../src/align/credits.ts';
import { personFinder } from '../../src/align/people.ts';
import type { ExtractedAttribution, SourceClass } from '../../src/schema/index.ts';

const TEXT =
  'The council will close the bridge in May, two engineers familiar with the plan said. ' + // sentence 0
  '“It is not safe,” the mayor said. “We have no choice.” ' + // 1, 2
  'The closure, reported by The Harbour Gazette citing city officials, surprised residents. ' + // 3
  'Traffic rose by a third last year. ' + // 4
  'According to a planner, the closure aims at repairs.'; // 5

const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in text: ${s}`);
  return { start, end: start + s.length, text: s };
};
const SENTENCES = ['The council will close', '“It is not safe,”', '“We have no choice.”', 'The closure, reported', 'Traffic rose', 'According to a planner'].map((head, i, all) => {
  const start = TEXT.indexOf(head);
  const next = all[i + 1];
  const end = next ? TEXT.indexOf(next) - 1 : TEXT.length;
  return { start, end, sentence: i };
});

function rel(source: string, cls: SourceClass, cue: string, content: string[], sentence: number, person: string | null = null): ExtractedAttribution {
  return { source: { ...at(source), class: cls, person }, cue: at(cue), content: content.map((c) => at(c)), direct: false, quote: null, sentence };
}

const RELATIONS: ExtractedAttribution[] = [
  rel('two engineers familiar with the plan', 'anonymous', 'said', ['The council will close the bridge in May'], 0),
  rel('the mayor', 'person', 'said', ['“It is not safe,”', '“We have no choice.”'], 1, 'Ann Example'),
  rel('The Harbour Gazette', 'media', 'reported', ['The closure'], 3),
  rel('city officials', 'anonymous', 'citing', ['The closure, reported by The Harbour Gazette'], 3),
  rel('a planner', 'anonymous', 'According to', ['aims'], 5),
];
const relations: CreditRelation[] = creditRelations('gazette', { attributions: RELATIONS }, () => null, (name) => (name === 'Ann Example' ? 'ann-example' : null));
const credit = (i: number) => creditOf(SENTENCES[i]!, relations);

describe('creditOf', () => {
  it('credits a sentence to the relation whose content is most of it (its own "X said")', () => {
    const c = credit(0);
    expect(c?.credited.text).toBe('two engineers familiar with the plan');
    expect(c?.credited.class).toBe('anonymous');
    expect(c?.cue?.text).toBe('said');
    expect(c?.attribution).toBe('gazette-a1');
    expect(c?.match).toBe('overlaps');
  });

  it('credits a sentence a quotation holds, though the cue is in another sentence', () => {
    const c = credit(2);
    expect(c?.credited.text).toBe('the mayor');
    expect(c?.match).toBe('holds');
    expect(c?.credited.personId).toBe('ann-example');
  });

  it('gives another outlet the credit and the source it cites as citing', () => {
    const c = credit(3);
    expect(c?.credited.class).toBe('media');
    expect(c?.credited.text).toBe('The Harbour Gazette');
    expect(c?.citing?.credited.text).toBe('city officials');
    expect(c?.citing?.attribution).toBe('gazette-a4');
  });

  it('leaves a sentence no relation touches to the outlet’s own voice', () => {
    expect(credit(4)).toBeNull();
  });

  it('falls back to the sentence’s own cue when the content was cut short', () => {
    const c = credit(5);
    expect(c?.credited.text).toBe('a planner');
    expect(c?.match).toBe('cue');
  });

  it('ignores a relation that covers only a sliver of a sentence whose source and cue lie elsewhere', () => {
    const sliver: CreditRelation = { ...relations[0]!, id: 'x', content: [at('rose')], cue: at('said'), sentence: 0 };
    expect(creditOf(SENTENCES[4]!, [sliver])).toBeNull();
    expect(MIN_SHARE).toBeLessThan(HOLDS_SHARE);
  });

  it('never credits a relation without a source', () => {
    const noSource: CreditRelation = { ...relations[0]!, credited: null };
    expect(creditOf(SENTENCES[0]!, [noSource])).toBeNull();
  });

  it('has no citing when no outlet is credited', () => {
    expect(credit(0)?.citing).toBeNull();
  });
});

describe('creditedPersonId', () => {
  const none = () => null;
  it('takes the quotation speaker’s person first, then looks a named person up by name', () => {
    expect(creditedPersonId({ class: 'person', person: null, text: 'he' }, 0, () => 'from-quote', none)).toBe('from-quote');
    expect(creditedPersonId({ class: 'person', person: 'Ann Example', text: 'she' }, null, none, (n) => (n === 'Ann Example' ? 'ann' : null))).toBe('ann');
  });
  it('looks up no person for anonymous or organisational sources', () => {
    expect(creditedPersonId({ class: 'anonymous', person: null, text: 'Ann Example' }, null, none, () => 'ann')).toBeNull();
  });
});

describe('personFinder', () => {
  const person = (id: string, variants: string[], kind: 'person' | 'anonymous' = 'person') => ({ id, name: variants[0]!, kind, variants, roles: [], quoteCounts: {} });
  const find = personFinder([person('ann-example', ['Ann Example']), person('bo-sample', ['Bo Sample']), person('cy-sample', ['Cy Sample']), person('anonymous-officials', ['officials'], 'anonymous')]);
  it('finds the one person a name as written names, title and spelling variants included', () => {
    expect(find('Mayor Ann Example')).toBe('ann-example');
    expect(find('Example')).toBe('ann-example');
    expect(find('Ann Exampel')).toBe('ann-example');
  });
  it('finds no one when the name is another person’s or shared by several', () => {
    expect(find('Dee Other')).toBeNull();
    expect(find('Sample')).toBeNull();
    expect(find('Bo Sample')).toBe('bo-sample');
  });
});

describe('sentenceCredits', () => {
  it('gives each sentence the credit creditOf gives it from all relations', () => {
    const credits = sentenceCredits(SENTENCES.map((s) => ({ start: s.start, end: s.end, index: s.sentence })), relations);
    for (const s of SENTENCES) expect(credits(s)).toEqual(creditOf(s, relations));
  });
});
