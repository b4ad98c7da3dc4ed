/**
 * Figures by kind, on sentences written for these tests (never corpus lines): currencies, scales,
 * compound units, measurement units, counted nouns, ranges, ages, what is not a figure, and the
 * hostile-input cases of issue 16 (signs, fractions, invisible joiners, Infinity, cubic time).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';

const figs = (t: string) => extract(t).figures;
const one = (t: string) => {
  const f = figs(t);
  expect(f, JSON.stringify(f.map((x) => x.text))).toHaveLength(1);
  return f[0]!;
};

describe('money', () => {
  it.each([
    ['The bakery sold the van for £2 million last week.', 2e6, 'GBP'],
    ['The group raised US$ 40 million from backers.', 40e6, 'USD'],
    ['Shares in the miner rose to A$3.20 on Friday.', 3.2, 'AUD'],
    ['A ferry ticket now costs HK$12 each way.', 12, 'HKD'],
    ['Profit fell to €1.5bn in the quarter.', 1.5e9, 'EUR'],
    ['The council set aside RM 5 million for roads.', 5e6, 'MYR'],
    ['The contract is worth GBP 350 a month to the firm.', 350, 'GBP per month'],
    ['They agreed to pay 900 million yen in damages.', 9e8, 'JPY'],
    ['The fine was 12,000 Swiss francs.', 12000, 'CHF'],
    ['Sanctions froze 300 billion rubles of assets.', 3e11, 'RUB'],
    ['The bill came to 40 euros for the two of them.', 40, 'EUR'],
    ['The company booked revenue of 120 MEUR.', 120e6, 'EUR'],
  ])('%s', (t, value, unit) => {
    const f = figs(t).find((x) => x.category === 'money')!;
    expect(f.normalized.value).toBeCloseTo(value);
    expect(f.normalized.unit).toBe(unit);
  });
  it('pence and cents are hundredths of their currency', () => {
    const p = one('A loaf went up by 30p this spring.');
    expect(p.value).toBe(30);
    expect(p.normalized).toEqual({ value: 0.3, unit: 'GBP' });
    const c = figs('Coffee futures rose 4 cents on the day.')[0]!;
    expect(c.normalized).toEqual({ value: 0.04, unit: 'USD' });
  });
  it('dollars and cents are one amount', () => {
    expect(one('The toy cost 7 dollars and 25 cents.').value).toBeCloseTo(7.25);
  });
  it('"pounds" is sterling with money words or a scale, weight otherwise', () => {
    expect(one('The club paid 40 million pounds for the striker.').normalized.unit).toBe('GBP');
    expect(one('The parcel weighed 12 pounds.').normalized.unit).toBe('kg');
  });
});

// One table of cases per kind of figure: the tables share their shape, not their cases.
describe('units before the number', () => {
  it('"magnitude 6.1": the scale is named first', () => {
    expect(one('A quake of magnitude 6.1 shook the coast.')).toMatchObject({ value: 6.1, unit: 'magnitude' });
  });
});

describe('units after the number', () => {
  it.each([
    ['Winds reached 120 km/h near the coast.', 120, 'km/h'],
    ['The car topped 150 miles per hour on the straight.', 241.402, 'km/h'],
    ['Oil traded at 80 dollars per barrel.', 80, 'USD per barrel'],
    ['Prices rose 3 percent a year since then.', 3, '% per year'],
    ['The engine makes 300 horsepower.', 223.71, 'kW'],
    ['The phone ships with 256 GB of storage.', 256, 'GB'],
    ['The plant produces 40 MW at peak.', 40000, 'kW'],
    ['The estate covers 500 acres of woodland.', 2.023, 'km²'],
    ['The flat is 65 sq m on one floor.', 0.000065, 'km²'],
    ['The striker was 30 yards out when he shot.', 0.027432, 'km'],
    ['It was 95 °F in the shade.', 35, '°C'],
    ['The forecast says 40 degrees Fahrenheit by noon.', 4.444, '°C'],
    ['Highs of 31C are expected.', 31, '°C'],
  ])('%s', (t, value, unit) => {
    const f = figs(t)[0]!;
    expect(f.normalized.unit).toBe(unit);
    expect(f.normalized.value!).toBeCloseTo(value, 2);
  });
  it('keeps the unit as written beside the canonical one', () => {
    const f = one('The missile flies 190 miles.');
    expect(f.unit).toBe('mi');
    expect(f.normalized).toEqual({ value: 305.77536, unit: 'km' });
  });
  it('percentage points are not percent', () => {
    expect(one('Support fell 4 percentage points.').normalized.unit).toBe('percentage point');
  });
  it('never takes an ordinary word as the unit', () => {
    for (const t of ['Sales were up 12 all year.', 'The index rose 30 including dividends.', 'It grew 5 without help.']) {
      for (const f of figs(t)) expect(f.unit).toBeNull();
    }
  });
});

describe('counted nouns', () => {
  it('the noun a number counts is its unit, singular when normalised', () => {
    const f = one('The firm shipped 3.9 million headsets in the quarter.');
    expect(f.value).toBe(3.9e6);
    expect(f.unit).toBe('headsets');
    expect(f.normalized.unit).toBe('headset');
  });
  it('a month name is not a counted noun', () => {
    for (const f of figs('The club signed 14 first-team players in January.')) expect(f.unit).not.toMatch(/january/i);
  });
  it('an adverb of time after the noun is not its head ("four cruise missiles overnight")', () => {
    const f = one('The navy intercepted four cruise missiles overnight.');
    expect(f.normalized.unit).toBe('cruise missile');
  });
  it('a count per period is a rate ("3,000 flights a day", "25 points per game")', () => {
    expect(one('The airport handles 3,000 flights a day.')).toMatchObject({ text: '3,000 flights a day', value: 3000, normalized: { unit: 'flight per day' } });
    expect(one('She averages 25 points per game.').normalized.unit).toBe('point per game');
    // "a year ago" dates the count; it is not a rate
    expect(one('The town had 400 shops a year ago.').normalized.unit).toBe('shop');
  });
});

describe('ranges, ages, word numbers', () => {
  it('between A and B, A-B and A to B share the unit', () => {
    for (const t of ['The wall is between 8 and 10 feet tall.', 'The wall is 8-10 feet tall.', 'The wall is eight to 10 feet tall.']) {
      const f = one(t);
      expect(f.range).toEqual([8, 10]);
      expect(f.unit).toBe('ft');
    }
  });
  it('"rose from 5 to 10" is two figures, not a range', () => {
    expect(figs('Rates rose from 5% to 10%.').map((f) => f.value)).toEqual([5, 10]);
  });
  it('ages', () => {
    expect(one('The driver, 40 years old, was unhurt.').normalized.unit).toBe('year of age');
    expect(one('A 28-year-old man was arrested.').normalized).toEqual({ value: 28, unit: 'year of age' });
    // an appositive after a name: "Ruiz, 29, has …"
    expect(figs('Goalkeeper Okafor, 31, has kept 12 clean sheets.').map((f) => f.normalized.unit)).toEqual(['year of age', 'clean sheet']);
    // a number between commas after a word that is not a name is not an age
    expect(figs('In the end, 31, not 40, were chosen.').map((f) => f.normalized.unit)).not.toContain('year of age');
  });
  it('number words', () => {
    expect(one('About ninety five people came.').value).toBe(95);
    expect(one('It costs a quarter million dollars.').value).toBe(250000);
    expect(one('They built three hundred and twenty homes.').value).toBe(320);
  });
});

describe('not figures', () => {
  it.each([
    'He flew an F-16 to the G20 summit in a Su-34.',
    'She joined Windows 10 users on Highway 35 at exit 436.',
    'The meeting starts at 10:30 or 3 p.m. on 12 March 2024.',
    'It happened in 1994 and again in the 2010s.',
    'Vote for: 1) the park; 2) the school.',
    'Tuesday marks the 1,000th day of the siege; she finished 2nd and 3rd.',
  ])('%s', (t) => expect(figs(t).map((f) => f.text)).toEqual([]));
});

// Issue 13: one case per class of miss, each on a sentence written here. [text, [figure text, value, unit or normalised unit]…]
describe('classes of issue 13', () => {
  const read = (t: string) => figs(t).map((f) => [f.text, f.range ?? f.value, f.normalized.unit]);
  it.each([
    // partitives count the noun after "of the"/"of their"
    ['Four of the seven judges dissented.', [['Four', 4, 'judge'], ['seven judges', 7, 'judge']]],
    ['Nine of their players tested positive.', [['Nine of their players', 9, 'player']]],
    // a participle, a measure adjective or an adverb after the noun ends its phrase
    ['Some 2,000 fans waiting outside were turned away.', [['2,000 fans', 2000, 'fan']]],
    ['The leaders are 6 points clear at the top.', [['6 points', 6, 'point']]],
    ['She had called the office 4 times already.', [['4 times', 4, 'time']]],
    // degree words open a counted phrase when a noun follows
    ['The 10 most valuable clubs earned more.', [['10 most valuable clubs', 10, 'valuable club']]],
    ['Three more bodies were found, 2 more than feared.', [['Three more bodies', 3, 'more body'], ['2', 2, null]]],
    // a hyphenated number-noun modifier counts the compound
    ['The firm sold its three-door hatchback and a 4-star resort.', [['three-door hatchback', 3, 'door hatchback'], ['4-star resort', 4, 'star resort']]],
    // a change and a level are two figures, a span of values one range
    ['The index fell 40 points to 7,500 points.', [['40 points', 40, 'point'], ['7,500 points', 7500, 'point']]],
    ['Fares rose by 5% to 8% last year.', [['5%', 5, '%'], ['8%', 8, '%']]],
    ['The trip takes 3 to 4 hours.', [['3 to 4 hours', [3, 4], 'day']]],
    // money: a currency then a scale, a second symbol that starts the next amount, letter symbols and country letters
    ['The fund lost 40 EUR million.', [['40 EUR million', 40e6, 'EUR']]],
    ['Items: $ 12.50 $ 99.99 in total.', [['$ 12.50', 12.5, 'USD'], ['$ 99.99', 99.99, 'USD']]],
    ['The state set aside Rs500 crore and RM12 million.', [['Rs500 crore', 5e9, 'INR'], ['RM12 million', 12e6, 'MYR']]],
    ['the deal was valued at c $ 45 million.', [['c $ 45 million', 45e6, 'CAD']]],
    // units in brackets, inch marks, feet and inches, charge
    ['Rated load: 150 (kg) per axle.', [['150 (kg) per axle', 150, 'kg per axle']]],
    ['The laptop has a 14" display.', [['14"', 14, 'mm']]],
    ['The fish was 3 ft 4 in long.', [['3 ft', 3, 'km'], ['4 in', 4, 'mm']]],
    ['It ships with a 4,500mAh cell.', [['4,500mAh', 4500, 'mAh']]],
    // ages: "yo", "age N"
    ['A 34 yo cyclist was hurt; the limit is age 70.', [['34 yo', 34, 'year of age'], ['70', 70, 'year of age']]],
    // tokenised thousands ("80, 000") are one number; "1, 118" after a date stays apart
    ['crowds of 45, 000 people gathered.', [['45, 000 people', 45000, 'person']]],
    // a score is not a figure; a preposition ends the counted phrase; an age carries over its range
    ['They won 4-1 and sit 9 points above the drop zone.', [['9 points', 9, 'point']]],
    ['Voters aged 18-24 backed the plan.', [['18-24', [18, 24], 'year of age']]],
    ['It was minus 12C at dawn, with 7 minus 2 left.', [['minus 12C', -12, '°C'], ['7', 7, null], ['2', 2, null]]],
    // a decimal point right after letters never ends the sentence ("R23.50" is one number)
    ['Diesel costs R23.50 a litre, up 40 cents.', [['40 cents', 40, 'USD']]],
    // names and addresses are not counts
    ['Protesters gathered outside 10 Downing Street.', []],
    ['Sales of the iPhone 15 and the PlayStation 5 slowed.', []],
  ] as [string, unknown[]][])('%s', (t, expected) => expect(read(t)).toEqual(expected));
});

it('a dot between digits never ends a sentence, even against letters ("R23.50")', () => {
  expect(extract('Diesel costs R23.50 a litre. Petrol costs more.').sentences.map((x) => x.text)).toEqual(['Diesel costs R23.50 a litre.', 'Petrol costs more.']);
});

describe('hostile numbers (issue 16)', () => {
  it('3½ is 3.5; a minus sign keeps its sign', () => {
    expect(one('They fired 3½ missiles.').value).toBe(3.5);
    expect(one('It fell to −40 km below.').value).toBe(-40);
    expect(one('The balance is $-5 today.').value).toBe(-5);
  });
  it('a tiny percentage is not rounded to zero', () => {
    expect(one('The risk is 0.000000001 percent.').normalized.value).toBe(1e-9);
  });
  it('an invisible joiner inside a number does not split it', () => {
    expect(one('They sent 1\u200D200 troops.').value).toBe(1200);
  });
  it('a number too large to represent has no value, not Infinity', () => {
    const f = one('9'.repeat(300) + ' trillion dollars');
    expect(f.value).toBeNull();
    expect(f.normalized.value).toBeNull();
  });
  it('many figures in one long sentence parse in linear time', () => {
    // CPU time of this process, not wall time: a loaded machine must not fail it (about 0.5 s when written;
    // a quadratic pass takes minutes). The scaling figures are measured by `npm run bench -- --scaling-only`.
    const t0 = process.cpuUsage();
    const f = figs('The ATACMS range is 300 km and '.repeat(4000));
    expect(f.length).toBe(4000);
    const cpu = process.cpuUsage(t0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(5000);
  });
});
