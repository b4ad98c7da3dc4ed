/**
 * Units as a reader writes them, and the one conversion a reader wants beside a figure.
 *
 * Normalisation (the parser's `normalized`, in km, km², day, kg, °C…) is for arithmetic: it is how
 * the comparison decides whether 190 miles and 300 km agree. A reader sees the figure in the unit it
 * was written in — "three years" stays 3 years, never 1,096 days — with the other system's unit
 * beside the kinds of quantity English-language readers split on (distance, area, speed, weight,
 * temperature): "300 km (186 miles)", "190 miles (306 km)". General English usage; no article's.
 */

/** The parser's unit symbol → how a reader writes it, [one, many]. Units not here are shown as written. */
const NAMES: Record<string, [string, string]> = {
  mi: ['mile', 'miles'], ft: ['foot', 'feet'], in: ['inch', 'inches'], yd: ['yard', 'yards'], nmi: ['nautical mile', 'nautical miles'],
  'mi²': ['sq mile', 'sq miles'], 'ft²': ['sq ft', 'sq ft'], 'mi/h': ['mph', 'mph'], lb: ['lb', 'lb'], oz: ['oz', 'oz'], t: ['tonne', 'tonnes'],
  century: ['century', 'centuries'], 'percentage point': ['percentage point', 'percentage points'], 'basis point': ['basis point', 'basis points'],
};
/** Symbols written against the number ("90%", "40°F"). */
const TIGHT = new Set(['%', '°C', '°F', '°']);

/** Metric ↔ imperial pairs: written unit → the unit shown beside it and the conversion. */
const COMPANION: Record<string, { unit: string; convert: (x: number) => number }> = {
  km: { unit: 'mi', convert: (x) => x / 1.609344 },
  mi: { unit: 'km', convert: (x) => x * 1.609344 },
  nmi: { unit: 'km', convert: (x) => x * 1.852 },
  m: { unit: 'ft', convert: (x) => x / 0.3048 },
  ft: { unit: 'm', convert: (x) => x * 0.3048 },
  yd: { unit: 'm', convert: (x) => x * 0.9144 },
  in: { unit: 'cm', convert: (x) => x * 2.54 },
  'km²': { unit: 'mi²', convert: (x) => x / 2.589988110336 },
  'mi²': { unit: 'km²', convert: (x) => x * 2.589988110336 },
  'km/h': { unit: 'mi/h', convert: (x) => x / 1.609344 },
  'mi/h': { unit: 'km/h', convert: (x) => x * 1.609344 },
  kg: { unit: 'lb', convert: (x) => x / 0.45359237 },
  lb: { unit: 'kg', convert: (x) => x * 0.45359237 },
  '°C': { unit: '°F', convert: (x) => (x * 9) / 5 + 32 },
  '°F': { unit: '°C', convert: (x) => ((x - 32) * 5) / 9 },
};

/** Currency codes a reader sees as a symbol. Others are written as their code ("RUB 50 million"). */
const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Numbers as a reader wants them: grouped, converted values not shown to false precision. */
export const readerNumber = (n: number): string =>
  n.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2 });

/** Millions and billions in words when the number is written that way in news ("1.3 million", "$3.5 billion"). */
export function compactNumber(n: number): string {
  for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    const x = n / size;
    if (Math.abs(x) >= 1 && Math.abs(x * 100 - Math.round(x * 100)) < 1e-6) return `${readerNumber(x)} ${word}`;
  }
  return readerNumber(n);
}

/** A unit written after a number, in the reader's spelling: "3 years", "1 mile", "190 miles", "90%", "12 km". */
export function unitName(unit: string, n: number): string {
  const many = Math.abs(n) !== 1;
  const named = NAMES[unit];
  if (named) return named[many ? 1 : 0];
  // A word unit takes a plural ("60 days"); symbols ("km", "mm", "%", "km²") and plurals as written do not.
  return many && /^[a-z]{3,}$/.test(unit) && !unit.endsWith('s') ? `${unit}s` : unit;
}

/** A number already written out, with its unit: "90%", "300 km", "3 years". */
export const withUnit = (num: string, unit: string | null, n: number): string =>
  !unit ? num : TIGHT.has(unit) ? `${num}${unit}` : `${num} ${unitName(unit, n)}`;

/** The written value (or range) with its written unit: "3 years", "10–12 miles", "$3.5 billion", "10,000 troops". */
function asWritten(value: number, high: number | null, unit: string | null): string {
  const num = (x: number) => compactNumber(x);
  const nums = high === null ? num(value) : `${num(value)}–${num(high)}`;
  if (unit && CURRENCY_CODE.test(unit)) {
    const sym = CURRENCY_SYMBOL[unit];
    return sym ? `${sym}${nums}` : `${unit} ${nums}`;
  }
  return withUnit(nums, unit, high ?? value);
}

/** A converted number no more precise than a reader needs: whole from 10 up (47 miles, not 46.6), one decimal below. */
const convertedNumber = (n: number): string =>
  n.toLocaleString('en-GB', Math.abs(n) >= 10 ? { maximumFractionDigits: 0 } : Math.abs(n) >= 1 ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: 2 });

/** The other system's unit beside a metric or imperial figure: "186 miles" for 300 km; null for other units. */
function companionOf(value: number, high: number | null, unit: string | null): string | null {
  const c = unit ? COMPANION[unit] : undefined;
  if (!c) return null;
  const lo = c.convert(value);
  const hi = high === null ? null : c.convert(high);
  return withUnit(hi === null ? convertedNumber(lo) : `${convertedNumber(lo)}–${convertedNumber(hi)}`, c.unit, hi ?? lo);
}

export interface Readable {
  value: number | null;
  range?: [number, number] | undefined;
  unit: string | null;
  normalized: { value: number | null; unit: string | null };
  qualifier?: string | null;
}

/** A reading's parts: the qualifier ("about"), the figure in its written unit, the other system's unit (or null). */
export interface ReadingParts {
  qualifier: string | null;
  main: string;
  beside: string | null;
}

/** The parts of formatReading, for a page that sets them apart (the other unit muted, each part unbroken). */
export function readingParts(f: Readable): ReadingParts | null {
  const value = f.value ?? f.normalized.value;
  if (value === null) return null;
  // A figure with no written value (only a normalised one) is shown in its normalised unit.
  const unit = f.value === null ? f.normalized.unit : f.unit;
  const high = f.range ? f.range[1] : null;
  return { qualifier: f.qualifier ?? null, main: asWritten(value, high, unit), beside: companionOf(value, high, unit) };
}

/**
 * A figure as a reader would write it, in the unit it was written in, with the other system's unit
 * beside it where readers split: "about 190 miles (306 km)", "up to 300 km (186 miles)", "nearly 3
 * years", "$3.5 billion", "10,000 troops". Null for a figure with no value ("thousands of troops").
 * `qualifier: false` leaves out "about"/"up to"; `beside: 'equals'` writes "190 miles = 306 km".
 */
export function formatReading(f: Readable, opts: { qualifier?: boolean; beside?: 'parens' | 'equals' } = {}): string | null {
  const p = readingParts(f);
  if (!p) return null;
  const q = opts.qualifier !== false && p.qualifier ? `${p.qualifier} ` : '';
  // Inside parentheses already (a table cell's note), the other unit follows an equals sign.
  const other = !p.beside ? '' : opts.beside === 'equals' ? ` = ${p.beside}` : ` (${p.beside})`;
  return `${q}${p.main}${other}`;
}
