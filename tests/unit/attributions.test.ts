// Attribution relations on small inputs written for this test (not from the five articles or a corpus).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import type { ExtractedAttribution } from '../../src/schema/index.ts';

function rel(text: string, cue: string): ExtractedAttribution {
  const r = extract(text).attributions.find((a) => a.cue?.text.toLowerCase().includes(cue));
  expect(r, `a relation with cue "${cue}" in: ${text}`).toBeDefined();
  return r!;
}

describe('attributions', () => {
  it('a quotation in a relation nested in another one\'s content belongs to the inner relation', () => {
    const t = 'The mayor said on Tuesday that the drivers’ union had described the new timetable as “a betrayal of every rider in the city.”';
    const outer = rel(t, 'said');
    const inner = rel(t, 'described');
    expect(outer.content[0]?.text).toMatch(/betrayal/); // both contents hold the quotation …
    expect(inner.direct).toBe(true); // … the inner relation has it
    expect(inner.quote).toBe(0);
    expect(outer.direct).toBe(false);
  });
  it('reported speech after the source: source, cue, content', () => {
    const t = 'The harbour will close for repairs next month, two people familiar with the plans said.';
    const r = rel(t, 'said');
    expect(r.source?.text).toMatch(/people familiar with the plans/);
    expect(r.source?.class).toBe('anonymous');
    expect(r.direct).toBe(false);
    expect(r.content[0]?.text).toMatch(/^The harbour will close/);
  });
  it('"according to" takes its source on the right; another outlet is media', () => {
    const t = 'According to Reuters, the ministry has ordered an inquiry into the fire.';
    const r = rel(t, 'according');
    expect(r.source?.text).toBe('Reuters');
    expect(r.source?.class).toBe('media');
    expect(r.content.map((c) => c.text).join(' ')).toMatch(/ministry has ordered an inquiry/);
  });
  it('a named person before "said that"; the content follows the cue', () => {
    const t = 'Mayor Clara Vinton said that the tram line would open in the spring.';
    const r = rel(t, 'said');
    expect(r.source?.text).toMatch(/Clara Vinton/);
    expect(r.source?.class).toBe('person');
    expect(r.source?.person).toBe('Clara Vinton');
    expect(r.content[0]?.text).toMatch(/^the tram line would open/);
  });
  it('a direct quotation links to its quote; a later pronoun resolves to the named person', () => {
    const t = 'Rail chief Tomas Berle spoke on Monday.\n“We will not raise fares this year,” Berle said.\nHe added that the timetable would change.';
    const x = extract(t);
    const d = x.attributions.find((a) => a.direct);
    expect(d?.quote).toBe(0);
    expect(d?.source?.text).toBe('Berle');
    const added = x.attributions.find((a) => a.cue?.text === 'added');
    expect(added?.source?.text).toBe('He');
    expect(added?.source?.person).toMatch(/Berle/);
  });
  it('a statement is a document; a ministry is an organisation', () => {
    expect(rel('The ministry said in a statement that the border was closed.', 'said').source?.class).toBe('organisation');
    expect(rel('A statement from the club said the coach had resigned.', 'said').source?.class).toBe('document');
  });
  it('a sentence with no cue has no relation; every span slices the text', () => {
    const t = 'The bridge opened in 1931. It carries 40,000 cars a day, the council says.';
    const x = extract(t);
    expect(x.attributions.filter((a) => a.content.some((c) => c.start < 27))).toEqual([]);
    for (const a of x.attributions) {
      for (const s of [a.source, a.cue, ...a.content]) if (s) expect(t.slice(s.start, s.end)).toBe(s.text);
    }
  });
  it('a determiner alone and a noun with a participle can be the subject', () => {
    expect(rel('Some shouted that the vote was rigged.', 'shouted').source?.text).toBe('Some');
    expect(rel('Those surveyed say the ferry fares are too high.', 'say').source?.text).toBe('Those surveyed');
  });
  it('a participle opening the sentence is said by the main clause\'s subject; its content ends at the comma', () => {
    const r = rel('Noting that the river had flooded twice, the engineer argued that the dam needed repairs.', 'noting');
    expect(r.source?.text).toBe('the engineer');
    expect(r.content.map((c) => c.text)).toEqual(['the river had flooded twice']);
  });
  it('a closing relation: what follows it is where it was said, and a subject after the verb keeps its description', () => {
    const r = rel('The library will stay open late in June, the mayor said on Tuesday.', 'said');
    expect(r.content.map((c) => c.text)).toEqual(['The library will stay open late in June']);
    const s = rel('“We were never told,” wrote a reader who lives near the depot.', 'wrote');
    expect(s.source?.text).toBe('a reader who lives near the depot');
  });
  it('a relation closing a sentence attributes the whole sentence before it, another relation included', () => {
    const x = extract('The chief engineer said the tunnel was safe, according to the regional newspaper.');
    const acc = x.attributions.find((a) => a.cue?.text.toLowerCase().startsWith('according'));
    expect(acc?.source?.text).toBe('the regional newspaper');
    expect(acc?.content.map((c) => c.text).join(' ')).toMatch(/^The chief engineer said the tunnel was safe$/);
  });
  it('a subject with a relative clause is the noun the clause hangs on; groups are anonymous', () => {
    const r = rel('Engineers who had long opposed the design of the new bridge have said that it will hold.', 'said');
    expect(r.source?.text).toMatch(/^Engineers who/);
    expect(r.source?.class).toBe('anonymous');
    expect(rel('Residents close to the harbour say the noise has stopped.', 'say').source?.class).toBe('anonymous');
    expect(rel('Critics of the council’s budget say it cuts too much.', 'say').source?.class).toBe('anonymous');
  });
  it('a source and cue alone after a quotation the sentence splitter cut off take the quotation', () => {
    const x = extract('The chair stood up.\n\n“Can we vote now, please?” Okafor asked on Friday.');
    const r = x.attributions.find((a) => a.cue?.text === 'asked');
    expect(r?.content.map((c) => c.text)).toEqual(['“Can we vote now, please?”']);
    expect(r?.direct).toBe(true);
  });
  it('after a quotation the name after the verb is the speaker, with its description, even after "asked" or doubled quote marks', () => {
    expect(rel("''The pier needs work,'' said Senator Mira Olsen, Democrat of Ohio.", 'said').source?.text).toBe('Senator Mira Olsen, Democrat of Ohio');
    expect(rel('"It will stay open," said Tomas Berle of the port board, who toured the site.', 'said').source?.text).toMatch(/^Tomas Berle of the port board, who toured/);
    expect(rel('“Is the board running the port?” asked Mr. Berle, pointing at the cranes.', 'asked').source?.text).toBe('Mr. Berle');
  });
  it('a participle after a preposition, and a cue after "went on to" or "tried to", are said by the clause\'s subject', () => {
    const r = rel('The harbour master calmed the crowd by telling them that the water was clean.', 'telling');
    expect(r.source?.text).toBe('The harbour master');
    expect(r.content.map((c) => c.text)).toEqual(['them that the water was clean']);
    expect(rel('Okafor went on to say that the budget was too small.', 'say').source?.text).toBe('Okafor');
  });
  it('"citing" is said by whoever cites; a floating "all" counts the names before it; a day before the verb is no source', () => {
    expect(rel('The ferry will be late, the newsletter reported, citing two engineers.', 'citing').source?.text).toBe('the newsletter');
    expect(rel('Berle and Okafor have all attacked the toll as a tax on fishermen.', 'attacked').source?.text).toMatch(/Berle and Okafor/);
    expect(rel('Mayor Clara Vinton on Saturday criticized the harbour budget.', 'criticized').source?.text).toBe('Mayor Clara Vinton');
  });
  it('a short aside and appositions in a row stay outside or inside the subject as they should', () => {
    expect(rel('Mayor Clara Vinton, for example, named the tram as her worst failure.', 'named').source?.text).toBe('Mayor Clara Vinton');
    expect(rel('Her neighbour, Tomas, 41, worried that the school was too far.', 'worried').source?.text).toBe('Her neighbour, Tomas, 41');
  });
  it('a passive with no agent and "seems" or "appears" credit nobody', () => {
    const x = extract('The ruling is widely expected to favour the port. The mayor appeared to have gained support. The plan was first reported by the harbour newsletter.');
    const src = (cue: string) => x.attributions.find((a) => a.cue?.text.includes(cue));
    for (const cue of ['expected', 'appeared']) {
      expect(src(cue), cue).toBeDefined();
      expect(src(cue)!.source, cue).toBeNull();
    }
    expect(src('reported')?.source?.text).toBe('the harbour newsletter');
  });
  it('an infinitive is said by its clause\'s subject; a name after "said" closing the sentence is the speaker', () => {
    expect(rel('Okafor stood up at the hearing to argue that the toll was fair.', 'argue').source?.text).toBe('Okafor');
    const r = rel('The plan lacks support among the members, whom the chair has angered, said Larry Dunmore, a professor of law.', 'said');
    expect(r.source?.text).toBe('Larry Dunmore, a professor of law');
    expect(rel('Jane Doe, in a letter to the harbour board, rebuked the mayor.', 'rebuked').source?.text).toBe('Jane Doe');
  });
  it('a surname the tagger reads as a verb is still a name; a quotation closed by two apostrophes stays one sentence with its speaker', () => {
    expect(rel("''The docks are barely making a profit,'' Mr. Hedge said from his office in Leeds.", 'said').source?.text).toBe('Mr. Hedge');
    const x = extract("''Who will pay for the new pier?'' said Ana Ruiz, a member of the council.");
    expect(x.sentences).toHaveLength(1);
    expect(x.attributions.find((a) => a.cue?.text === 'said')?.source?.text).toBe('Ana Ruiz, a member of the council');
  });
  it('a second verb after "and also" keeps the subject; a name between commas after an adjective is the source; a passive takes its "by" agent', () => {
    expect(rel('Dana Whitlock spoke about the harbour and also hinted she might resign.', 'hinted').source?.text).toBe('Dana Whitlock');
    expect(rel('And a third, Daniel Okafor, said that he was opposed to the toll.', 'said').source?.text).toBe('Daniel Okafor');
    expect(rel('The harbour plan was praised by a small share of voters.', 'praised').source?.text).toBe('a small share of voters');
    expect(rel('Okafor earlier Tuesday warned that the toll was too high.', 'warned').source?.text).toBe('Okafor');
  });
  it('after a quotation, how it was said is circumstance: the quotation is the content; a one-word aside stays outside the subject', () => {
    const r = rel('“We love the pier!” Susan Marr said as she turned around and waved.', 'said');
    expect(r.source?.text).toBe('Susan Marr');
    expect(r.content.map((c) => c.text)).toEqual(['“We love the pier!”']);
    expect(rel("''I never made light of it,'' Ms. Sherwin said, sitting at the table of her flat.", 'said').content.map((c) => c.text)).toEqual(["''I never made light of it,''"]);
    expect(rel('Okafor, though, said he would vote for the toll.', 'said').source?.text).toBe('Okafor');
  });
  it('an aside between dashes and an apposition opening with "its" belong to the subject; "Asked by X" credits X', () => {
    expect(rel('Dana Marr — a teacher from Leeds — says she will vote for the toll.', 'says').source?.text).toBe('Dana Marr — a teacher from Leeds');
    expect(rel('Tom Grey, its chief executive, said the firm would grow.', 'said').source?.text).toBe('Tom Grey, its chief executive');
    expect(rel('Asked by the host to respond to the charge, Okafor said the toll was fair.', 'asked').source?.text).toBe('the host');
  });
  it('a relative clause after the source describes it: no other kind, and a name inside it is not the source', () => {
    const a = rel('Harbour officials, who were the most doubtful voice on the board, have argued that the fee is too high.', 'argued');
    expect(a.source?.text).toMatch(/^Harbour officials/);
    expect(a.source?.class).toBe('anonymous');
    const b = rel('Port officials who have long doubted Mayor Jane Doe said the pier was unsafe.', 'said');
    expect(b.source?.text).toMatch(/^Port officials/);
    expect(b.source?.class).toBe('anonymous');
  });
  it('one unnamed official whose quotation the article credits to a name is that person; officials stay anonymous', () => {
    const t = 'A senior ministry official responded sharply to the plan, "Raising the fee now is a mistake that will empty the harbour"- Deputy Transport Minister Tomas Berle.';
    const r = extract(t).attributions.find((a) => a.quote === 0);
    expect(r?.source?.text).toBe('A senior ministry official');
    expect(r?.source?.class).toBe('person');
    expect(r?.source?.person).toBe('Tomas Berle');
    expect(rel('A senior ministry official said the fee would rise.', 'said').source?.class).toBe('anonymous');
  });
});


describe('a quotation no cue attributes', () => {
  const t = 'Ana Vell, a port engineer, said the cranes were old. “They break every week,” she said. Her colleague Piet Moor was blunter: “They should be scrapped.”';
  it('is not more of the relation before it when that relation credits someone else', () => {
    const x = extract(t);
    const moor = x.quotes.findIndex((q) => q.text.startsWith('They should'));
    expect(x.quotes[moor]?.speaker).toBe('Piet Moor');
    const r = x.attributions.find((a) => a.quote === moor);
    expect([r?.source?.text, r?.source?.class, r?.source?.person, r?.cue]).toEqual(['Piet Moor', 'person', 'Piet Moor', null]);
    const vell = x.attributions.find((a) => a.cue?.text === 'said' && a.source?.text === 'she');
    expect(vell?.content.some((c) => c.text.includes('scrapped'))).toBe(false);
  });
  it('stays more of the relation before it when the same person goes on', () => {
    const x = extract('“They break every week,” Ana Vell said. “They should be scrapped.”');
    expect(x.attributions.filter((a) => a.direct)).toHaveLength(1);
    expect(x.attributions[0]?.content.map((c) => c.text)).toEqual(['“They break every week,”', '“They should be scrapped.”']);
  });
});
