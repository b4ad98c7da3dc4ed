// A role in apposition before a name ("Norland's trade minister, Ilse Varga, …", "His new chief of staff,
// Omar Pell, …"): the name is the person, the words before it are the role, and a later "she said" carries
// that role. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import { Registry, titledMentions } from '../../src/parse/mentions.ts';
import { anonymousDescription } from '../../src/align/people.ts';

const sourceOf = (text: string, cue: string) => extract(text).attributions.find((a) => a.cue?.text === cue)?.source ?? null;

describe('a role in apposition before a name', () => {
  it('reads a possessive role and a capitalised determiner before the name as the role (mentions.ts)', () => {
    expect(titledMentions('Norland’s trade minister, Ilse Varga, visited the port on Monday.', 0).map((m) => [m.name, m.role])).toEqual([['Ilse Varga', 'Norland’s trade minister']]);
    expect(titledMentions('The city’s budget director, Paul Okafor, left early.', 0).map((m) => [m.name, m.role])).toEqual([['Paul Okafor', 'city’s budget director']]);
    // a possessive pronoun points back to someone else: it is not part of the role
    expect(titledMentions('His new chief of staff, Omar Pell, arrived later.', 0).map((m) => [m.name, m.role])).toEqual([['Omar Pell', 'new chief of staff']]);
  });

  it('carries that role to a later pronoun quotation', () => {
    const q = extract('Norland’s trade minister, Ilse Varga, welcomed the figures. “We expected worse,” she said.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Ilse Varga', 'Norland’s trade minister']);
  });

  it('gives a quotation’s speaker the role without the possessive pronoun', () => {
    const q = extract('His new chief of staff, Omar Pell, called the plan “a serious mistake”.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Omar Pell', 'new chief of staff']);
  });

  it('classes the source as the named person, not as an anonymous role', () => {
    const a = sourceOf('Norland’s trade minister, Ilse Varga, said the port would reopen.', 'said');
    expect([a?.class, a?.person]).toEqual(['person', 'Ilse Varga']);
    const b = sourceOf('His new chief of staff, Omar Pell, said the talks had stalled.', 'said');
    expect([b?.class, b?.person]).toEqual(['person', 'Omar Pell']);
  });

  it('resolves "Name, a role at a Placename body" to the name, not to the place', () => {
    const a = sourceOf('Rita Colm, an economist at a Vienna bank, said prices would fall.', 'said');
    expect([a?.class, a?.person]).toEqual(['person', 'Rita Colm']);
  });

  it('keeps an unnamed role anonymous ("a senior official, who asked not to be named")', () => {
    expect(sourceOf('A senior official, who asked not to be named, said the talks had stalled.', 'said')?.class).toBe('anonymous');
    expect(sourceOf('Officials, including several ministers, said the talks had stalled.', 'said')?.class).toBe('anonymous');
  });
});

describe('source heads the tagger reads as adjectives', () => {
  it('a quantifier heading a group is unnamed people, not a person', () => {
    expect(sourceOf('Many in the party said the talks had stalled.', 'said')?.class).toBe('anonymous');
  });
});

describe('a name, then its role in apposition', () => {
  it('registers the role after the name and carries it to a later pronoun quotation', () => {
    expect(titledMentions('Rita Colm, an economist at a Vienna bank, said prices would fall.', 0).map((m) => [m.name, m.role])).toEqual([['Rita Colm', 'economist at a Vienna bank']]);
    const q = extract('Rita Colm, an economist at a Vienna bank, said prices would fall. “We expect a slow year,” she said.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Rita Colm', 'economist at a Vienna bank']);
  });
  it('needs a word for what a person does: a place with a description is no person', () => {
    expect(titledMentions('Port Elden, the region’s largest harbour, reopened on Monday.', 0)).toEqual([]);
  });
});

describe('appositions and the registry', () => {
  it('keeps a sentence opener out of the name', () => {
    expect(titledMentions('Now Karl Brandt, the party’s new chairman, wants a vote.', 0).map((m) => m.name)).toEqual(['Karl Brandt']);
  });
  it('gives the bare surname to the family member named last, not to the one with the longer name', () => {
    const r = new Registry();
    r.register('Paul Lenz', 'Senator', 0);
    r.register('Maria Anna Lenz', 'school director', 50);
    expect([r.expand('Lenz'), r.roleOf('Maria Anna Lenz')]).toEqual(['Maria Anna Lenz', 'school director']);
    r.register('Paul Lenz', null, 90);
    expect([r.expand('Lenz'), r.roleOf('Lenz'), r.roleOf('Paul Lenz')]).toEqual(['Paul Lenz', 'Senator', 'Senator']);
  });
});

describe('appositions stay linear', () => {
  it('a 200 KB run of letters with no space, next to an apposition, does not stall the scan (a guard, not a timing: quadratic took ~30 s)', () => {
    const run = 'QUJD'.repeat(50_000);
    const st = `Rita Colm, an economist at a bank, sent ${run}, a file, to Norland’s trade minister, Ilse Varga, on Monday.`;
    const t0 = performance.now();
    const names = titledMentions(st, 0).map((m) => m.name);
    expect(names).toEqual(['Ilse Varga', 'Rita Colm']);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('a named source who belongs to a body', () => {
  it('is the name before "of", not the body’s last words', () => {
    const a = sourceOf('Analyst Petra Holm of the Centre for Port Studies said the cranes were old.', 'said');
    expect([a?.class, a?.person]).toEqual(['person', 'Petra Holm']);
  });
  it('keeps a title with "of" whole ("Secretary of State Jane Doe")', () => {
    expect(sourceOf('Secretary of State Ana Lutz said the talks would resume.', 'said')?.person).toBe('Ana Lutz');
  });
});

describe('an office word opening the sentence', () => {
  it('is the role of the name after it ("Analyst Petra Holm …")', () => {
    expect(titledMentions('Analyst Petra Holm of the Centre for Port Studies said the cranes were old.', 0).map((m) => [m.name, m.role])).toEqual([['Petra Holm', 'Analyst']]);
  });
});

describe('roles and anonymous labels without the words that point elsewhere', () => {
  it('drops a possessive pronoun before a role written before the name ("Her colleague Piet Moor")', () => {
    const q = extract('Ana Vell spoke first. Her colleague Piet Moor was blunter: “They should be scrapped.”').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Piet Moor', 'colleague']);
  });
  it('labels "one of the officials" as officials, not "of officials"', () => {
    expect(anonymousDescription('one of the officials')).toBe('officials');
    expect(anonymousDescription('two senior U.S. officials')).toBe('senior US officials');
  });
});

describe('a clause before "but said"', () => {
  it('credits the subject of the first verb, not the whole clause', () => {
    const q = extract('Port spokesman Karl Emden declined to comment on the strike but said the cranes had been “repaired and tested”.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Karl Emden', 'Port spokesman']);
  });
});

describe('a clause before "and called"', () => {
  it('drops "such as when" before the subject: no role', () => {
    const q = extract('There were sharper jabs, such as when Ruiz knocked Okafor on trade and called him a “moderate,” a subtle dig.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['Ruiz', null]);
  });
  it('keeps a described subject ("The spokesman refused to answer … but said")', () => {
    expect(extract('The spokesman refused to answer questions on who Ann Lee would back but said: “We will consider it.”').quotes[0]?.speaker).toBe('The spokesman');
  });
});

describe('a capitalised qualifier before the speaker noun', () => {
  it('keeps the noun ("A Harbour Board spokesman", "Norland’s president last night")', () => {
    expect(extract('“The cranes are old,” a Harbour Board spokesman said.').quotes[0]?.speaker).toBe('a Harbour Board spokesman');
    expect(extract('A Harbour Board spokesman added: “We will replace them.”').quotes[0]?.speaker).toBe('A Harbour Board spokesman');
    expect(extract('Norland’s president last night refused to comment, telling reporters: “Not today.”').quotes[0]?.speaker).toBe('Norland’s president');
  });
});
