/**
 * Figures on news sentences written for this test (sport, technology, weather, finance, politics; never
 * corpus lines), each with its quantities checked by hand: the value (a range as [low, high]) and the
 * unit, in the names the quantities scorer compares through synonyms (src/eval/units.ts). Scored with
 * the same scorer as `npm run eval`, so the figures here read like the dev corpus's: a sanity check that
 * the rules are English, not the dev set. Dates, years, times, ordinals and name-numbers are not figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import { scoreFigures } from '../../src/eval/figures.ts';
import type { GoldFigure } from '../../src/eval/gold.ts';

type Q = [value: number | [number, number], unit: string];
const NEWS: [string, Q[]][] = [
  // sport
  ['Haaland scored 27 goals in 31 games last season, and City finished 10 points clear.', [[27, 'goal'], [31, 'game'], [10, 'point']]],
  ['The 24-year-old striker signed a five-year contract worth £200,000 a week.', [[24, 'year of age'], [5, 'year'], [200000, 'GBP per week']]],
  ['More than 80,000 fans watched the final, and tickets sold for up to $1,500.', [[80000, 'fan'], [1500, 'dollar']]],
  ['She ran the 100 metres in 10.72 seconds, the fastest time this year.', [[100, 'metre'], [10.72, 'second']]],
  ['The club has 14 first-team players injured and will be without its captain for six weeks.', [[14, 'player'], [6, 'week']]],
  ['United were fined €50,000 after 12 of their players surrounded the referee.', [[50000, 'euro'], [12, 'player']]],
  ['The quarterback threw for 312 yards and three touchdowns on Sunday.', [[312, 'yard'], [3, 'touchdown']]],
  ['The Wimbledon champion will receive £2.7m, up 11.8% on last year.', [[2.7e6, 'GBP'], [11.8, '%']]],
  // technology
  ['Apple sold 3.9 million headsets in the quarter, while revenue rose 8% to $94.8bn.', [[3.9e6, 'headset'], [8, '%'], [94.8e9, 'dollar']]],
  ['The new phone has a 6.7-inch screen, 256GB of storage and a 5,000mAh battery.', [[6.7, 'inch'], [256, 'GB'], [5000, 'mAh']]],
  ['The chip draws 15 watts and runs at 3.2GHz.', [[15, 'W'], [3.2, 'GHz']]],
  ['The company plans to cut 1,200 jobs, about 6 per cent of its workforce.', [[1200, 'job'], [6, '%']]],
  ['Download speeds reached 940 megabits per second on the new fibre network.', [[940, 'megabit per second']]],
  ['The startup raised US$25 million from investors and now has 1,000 customers in 40 countries.', [[25e6, 'dollar'], [1000, 'customer'], [40, 'country']]],
  ['Its electric SUV has a range of 520 km and can add 200 km of range in 18 minutes.', [[520, 'km'], [200, 'km'], [18, 'minute']]],
  ['The data centre will use 300 megawatts, enough to power 250,000 homes.', [[300, 'MW'], [250000, 'home']]],
  // weather
  ['Temperatures are expected to reach 38C on Thursday, with overnight lows of 24C.', [[38, 'celsius'], [24, 'celsius']]],
  ['Winds of up to 90 mph brought down trees, and 40,000 homes lost power.', [[90, 'mph'], [40000, 'home']]],
  ['Up to 150mm of rain could fall in 24 hours, forecasters said.', [[150, 'mm'], [24, 'hour']]],
  ['The heatwave pushed temperatures above 100 degrees Fahrenheit in parts of Texas.', [[100, 'fahrenheit']]],
  ['The storm was moving north at 15 miles per hour, about 200 miles south of Miami.', [[15, 'mph'], [200, 'mile']]],
  ['Snow up to 2 feet deep was recorded, and 3,000 flights were cancelled.', [[2, 'foot'], [3000, 'flight']]],
  ['Rainfall of 4.5 inches fell in three hours, flooding 120 streets.', [[4.5, 'inch'], [3, 'hour'], [120, 'street']]],
  // finance
  ['Brent crude rose 2% to $82.40 a barrel, its highest level in three months.', [[2, '%'], [82.4, 'dollar per barrel'], [3, 'month']]],
  ['Gold fell to $1,920 an ounce as the dollar strengthened.', [[1920, 'dollar per ounce']]],
  ['The Bank of England raised rates by 25 basis points to 5.25 per cent.', [[25, 'basis point'], [5.25, '%']]],
  ['Shares in the retailer fell 12 pence to 340p, valuing the group at £2.1bn.', [[12, 'pence'], [340, 'pence'], [2.1e9, 'GBP']]],
  ['Toyota expects an operating profit of 4.3 trillion yen for the year.', [[4.3e12, 'JPY']]],
  ['The miner reported a net profit of A$1.2 billion, up 15 percent on a year earlier.', [[1.2e9, 'AUD'], [15, '%']]],
  ['The budget allocates RM40 billion to roads and 5,000 new teachers.', [[40e9, 'MYR'], [5000, 'teacher']]],
  ['Inflation eased to 3.4% in the year to March, the lowest rate in two years.', [[3.4, '%'], [2, 'year']]],
  ['Petrol prices hit 155 pence a litre, up from 140p in January.', [[155, 'pence per litre'], [140, 'pence']]],
  ['The project will take 10-12 months and cost about €4m.', [[[10, 12], 'month'], [4e6, 'EUR']]],
  ['The 1,200 sq m flat sold for HK$88 million.', [[1200, 'square metre'], [88e6, 'HKD']]],
  // politics
  ['Turnout was 67.3 per cent, with 31.2 million people casting a ballot.', [[67.3, '%'], [31.2e6, 'people']]],
  ['The government will spend £3.5bn on 40 new hospitals over the next decade.', [[3.5e9, 'GBP'], [40, 'hospital']]],
  ['Between 5,000 and 7,000 protesters marched through the capital, police said.', [[[5000, 7000], 'protester']]],
  ["The president's approval rating dropped 4 points to 39 percent.", [[4, 'point'], [39, '%']]],
  ['Two senators and 11 members of the House voted against the measure.', [[2, 'senator'], [11, 'member']]],
  ['Officials said 1.2 million refugees had crossed the border, including 400,000 children.', [[1.2e6, 'refugee'], [400000, 'child']]],
  ['The treaty limits each side to 1,550 deployed warheads and 700 launchers.', [[1550, 'warhead'], [700, 'launcher']]],
  ['The party won 365 of the 650 seats in the election.', [[365, 'seat'], [650, 'seat']]],
  ['Unemployment rose 0.3 percentage points to 4.2%.', [[0.3, 'percentage point'], [4.2, '%']]],
  ['The car produces 400 horsepower and reaches 60mph in 3.9 seconds.', [[400, 'horsepower'], [60, 'mph'], [3.9, 'second']]],
  // written after the rules were in place, to check them on sentences they were not made from
  ['The striker, who cost £45m, has scored nine goals in 14 appearances.', [[45e6, 'GBP'], [9, 'goal'], [14, 'appearance']]],
  ['Verstappen finished 8.2 seconds ahead after 57 laps.', [[8.2, 'second'], [57, 'lap']]],
  ['The Lakers lost by 22 points, their fourth defeat in five games.', [[22, 'point'], [5, 'game']]],
  ['Nvidia shares jumped 9% after sales of $26bn beat forecasts.', [[9, '%'], [26e9, 'dollar']]],
  ['The satellite weighs 1,800 kg and orbits 550 km above Earth.', [[1800, 'kg'], [550, 'km']]],
  ['Hackers stole the data of 4.5 million customers over three days.', [[4.5e6, 'customer'], [3, 'day']]],
  ['The firm will invest €2 billion and hire 3,000 engineers by 2027.', [[2e9, 'EUR'], [3000, 'engineer']]],
  ['Gusts of 70 km/h and 30 centimetres of snow are forecast.', [[70, 'km/h'], [30, 'cm']]],
  ['Temperatures fell to minus 15C overnight, the coldest in 20 years.', [[-15, 'celsius'], [20, 'year']]],
  ['The drought has left 2.3 million people short of water in 12 provinces.', [[2.3e6, 'people'], [12, 'province']]],
  ['The yen weakened to 151 per dollar, and Japanese bonds yielded 0.9 percent.', [[151, 'JPY per dollar'], [0.9, '%']]],
  ['Copper traded at $9,400 a tonne, up 1.5 per cent.', [[9400, 'dollar per tonne'], [1.5, '%']]],
  ['The bank will cut 5,000 jobs and close 200 branches, saving £500m a year.', [[5000, 'job'], [200, 'branch'], [500e6, 'GBP per year']]],
  ['Lawmakers voted 220 to 207 to pass the $1.2 trillion bill.', [[220, 'vote'], [207, 'vote'], [1.2e12, 'dollar']]],
  ['About 3,500 troops and 40 tanks crossed the border on Tuesday.', [[3500, 'troop'], [40, 'tank']]],
  ['The 71-year-old senator has served for 36 years.', [[71, 'year of age'], [36, 'year']]],
  ['Between 20 and 30 protesters were arrested, and 8 officers were injured.', [[[20, 30], 'protester'], [8, 'officer']]],
  ['Polls gave the challenger a lead of 6 percentage points with 48% support.', [[6, 'percentage point'], [48, '%']]],
  ['A 5.8-magnitude quake struck 40 miles off the coast at a depth of 10 km.', [[5.8, 'magnitude'], [40, 'mile'], [10, 'km']]],
  ['The plane, carrying 180 passengers, landed safely after a 2-hour delay.', [[180, 'passenger'], [2, 'hour']]],
  // Written blind in a later session (Dec 2026), before the parser ran on them: value F1 0.992, value + unit
  // 0.898 then. Four general rules followed (an adverb of time ends the counted phrase, counts per period are
  // rates, "Name, 29," is an age, "magnitude 6.4"); one label was changed to the quantities corpus's convention
  // (a hyphened modifier stays in the unit: "seat stadium"). Still missed: "19 three-pointers" (a spurious 3)
  // and "the 460,000 analysts expected" (the unit is the earlier noun).
  ['The airline carried 4.2 million passengers in October, 6% more than a year earlier.', [[4.2e6, 'passenger'], [6, '%']]],
  ['Rents in the city have climbed 18 per cent since 2021 to an average of £1,950 a month.', [[18, '%'], [1950, 'GBP per month']]],
  ['The Warriors shot 48 percent from the field and made 19 three-pointers.', [[48, '%'], [19, 'three-pointer']]],
  ['The wildfire has burned 12,000 acres and destroyed 85 buildings.', [[12000, 'acre'], [85, 'building']]],
  ['The spacecraft will travel 2.4 billion kilometres over seven years.', [[2.4e9, 'km'], [7, 'year']]],
  ['Microsoft agreed to pay $69bn for the games maker, or $95 a share.', [[69e9, 'dollar'], [95, 'dollar per share']]],
  ['The river rose 3.5 metres in 48 hours and reached a peak of 9.1 metres.', [[3.5, 'metre'], [48, 'hour'], [9.1, 'metre']]],
  ['A litre of milk now costs 1.35 euros, against 99 cents two years ago.', [[1.35, 'EUR'], [99, 'cent'], [2, 'year']]],
  ['The bridge is 1.6 miles long and carries 140,000 vehicles a day.', [[1.6, 'mile'], [140000, 'vehicle per day']]],
  ['Ticket prices start at ¥8,000 for the 42,000-seat stadium.', [[8000, 'JPY'], [42000, 'seat stadium']]],
  ['The patch fixes 37 security flaws in 12 products.', [[37, 'flaw'], [12, 'product']]],
  ['Average wages rose by 5.7% while prices rose 3.2%.', [[5.7, '%'], [3.2, '%']]],
  ['The hurricane packed sustained winds of 145 miles per hour and a storm surge of 12 feet.', [[145, 'mph'], [12, 'foot']]],
  ['The ministry said it had shot down 38 drones and four cruise missiles overnight.', [[38, 'drone'], [4, 'missile']]],
  ['Production at the plant fell to 210,000 barrels per day in September.', [[210000, 'barrel per day']]],
  ['The index closed down 1.8 per cent at 7,412 points.', [[1.8, '%'], [7412, 'point']]],
  ['A 7 kg bag of rice sold for 450 rupees, twice the price of last spring.', [[7, 'kg'], [450, 'INR']]],
  ['Midfielder Ruiz, 29, has made 212 appearances for the club.', [[29, 'year of age'], [212, 'appearance']]],
  ['The laptop weighs 1.24kg, is 15.6mm thick and lasts up to 20 hours on a charge.', [[1.24, 'kg'], [15.6, 'mm'], [20, 'hour']]],
  ['Heating oil costs $4.15 a gallon in New England, 30 cents more than last winter.', [[4.15, 'dollar per gallon'], [30, 'cent']]],
  ['The council approved 650 new homes on a 30-hectare site.', [[650, 'home'], [30, 'hectare']]],
  ['Voters rejected the plan by 54% to 46%.', [[54, '%'], [46, '%']]],
  ['The company delivered 435,000 vehicles in the quarter, short of the 460,000 analysts expected.', [[435000, 'vehicle'], [460000, 'vehicle']]],
  ['Snowfall totals topped 60 centimetres in the mountains, where the temperature dropped to -22C.', [[60, 'cm'], [-22, 'celsius']]],
  ['The fund manages £14bn and charges 0.75% a year.', [[14e9, 'GBP'], [0.75, '% per year']]],
  ['Police arrested 23 people and seized 1.5 tonnes of cocaine worth an estimated $40 million.', [[23, 'people'], [1.5, 'tonne'], [40e6, 'dollar']]],
  ['The marathon course climbs 300 metres over the final 10 kilometres.', [[300, 'metre'], [10, 'km']]],
  ['Subscribers pay $7.99 a month for the ad-supported plan, up from $6.99.', [[7.99, 'dollar per month'], [6.99, 'dollar']]],
  ['The strike involved 30,000 nurses at 120 hospitals.', [[30000, 'nurse'], [120, 'hospital']]],
  ['The earthquake, of magnitude 6.4, struck at a depth of 35 kilometres.', [[6.4, 'magnitude'], [35, 'km']]],
  // not figures: dates, years, times, ordinals, names with numbers, list markers
  ['The F-16 pilots met G20 envoys at 3 p.m. on 12 May 2024, the 3rd such meeting since 2019.', []],
  ['Windows 11 and the iPhone 15 went on sale on Sept. 22.', []],
  ['Talk of World War Three filled the papers as the Group of Seven met for Game Seven of the talks.', []],
  ['Norland Fires Six Missiles at Harbour Base', [[6, 'missile']]],
];

describe('figures on news sentences written for this test', () => {
  let tp = 0;
  let tpUnit = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  for (const [text, qs] of NEWS) {
    const figures = extract(text).figures;
    const g: GoldFigure[] = qs.map(([value, unit]) => ({ value, value_raw: String(value), unit, normalized_unit: unit, scored: true }) as GoldFigure);
    const r = scoreFigures(g, figures);
    tp += r.matches.length;
    tpUnit += r.matches.filter((m) => m.unit).length;
    predicted += r.predicted;
    gold += r.gold;
    for (const i of r.missed) misses.push(`missed ${JSON.stringify(qs[i])} in: ${text}`);
    for (const m of r.matches.filter((x) => !x.unit)) misses.push(`unit ${JSON.stringify(qs[m.gold])} ≠ ${figures[m.predicted]!.unit}/${figures[m.predicted]!.normalized.unit} in: ${text}`);
    for (const j of r.spurious) misses.push(`spurious "${figures[j]!.text}" in: ${text}`);
  }
  const f1 = (t: number) => (2 * t) / (predicted + gold);
  console.log(`own news sentences: ${NEWS.length} sentences, ${gold} quantities; value P ${(tp / predicted).toFixed(3)} R ${(tp / gold).toFixed(3)} F1 ${f1(tp).toFixed(3)}; value+unit F1 ${f1(tpUnit).toFixed(3)}\n${misses.join('\n')}`);

  it('has over ninety hand-checked sentences', () => {
    expect(NEWS.length).toBeGreaterThanOrEqual(90);
  });
  // floors just under what the parser reaches (0.993 and 0.957 when written; 0.995 and 0.965 with the blind 30); raise, never lower
  it('finds the values', () => {
    expect(f1(tp)).toBeGreaterThanOrEqual(0.99);
  });
  it('gives the units', () => {
    expect(f1(tpUnit)).toBeGreaterThanOrEqual(0.96);
  });
});
