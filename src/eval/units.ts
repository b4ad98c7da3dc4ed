/**
 * Unit names compared through synonyms, so "km", "kilometres" and CQE's "kilometre" are one unit and
 * "$", "USD" and "dollar" another. The table is the scorer's data, not the parser's: it maps how units
 * are written to the names the quantities gold uses (CQE's unit names). A written form may stand for
 * several units ("pound": sterling or mass), and then either counts. Compound units ("A per B", "A/B",
 * "A a B") are compared part by part. An ISO 4217 code ("NZD") reads as its ISO name (currency-codes),
 * which a gold name matches when equal or when it only adds the nationality ("Lari" → "georgian lari").
 * An acronym in the gold ("MLRS") matches the compound whose initials it is ("multiple launch rocket systems").
 */
import currencyCodes from 'currency-codes';

/** canonical name → ways of writing it (lower case; plurals and US spellings are handled by `singular`). */
const SYNONYMS: Record<string, string[]> = {
  dollar: ['$', 'usd', 'us$', 'us dollar', 'u.s. dollar', 'buck', 'musd', 'busd'],
  percentage: ['%', 'percent', 'per cent', 'pct', 'percentage point', 'percent point'],
  celsius: ['°c', '℃', 'c', 'degree celsius', 'deg c', 'centigrade', 'degree centigrade'],
  fahrenheit: ['°f', '℉', 'f', 'degree fahrenheit', 'deg f'],
  degree: ['°', 'deg', 'degree'],
  'year of age': ['year old', 'years old', 'year-old', 'yr old'],
  'month of age': ['month old', 'months old', 'month-old'],
  'week of age': ['week old', 'weeks old', 'week-old'],
  'day of age': ['day old', 'days old', 'day-old'],
  euro: ['€', 'eur', 'meur', 'beur'],
  'pound sterling': ['£', 'gbp', 'pound', 'sterling', 'stg'],
  'pound-mass': ['lb', 'lbs', 'pound'],
  penny: ['p', 'pence', 'penny'],
  cent: ['¢', 'cent', 'ct'],
  'chinese yuan': ['yuan', 'cny', 'rmb', 'renminbi', '¥'],
  'japanese yen': ['yen', 'jpy', '¥', '円'],
  'canadian dollar': ['c$', 'cad', 'can$'],
  'australian dollar': ['a$', 'aud', '$a', 'au$'],
  'hong kong dollar': ['hk$', 'hkd'],
  'swiss franc': ['chf', 'franc', 'sfr'],
  'turkish lira': ['lira', 'try'],
  'mexican peso': ['peso', 'mxn', 'mex$'],
  rupee: ['rs', 'inr', '₹', 'rupee'],
  'finnish markka': ['markka', 'fim'],
  bitcoin: ['btc', '₿', 'xbt'],
  metre: ['m', 'meter', 'metre'],
  kilometre: ['km', 'kilometer'],
  centimetre: ['cm', 'centimeter'],
  millimetre: ['mm', 'millimeter'],
  decimetre: ['dm', 'decimeter'],
  picometre: ['pm', 'picometer'],
  mile: ['mi', 'mile'],
  'mile per hour': ['mph'],
  'kilometre per hour': ['kph', 'kmh', 'km/h'],
  foot: ['ft', 'feet', 'foot', "'"],
  inch: ['in', 'inches', 'inch', '"'],
  yard: ['yd', 'yard'],
  'square metre': ['m²', 'm2', 'sq m', 'square meter', 'sqm'],
  'square kilometre': ['km²', 'km2', 'sq km', 'square kilometer'],
  kilogram: ['kg', 'kilo', 'kilogramme'],
  gram: ['g', 'gramme'],
  microgram: ['μg', 'µg', 'mcg', 'microgramme'],
  'metric ton': ['t', 'tonne', 'metric tonne', 'ton'],
  ton: ['ton', 'short ton', 'tn'],
  gallon: ['gal', 'gallon'],
  barrel: ['bbl', 'barrel'],
  ounce: ['oz', 'ounce'],
  'cubic foot': ['cu ft', 'ft³', 'ft3', 'cubic feet'],
  'cubic metre': ['m³', 'm3', 'cu m'],
  millilitre: ['ml', 'milliliter'],
  tablespoon: ['tbsp', 'tbs', 'tb'],
  teaspoon: ['tsp'],
  radian: ['rad'],
  acre: ['ac'],
  litre: ['l', 'liter'],
  hour: ['h', 'hr', 'hour'],
  minute: ['min', 'minute'],
  second: ['s', 'sec', 'second'],
  millisecond: ['ms', 'msec'],
  day: ['d', 'day'],
  week: ['wk', 'week'],
  month: ['mo', 'month'],
  year: ['yr', 'year'],
  point: ['pt', 'pts', 'point'],
  megabyte: ['mb', 'megabyte'],
  megabit: ['mbit', 'megabit'],
  gigabyte: ['gb', 'gigabyte'],
  count: ['times', 'time'],
};

const LOOKUP = new Map<string, Set<string>>();
for (const [canonical, forms] of Object.entries(SYNONYMS)) {
  for (const f of [canonical, ...forms]) {
    const set = LOOKUP.get(f) ?? new Set<string>();
    set.add(canonical);
    LOOKUP.set(f, set);
  }
}

/** Lower case, NFKC, no trailing dot, plural "s"/"es" dropped (not from symbols or 2-letter codes). */
function singular(word: string): string {
  const w = word.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (LOOKUP.has(w)) return w;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** ISO 4217 code (lower case) → the currency's ISO name, plain ("nzd" → "new zealand dollar"). */
const ISO_NAMES = new Map(currencyCodes.data.map((r) => [r.code.toLowerCase(), plain(r.currency)]));

/**
 * The canonical names one simple (non-compound) unit may stand for. A gold unit that already is a
 * canonical name stands for itself only (gold "ton" is not also "metric ton").
 */
function simple(unit: string, gold: boolean): Set<string> {
  const w = singular(unit);
  // An age is measured in its time unit: gold "year of age" is also met by a predicted "year" (the
  // team's published baseline counts it so; "years old" itself is a synonym in the table).
  const age = /^(year|month|week|day) of age$/.exec(w);
  if (gold && age) return new Set([w, age[1]!]);
  if (gold && Object.hasOwn(SYNONYMS, w)) return new Set([w]);
  const hit = LOOKUP.get(w) ?? LOOKUP.get(w.replace(/^(?:degrees?|deg\.?)\s+/, 'degree '));
  return hit ?? new Set([w]);
}

/** Split "km/h", "dollar per share", "percent a year" into their parts; a "years old" phrase is not a compound. */
function parts(unit: string): string[] {
  const u = unit.normalize('NFKC').toLowerCase().trim();
  if (LOOKUP.has(u)) return [u];
  return u.split(/\s*\/\s*|\s+per\s+|\s+an?\s+|-per-/).filter((p) => p.length > 0);
}

/** Every canonical spelling of `unit` (a compound gives each combination of its parts' readings). */
export function canonicalUnits(unit: string, gold = false): Set<string> {
  let out: string[] = [''];
  for (const part of parts(unit)) {
    const readings = [...simple(part, gold)];
    out = out.flatMap((prefix) => readings.map((r) => (prefix ? `${prefix} per ${r}` : r)));
  }
  return new Set(out);
}

/** Gold "-" (CQE: no unit) matches a prediction without a unit. */
export const NO_UNIT = '-';

/** A predicted currency code against a gold currency name: the ISO name, or the gold adding a nationality to it. */
function sameCurrency(gold: string, predicted: string): boolean {
  const iso = ISO_NAMES.get(predicted.trim().toLowerCase());
  if (iso === undefined) return false;
  const g = plain(gold).trim();
  return g === iso || g.endsWith(` ${iso}`);
}

/**
 * A gold unit written as an acronym of the predicted compound: "MLRS" for "multiple launch rocket
 * system(s)", "ICBMs" for "intercontinental ballistic missiles" (the initials of the phrase's last words).
 */
export function acronymOf(gold: string, predicted: string): boolean {
  const a = /^([A-Z]{2,6})s?$/.exec(gold.trim());
  if (!a) return false;
  const words = predicted.trim().split(/[\s-]+/).filter(Boolean);
  const n = a[1]!.length;
  return words.length >= n && words.slice(-n).map((w) => w[0]!.toUpperCase()).join('') === a[1];
}

export function sameUnit(gold: string | null | undefined, predicted: (string | null | undefined)[]): boolean {
  const given = predicted.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (gold === null || gold === undefined || gold.trim() === NO_UNIT) return given.length === 0;
  const g = canonicalUnits(gold, true);
  return given.some((p) => [...canonicalUnits(p)].some((c) => g.has(c)) || sameCurrency(gold, p) || acronymOf(gold, p));
}
