// Speakers by sentence structure and pronoun resolution, on small inputs written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import { parseBlocks } from '../../src/parse/blocks.ts';
import { segment } from '../../src/parse/sentences.ts';
import { corefIndex } from '../../src/parse/coref.ts';
import { firstNameGender } from '../../src/parse/name-gender.ts';

const speakers = (t: string) => extract(t).quotes.map((q) => q.speaker);

describe('speaker by sentence structure', () => {
  it('"X said" and "said X"', () => {
    expect(speakers('“The bridge is safe,” Nora Quist said. “We checked it twice,” said Paul Oduya.')).toEqual(['Nora Quist', 'Paul Oduya']);
  });
  it('"X, the …, said" keeps the name and the role', () => {
    const q = extract('“Fares will rise,” Lena Marsh, the transit director, said on Monday.').quotes[0];
    expect(q?.speaker).toBe('Lena Marsh');
    expect(q?.role).toBe('transit director');
  });
  it('"according to X"', () => {
    expect(speakers('The plan is “dead on arrival,” according to Ivo Brandt.')).toEqual(['Ivo Brandt']);
  });
  it('"X told reporters"', () => {
    expect(speakers('“We will appeal,” Dara Kell told reporters outside the court.')).toEqual(['Dara Kell']);
  });
  it('a lowercase description ending in a name', () => {
    expect(speakers('“Turnout was low,” political scientist Mara Velde told a radio station.')).toEqual(['Mara Velde']);
  });
  it('"X of Place" is the person, not the place', () => {
    expect(speakers('“I voted early,” said Tomas Reyes of Springfield.')).toEqual(['Tomas Reyes']);
  });
  it('an inverted attribution after a clause: "…, the group says."', () => {
    expect(speakers('The law was “rushed through” and should be repealed, the tenants group says.')).toEqual(['the tenants group']);
  });
  it('a question closing its sentence takes the attribution sentence after it', () => {
    expect(speakers('“Is that all we get?” Vera Nam asked. “We need more.”')).toEqual(['Vera Nam', 'Vera Nam']);
  });
  it('a time or a clause opener is never the speaker', () => {
    const s = speakers('On Monday, “we are ready,” said nobody in particular.');
    expect(s[0]).not.toBe('Monday');
  });
});

describe('pronoun speakers', () => {
  it('"he said" goes to the man the previous sentences are about, not to the woman named after him', () => {
    const t = 'Marek Holm runs the harbour. He met Ana Ruiz on Friday.\n\n“The cranes are old,” he said.';
    expect(speakers(t)).toEqual(['Marek Holm']);
  });
  it('"she said" goes to the woman, by the article\'s own pronouns', () => {
    const t = 'Ana Ruiz, who chairs the board, said her members were worried. Marek Holm disagreed with his colleague.\n\n“We need new cranes,” she said.';
    expect(speakers(t)).toEqual(['Ana Ruiz']);
  });
  it('a surname alone resolves to the full name', () => {
    const t = 'Jonas Pell spoke first. Later Pell returned to the stage.\n\n“Thank you,” he said.';
    expect(speakers(t)).toEqual(['Jonas Pell']);
  });
  it('a place named after "in" is not a person', () => {
    const t = 'The talks were held in Lisbon. Lisbon has hosted such talks before.\n\n“It went well,” she said.';
    expect(speakers(t)).toEqual([null]);
  });
  it('nobody named: speaker null, never a guess', () => {
    expect(speakers('The weather turned. “It is cold,” she said.')).toEqual([null]);
  });
});

// Each case is its own made-up text and expectation; the repeated shape is one case per it().
describe('places are not people', () => {
  it('a city followed by a verb is not credited; the "with X warning" clause names the speaker', () => {
    const t = 'Leaders met in Valmora on Monday.\n\nValmora has repeatedly called the plan “a grave mistake”, with Rana Oste warning this would backfire.';
    expect(speakers(t)).toEqual(['Rana Oste']);
  });
  it('a capital the article never placed ("in …") is still no person: a state or capital speaking credits nobody', () => {
    const t = 'Envoys met on Friday. Moscow has repeatedly said that Western arms are “a red line”.';
    expect(speakers(t)).toEqual([null]);
  });
  it('the "with X warning" clause names the speaker even when the subject before it is a capital', () => {
    const t = 'Kyiv has repeatedly asked for the missiles, calling them “a lifeline”, with Dana Orlik warning that delays “cost lives”.';
    expect(speakers(t)).toEqual(['Dana Orlik', 'Dana Orlik']);
  });
  it('a bare place as the subject of a speech verb credits nobody', () => {
    const t = 'Envoys arrived in Valmora. Valmora said the offer was “not serious.”';
    expect(speakers(t)).toEqual([null]);
  });
});

describe('pronoun speakers: candidates across the article', () => {
  it('a lone first name that speaks is a person, so a later "he said" goes to him', () => {
    const t = 'Ivan agreed to talk on the condition that his last name not be used. Ivan said the roof fell first.\n\n“I was lucky,” he said.';
    expect(speakers(t)).toEqual(['Ivan']);
  });
  it('a person named many sentences back is still a candidate when nobody else fits', () => {
    const filler = 'The clinic opened in spring. The rooms are small. The beds are new. The staff work long shifts. The roads were closed. The rain did not stop. The power failed twice. ';
    const t = `Marta Lind runs the clinic. ${filler}\n\n“We are full,” she said.`;
    expect(speakers(t)).toEqual(['Marta Lind']);
  });
  it('a park is not a person: "he said" goes to the man, not to the park the sentence before is about', () => {
    const t = 'Jon Vale spoke for an hour on Sunday. Riverside Park was full.\n\n“It was loud,” he said.';
    expect(speakers(t)).toEqual(['Jon Vale']);
  });
});

describe('person mentions and genders (coref.ts)', () => {
  const index = (t: string) => {
    const blocks = parseBlocks(t);
    const sentences = segment(t, blocks);
    return { sentences, idx: corefIndex(t, sentences, []) };
  };
  it('a mention is the source of a speech verb before or after it, past an apposition; not as an object', () => {
    const { idx } = index('Lena Marsh said it was late. It was late, said Ivo Brandt. Dara Kell, the mayor, told them so. They met Paul Oduya.');
    const flat = idx.mentions.flat().map((m) => [m.name, m.speech]);
    expect(flat).toEqual([['Lena Marsh', true], ['Ivo Brandt', true], ['Dara Kell', true], ['Paul Oduya', false]]);
  });
  it('a surname the evidence splits on (two people of one family) has no gender; a clear one keeps it', () => {
    const { idx } = index('Olaf Berg opened the shop. He paints. Berg said he was tired. Ana Berg joined later. She runs the books. Tove Lund came too. She sings.');
    expect(idx.gender.get('Berg')).toBeUndefined();
    expect(idx.gender.get('Lund')).toBe('f');
  });
  it('a listed first name gives the gender when no pronoun follows the mention; first names of both genders give none', () => {
    const { idx } = index('Senator Paul Lenz met the adviser Karen Mott on Monday. Tom Vale and Rita Vale arrived later.');
    expect(idx.gender.get('Lenz')).toBe('m');
    expect(idx.gender.get('Mott')).toBe('f');
    expect(idx.gender.get('Vale')).toBeUndefined();
  });
});

describe('first names (name-gender.ts)', () => {
  it('reads the first name after the last title or description, never the surname or an initial', () => {
    expect(firstNameGender('Ohio Gov. Chris Lantz')).toBe('m');
    expect(firstNameGender('political science professor Karen Mott')).toBe('f');
    expect(firstNameGender('Republican Christine Ward Hale')).toBe('f');
    expect(firstNameGender('J. Hale')).toBeNull();
    expect(firstNameGender('Hale')).toBeNull();
  });
  it('"she said" goes to the woman named before when only her first name says so', () => {
    expect(extract('Senator Paul Lenz met the adviser Karen Mott on Monday. “We will not back down,” she said.').quotes.map((q) => q.speaker)).toEqual(['Karen Mott']);
    expect(extract('Karen Mott, an adviser, sat beside Senator Paul Lenz on Monday. “We will not back down,” he said.').quotes.map((q) => q.speaker)).toEqual(['Paul Lenz']);
  });
});

describe('two people of one family (a surname the article gives two first names)', () => {
  const article = [
    'Senator John Halvorsen met voters in Dayton on Monday. His wife, Ellen Halvorsen, a retired teacher, spoke after him.',
    '',
    '"We are ready for this fight," Mr. Halvorsen said.',
    '',
    '"So are we," Mrs. Halvorsen said. She added: "The town has waited long enough."',
  ].join('\n');
  const quotes = () => extract(article).quotes;
  it('"Mr. Doe" and "Mrs. Doe" are the family member of that gender, and so is "she said" after them', () => {
    expect(quotes().map((q) => q.speaker)).toEqual(['John Halvorsen', 'Ellen Halvorsen', 'Ellen Halvorsen']);
  });
  it('each keeps their own role: the senator’s office is not his wife’s, and a courtesy title is no role', () => {
    expect(quotes().map((q) => q.role)).toEqual(['Senator', null, null]);
  });
  it('the same surname with one first name is one person: the role carries to the bare surname', () => {
    const q = extract('Senator John Halvorsen met voters on Monday.\n\n"We are ready," Halvorsen said.').quotes[0];
    expect([q?.speaker, q?.role]).toEqual(['John Halvorsen', 'Senator']);
  });
});

describe('pronoun speakers: who the article is about (coref.ts)', () => {
  const index = (t: string) => {
    const blocks = parseBlocks(t);
    return corefIndex(t, segment(t, blocks), []);
  };
  const names = (t: string) => index(t).mentions.flat().map((m) => `${m.name}${m.subject ? ' (subject)' : ''}`);
  it('a possessor or a modifier after "in" is still a person, not a place: "he said" goes to him', () => {
    const t = 'Paul Lenz left the party in March. In Lenz’s view the vote was lost. Staff in the Lenz camp agreed.\n\n“We lost it early,” he said.';
    expect(index(t).places.has('Lenz')).toBe(false);
    expect(speakers(t)).toEqual(['Paul Lenz']);
  });
  it('"in Springfield" still makes a place', () => {
    expect(index('Ana Ruiz spoke in Springfield on Monday. Springfield was cold.').places.has('Springfield')).toBe(true);
  });
  it('a name that describes another ("Lenz aide Tom Hale") is not the subject; the described one is', () => {
    expect(names('Paul Lenz won. Lenz aide Tom Hale, a lawyer, picked up the thread.')).toEqual(['Paul Lenz (subject)', 'Lenz', 'Tom Hale (subject)']);
    expect(names('GOP strategist Tom Hale laughed.')).toEqual(['Tom Hale (subject)']);
    expect(names('Paul Lenz met Tom Hale on Monday.')).toEqual(['Paul Lenz (subject)', 'Tom Hale']);
  });
  it('a capitalised preposition or adverb opening a sentence is no first name ("Like Hale, …")', () => {
    expect(names('Senator Rita Hale spoke first. Like Hale, the mayor was tired.')).toEqual(['Rita Hale (subject)', 'Hale']);
  });
  it('"anti-Doe" and "pro-Doe" are no mention of Doe', () => {
    expect(names('Rita Hale met anti-Lenz and pro-Lenz voters.')).toEqual(['Rita Hale (subject)']);
  });
  it('several "she" after a woman whose first name the list gives to men overrule the list', () => {
    const t = 'Jan Morrow, the mayor, spoke first. She was pleased. Later Morrow said she would run again.';
    expect(index(t).gender.get('Morrow')).toBe('f');
    expect(index('Jan Morrow, the mayor, spoke first.').gender.get('Morrow')).toBe('m');
  });
  it('one "she" after a woman whose first name the list gives to men lets "she said" mean her; no pronoun keeps the list', () => {
    const t = 'Jan Morrow, the mayor, spoke first and she was brief. Later Tom Vale, a teacher, said he agreed.\n\n“We did it,” she said.';
    expect(index(t).contested.has('Morrow')).toBe(true);
    expect(speakers(t)).toEqual(['Jan Morrow']);
    expect(index('Jan Morrow, the mayor, spoke first. Tom Vale spoke next.').contested.has('Morrow')).toBe(false);
  });
  it('a person the quotation names is not the one speaking', () => {
    const t = 'Tom Hale met Paul Lenz on Monday.\n\n“Lenz was late again, as he always is,” he said.';
    expect(speakers(t)).toEqual(['Tom Hale']);
  });
});
