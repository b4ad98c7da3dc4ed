// Quoted fragments: somebody's words, or a scare quote, a title, a nickname, a term (issue 12 item 2).
// Every input is a small sentence written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import { quotationRanges } from '../../src/parse/quote-marks.ts';
import { cueCover } from '../../src/parse/fragment-cues.ts';
import { extractQuotes } from '../../src/parse/quotes.ts';

const quotes = (t: string) => extract(t).quotes.map((q) => q.text);
const withSpeakers = (t: string) => extract(t).quotes.map((q) => ({ text: q.text, speaker: q.speaker }));

describe('a fragment is a quote only when someone is credited with the words', () => {
  it('keeps a partial quote its sentence credits to a speaker', () => {
    expect(withSpeakers('Senator Ann Ward called the plan “reckless” in a letter to the board.')).toEqual([{ text: 'reckless', speaker: 'Ann Ward' }]);
    expect(quotes('Officials had described the plan as “a reckless gamble with public money,” Senator Ann Ward said on Tuesday.')).toEqual(['a reckless gamble with public money,']);
  });
  it('drops a scare quote nobody is credited with', () => {
    expect(quotes('The company launched a “green” product line in May, and sales rose by a third.')).toEqual([]);
  });
  it('"so-called" marks a term unless the sentence credits someone', () => {
    expect(quotes('Rebels crossed the so-called “red line” along the river overnight.')).toEqual([]);
    expect(withSpeakers('Mayor Tom Lee said the budget deadline was a “red line” the city would not cross.')).toEqual([{ text: 'red line', speaker: 'Tom Lee' }]);
  });
  it('drops titles of works and programmes', () => {
    expect(quotes('She appeared on “Morning Report” on Sunday to talk about the harvest.')).toEqual([]);
    expect(quotes('His memoir, “Long Road Home,” sold well in the first month.')).toEqual([]);
    expect(quotes('The film “Winter Harbour” opens in cities across the country next week.')).toEqual([]);
  });
  it('drops a title named by the kind of work before it, even in a sentence with a speaker', () => {
    expect(quotes('Her podcast “Quiet Fields” drew a large audience, the producer said.')).toEqual([]);
  });
  it('drops a label whose noun follows it (a level, a category)', () => {
    expect(quotes('The files were kept at the “restricted” level until the audit in May.')).toEqual([]);
    expect(quotes('Officials moved the files to the “restricted” category last year.')).toEqual([]);
  });
  it('drops a programme named after a speech verb and a preposition', () => {
    expect(quotes('Mayor Tom Lee said on Channel Four’s “Evening Table” that the bridge would reopen in May.')).toEqual([]);
    // every form of the verb: "tells", "telling" as well as "told"
    expect(quotes('Mayor Tom Lee tells Channel Four’s “Evening Table” on Friday that the bridge will reopen in May.')).toEqual([]);
  });
  it('drops a headline cited with its byline, though it reads like a full quotation', () => {
    expect(quotes('Worth reading: “Storm Closes the Old Harbour for a Week,” by the Courier’s Ann Ward.')).toEqual([]);
  });
  it('drops a title at the head of its sentence, though it reads like a short full quote', () => {
    expect(quotes('“Broad Street” star Amy Lin visited the school on Friday.')).toEqual([]);
  });
  it('drops a pronoun quoted as a word, even where the sentence has a speaker', () => {
    expect(quotes('The new form says “they” where the old one said “he,” the clerk explained.')).toEqual([]);
  });
  it('drops a term or a title that names a thing: in the subject, or with a noun or a relative clause after it', () => {
    expect(quotes('The “harbour tax” reference drew laughs from the crowd.')).toEqual([]);
    expect(quotes('He opened a “bookbar” that serves coffee and sells novels.')).toEqual([]);
    expect(quotes('The only “public records” that survive are in the county archive.')).toEqual([]);
    expect(quotes('She appeared on an episode of “The Late Harbour Show,” which airs on Fridays.')).toEqual([]);
  });
  it('drops a programme in an opening phrase whose speech verb comes after it', () => {
    expect(quotes('On “Evening Table,” Senator Ann Ward criticised the budget.')).toEqual([]);
  });
  it('keeps the words a speech verb before them credits, whatever the phrase around them', () => {
    expect(withSpeakers('Lee said the plan was “reckless” and would fail.')).toEqual([{ text: 'reckless', speaker: 'Lee' }]);
    expect(withSpeakers('The mayor described the vote as “a victory for common sense.”')).toEqual([{ text: 'a victory for common sense.', speaker: 'The mayor' }]);
  });
  it('a title in quotation marks names nobody: the speaker is the person after it', () => {
    const t = 'On “Harbour Talk” last week, Mayor Tom Lee made his case. “We will reopen the bridge in May,” he said.';
    expect(withSpeakers(t)).toEqual([{ text: 'We will reopen the bridge in May,', speaker: 'Tom Lee' }]);
  });
  it('drops a nickname between a first and a last name', () => {
    expect(quotes('Former coach Bill “The Hammer” Jones retired after twenty seasons.')).toEqual([]);
  });
});

describe('the attribution parser is asked only when its answer matters', () => {
  it('gives the same quotations as always asking it (training traces every fragment, so asks every time)', () => {
    const t = [
      'Senator Ann Ward called the plan “reckless” in a letter to the board.',
      'The company launched a “green” product line in May, and sales rose by a third.',
      'Ward said the vote was “a mistake we will regret” and left the room.',
      'Her podcast “Quiet Fields” drew a large audience, the producer said.',
      'Rebels crossed the so-called “red line” along the river overnight.',
    ].join('\n\n');
    const x = extract(t);
    let traced = 0;
    const always = extractQuotes(t, x.blocks, x.sentences, { fragments: () => traced++ });
    expect(traced).toBeGreaterThanOrEqual(4);
    expect(always.map((q) => q.text)).toEqual(x.quotes.map((q) => q.text));
    expect(always.map((q) => q.text)).toEqual(['reckless', 'a mistake we will regret']);
  });
});

describe('quotations that span or share their attribution', () => {
  it('an open quotation continues in the next paragraph, with the same speaker', () => {
    const t = '“We will keep the station open until the spring,” the mayor said.\n\n“After that, the council decides. I will not promise more than that.”\n\nThe station opened in 1980.';
    expect(withSpeakers(t)).toEqual([
      { text: 'We will keep the station open until the spring,', speaker: 'the mayor' },
      { text: 'After that, the council decides. I will not promise more than that.', speaker: 'the mayor' },
    ]);
  });
  it('a quotation split by its attribution gives two quotes by one speaker', () => {
    expect(withSpeakers('“I think,” Dana Cole said, “we can win the vote.”')).toEqual([
      { text: 'I think,', speaker: 'Dana Cole' },
      { text: 'we can win the vote.', speaker: 'Dana Cole' },
    ]);
  });
});

describe('nested double quotation marks', () => {
  const spans = (s: string) => quotationRanges(s).map((r) => s.slice(r.start, r.end));
  it('a curly quotation inside a quotation does not end it', () => {
    expect(quotes('Ann Ward wrote: “The sign on the door said “Closed for good” in red letters.”')).toEqual(['The sign on the door said “Closed for good” in red letters.']);
    expect(spans('"The rule is not about “fair play” any more," she said.')).toEqual(['"The rule is not about “fair play” any more,"']);
  });
  it('a straight mark inside a straight quotation is read as a reopening, not nesting', () => {
    expect(spans('She tweeted, "Police said "stay inside" tonight."')).toEqual(['"Police said "stay inside"']);
  });
  it('a nested quotation left open at the paragraph end falls back to pairing marks in order', () => {
    expect(spans('“One “two” three “four')).toEqual(['“One “two”', '“four']);
  });
});

describe('cueCover (is a fragment in what an attribution credits?)', () => {
  const cover = (t: string, frag: string) => {
    const x = extract(t);
    const start = t.indexOf(frag);
    return cueCover(t, x.sentences, start, start + frag.length, { model: undefined, bySentence: new Map() });
  };
  it('a fragment after a speech verb is in its content', () => {
    expect(cover('Senator Ann Ward called the plan “reckless” in a letter to the board.', 'reckless').inContent).toBe(true);
    expect(cover('The plan was “reckless,” Ann Ward said.', 'reckless').inContent).toBe(true);
  });
  it('a scare quote in a sentence without a cue is in no content', () => {
    expect(cover('The company launched a “green” product line in May.', 'green').inContent).toBe(false);
  });
  it('says whether a covering cue comes before the fragment or only after it', () => {
    expect(cover('Senator Ann Ward called the plan “reckless” in a letter to the board.', 'reckless').cueBefore).toBe(true);
    expect(cover('The plan was “reckless,” Ann Ward said.', 'reckless').cueBefore).toBe(false);
  });
});
