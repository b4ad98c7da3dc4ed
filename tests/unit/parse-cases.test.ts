// Hard cases, each with a small input written for this test (not taken from the five articles).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';

/** `v`, or a failed test when it is missing. */
function defined<T>(v: T | undefined, what: string): T {
  expect(v, what).toBeDefined();
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
}

const sentences = (t: string) => extract(t).sentences.map((s) => s.text);
const quote = (t: string, i = 0) => defined(extract(t).quotes[i], `quote ${i}`);
const fig = (t: string, i = 0) => extract(t).figures[i];

describe('blocks', () => {
  it('headline, paragraphs, caption with credit, contributors', () => {
    const t = [
      'Council votes to close the old bridge',
      'The city council voted on Monday to close the bridge.',
      'Workers inspect the bridge in March. (Ann Lee/City Press)',
      'Repairs will take a year, officials said.',
      'Additional reporting by Tom Ray',
    ].join('\n');
    expect(extract(t).blocks.map((b) => b.kind)).toEqual(['headline', 'standfirst', 'caption', 'paragraph', 'contributors']);
  });
  it('a "Photo: Agency" line is a caption; "… contributed to this report." is a contributor line', () => {
    const x = extract('Harbour reopens\nA ship docks at dawn. Photo: Port Wire\nThe harbour reopened.\nAmy Wu in Oslo contributed to this report.');
    expect(x.blocks.map((b) => b.kind)).toEqual(['headline', 'caption', 'paragraph', 'contributors']);
  });
  it('rebuilds hard-wrapped paragraphs', () => {
    const t =
      'The\nmayor said the new tram line would open in the spring after two\nyears of delays caused by funding disputes and a lengthy court case\nover the route through the old town centre.\nThe\ncouncil has not yet approved the final budget for the works and\nexpects to vote on it before the end of the month, a spokesman said.';
    const x = extract(t);
    expect(x.blocks.length).toBe(2);
    expect(defined(x.blocks[0], 'block 0').joined).toMatch(/^The mayor said the new tram line would open in the spring after two years/);
  });
  it('an embedded post is a quote by its author', () => {
    const t = 'The minister replied online.\nWe will not back down. Never.\nhttps://t.co/abc123\n— Jane Roe (@janeroe) March 3, 2023\nThe row continued.';
    const x = extract(t);
    expect(x.blocks.map((b) => b.kind)).toEqual(['paragraph', 'post', 'post-footer', 'paragraph']);
    const q = x.quotes.find((q) => q.kind === 'post')!;
    expect(q.text).toBe('We will not back down. Never.');
    expect(q.speaker).toBe('Jane Roe');
  });
});

describe('sentences', () => {
  it('does not split after abbreviations or titles', () => {
    expect(sentences('Gen. Mark Hale met Mr. Ortiz on Nov. 4 in the U.S. capital. They talked.')).toEqual([
      'Gen. Mark Hale met Mr. Ortiz on Nov. 4 in the U.S. capital.',
      'They talked.',
    ]);
  });
  it('keeps decimals and ellipses', () => {
    expect(sentences('The fund has 2.5bn in assets . . . and growing. Sales rose… slightly.')).toEqual([
      'The fund has 2.5bn in assets . . . and growing.',
      'Sales rose… slightly.',
    ]);
  });
  it('never splits inside a quotation, but splits before an opening mark', () => {
    expect(sentences('“We tried. We failed,” she said. “Now we wait.” It rained.')).toEqual([
      '“We tried. We failed,” she said.',
      '“Now we wait.”',
      'It rained.',
    ]);
  });
  it('offsets point into the original text', () => {
    const t = 'One line\nsplit here. Next one.';
    for (const s of extract(t).sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('quotes', () => {
  it('full quote after the speaker, with role and context', () => {
    const q = quote('Maria Lopez, a professor of economics at Vale University, told reporters in Lisbon on Monday: “Prices will fall.”');
    expect(q).toMatchObject({ text: 'Prices will fall.', kind: 'full', speaker: 'Maria Lopez', verb: 'told', anonymous: false });
    expect(q.role).toBe('professor of economics at Vale University');
    expect(q.context).toBe('told reporters in Lisbon on Monday');
  });
  it('partial quote inside the reporter’s sentence', () => {
    const q = quote('The mayor, Tom Baker, called the plan “reckless” in an interview.');
    expect(q).toMatchObject({ text: 'reckless', kind: 'partial', speaker: 'Tom Baker' });
  });
  it('straight quotation marks', () => {
    const q = quote('"We are ready," said Coach Dana Smith.');
    expect(q).toMatchObject({ text: 'We are ready,', kind: 'full', speaker: 'Dana Smith', verb: 'said' });
  });
  it('a quote split by its attribution keeps one speaker', () => {
    const x = extract('“The bridge is safe,” said engineer Paul Novak, “but it needs paint.”');
    expect(x.quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ['The bridge is safe,', 'Paul Novak', 'full'],
      ['but it needs paint.', 'Paul Novak', 'full'],
    ]);
  });
  it('multi-sentence quote, pronoun and continuation paragraph', () => {
    const t = 'Health Minister Sara Ilves spoke on Tuesday.\n“It is early. We are watching,” she said.\n“Nobody should panic.”';
    const x = extract(t);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Sara Ilves', 'Sara Ilves']);
    expect(defined(x.quotes[0], 'quote 0').text).toBe('It is early. We are watching,');
  });
  it('a quotation continuing into the next paragraph', () => {
    const t = '“The first part goes on,” said Ken Ito. “And it does not close here.\n“It closes in the next paragraph.”';
    const x = extract(t);
    expect(x.quotes.map((q) => q.speaker)).toEqual(['Ken Ito', 'Ken Ito', 'Ken Ito']);
    expect(defined(x.quotes[2], 'quote 2').text).toBe('It closes in the next paragraph.');
  });
  it('nested quotes stay inside the outer quotation', () => {
    const q = quote('“They told us ‘wait’ and we waited,” said Lena Park.');
    expect(q.text).toBe('They told us ‘wait’ and we waited,');
    expect(q.speaker).toBe('Lena Park');
  });
  it('anonymous sources and "the official"', () => {
    const t = 'A senior European diplomat said talks had stalled. The deal is “dead for now,” said the diplomat, who spoke on condition of anonymity.';
    const q = quote(t);
    expect(q.anonymous).toBe(true);
    expect(q.text).toBe('dead for now,');
  });
  it('dash attribution', () => {
    const q = quote('"The border stays closed" - Interior Minister Olaf Berg.');
    expect(q.speaker).toBe('Olaf Berg');
  });
  it('a pronunciation gloss is not a quote', () => {
    expect(extract('The drug, pronounced “zy-lo-fen”, is new.').quotes).toEqual([]);
  });
});

describe('figures', () => {
  it('digits with counted noun and qualifier', () => {
    expect(fig('Police said some 4,500 protesters gathered.')).toMatchObject({ text: '4,500 protesters', value: 4500, qualifier: 'some', category: 'count' });
  });
  it('number words', () => {
    expect(fig('Four ministers resigned.')).toMatchObject({ text: 'Four ministers', value: 4 });
  });
  it('ordinals in digits are not figures (they rank, they do not measure)', () => {
    expect(extract('It was the 250th meeting; he finished 2nd of 40 runners on the 1st.').figures.map((f) => f.text)).toEqual(['40 runners']);
  });
  it('suffix scales: 2.4mn, 3bn', () => {
    expect(fig('The app has 2.4mn users.')).toMatchObject({ value: 2_400_000 });
    expect(fig('It raised $3bn.')).toMatchObject({ value: 3e9, category: 'money', unit: 'USD' });
  });
  it('units and normalisation: miles to km, square kilometres, percent', () => {
    expect(fig('The road runs for up to 50 miles.')).toMatchObject({ value: 50, unit: 'mi', qualifier: 'up to', normalized: { value: 80.4672, unit: 'km' } });
    expect(fig('Fires burned about 40 sq km of forest.')).toMatchObject({ value: 40, unit: 'km²', qualifier: 'about' });
    expect(fig('Turnout was 61 per cent.')).toMatchObject({ value: 61, unit: '%', category: 'percentage' });
  });
  it('durations in words and hyphenated', () => {
    expect(fig('The strike lasted nearly six weeks.')).toMatchObject({ text: 'six weeks', value: 6, unit: 'week', qualifier: 'nearly', category: 'duration' });
    expect(fig('It ended a two-year dispute.')).toMatchObject({ value: 2, unit: 'year', category: 'duration' });
  });
  it('vague counts', () => {
    expect(fig('Tens of thousands of fans arrived.')).toMatchObject({ value: null, category: 'vague_count' });
    expect(fig('They received hundreds of letters.')).toMatchObject({ text: 'hundreds of letters', value: null });
  });
  it('dates and years are dates, not figures', () => {
    const x = extract('On March 3, 2021, and again on 14 June and in October, the 1990s band toured. It ends Dec. 2.');
    expect(x.figures).toEqual([]);
    expect(x.dates.map((d) => d.text)).toEqual(['March 3, 2021', '14 June', 'October', '1990s', 'Dec. 2']);
  });
  it('numbers inside names are not figures', () => {
    expect(extract('The A320 and the MiG-29 flew past the B52 near Route 9A during COVID-19.').figures).toEqual([]);
  });
  it('"one" as a determiner is not a figure', () => {
    expect(extract('One analyst disagreed, one of many.').figures).toEqual([]);
  });
});

describe('roles given in an earlier sentence', () => {
  it('a title before the name, with its modifiers, carries to a later "she said"', () => {
    const t = 'Chilean Finance Minister Rosa Ortiz met bankers on Monday.\n“The budget will hold,” she said.';
    expect(quote(t)).toMatchObject({ speaker: 'Rosa Ortiz', role: 'Chilean Finance Minister' });
  });
  it('a possessive with a lowercase office ("Norway’s trade minister") carries to the surname', () => {
    const t = 'Norway’s trade minister Lars Berg welcomed the deal.\n“It is a good day for exporters,” Berg said.';
    expect(quote(t)).toMatchObject({ speaker: 'Lars Berg', role: 'Norway’s trade minister' });
  });
  it('a role in apposition before the name ("one of the mayor’s advisers, Ana Ruiz,")', () => {
    const t = 'One of the mayor’s closest advisers, Ana Ruiz, criticised the plan.\n“It will cost too much,” Ruiz said.';
    // the whole apposition: "One of …" says she is one adviser among several
    expect(quote(t)).toMatchObject({ speaker: 'Ana Ruiz', role: 'One of the mayor’s closest advisers' });
  });
});
