/**
 * The unit table, built once from data: physical units and their conversions from js-quantities,
 * currencies from ISO 4217 (currency-codes) and their symbols (currency-symbol-map), plus the
 * prose forms in units-data.ts. Lookups are Map hits on written forms, so a sentence costs the same
 * whatever the table's size.
 */
import Qty from 'js-quantities';
import currencyCodes from 'currency-codes';
import symbolOf from 'currency-symbol-map';
import {
  CANONICAL, CASE_SENSITIVE_MAX, CODE_WORDS, DENY_ALIASES, DOLLAR_PREFIXES, EXTRA_CODES, EXTRA_FORMS, KINDS, PERCENT_FORMS,
  PREFERRED_CODE, PREFIXABLE_WORDS, PREFIXED_SYMBOLS, SMALL_LENGTH, SUBUNITS, WORD_PREFIXES,
} from './units-data.ts';

export interface UnitInfo {
  /** The unit as the figure states it ("mi", "USD", "%", "year"). */
  unit: string;
  category: 'measure' | 'duration' | 'percentage' | 'money';
  /** The canonical unit compared across outlets ("km", "USD", "day", "°C"). */
  to: string;
  /** value × factor = canonical value (temperatures use `qty` instead: the scale has an offset). */
  factor: number;
  /** js-quantities unit expression, for conversions with an offset and for compounds. */
  qty?: string;
}

// ---------------------------------------------------------------------------------------------
// Physical units
// ---------------------------------------------------------------------------------------------

/** Written form → js-quantities unit expression. */
const PHYSICAL_EXACT = new Map<string, string>();
const PHYSICAL_FOLDED = new Map<string, string>();

function addPhysical(form: string, qty: string): void {
  if (DENY_ALIASES.has(form)) return;
  if (form.length <= CASE_SENSITIVE_MAX) {
    if (!PHYSICAL_EXACT.has(form)) PHYSICAL_EXACT.set(form, qty);
  } else if (!PHYSICAL_FOLDED.has(form.toLowerCase())) PHYSICAL_FOLDED.set(form.toLowerCase(), qty);
}

function buildPhysical(): void {
  for (const kind of KINDS) {
    for (const u of Qty.getUnits(kind)) for (const alias of Qty.getAliases(u)) addPhysical(alias, alias);
  }
  for (const s of PREFIXED_SYMBOLS) addPhysical(s, s.replace('µ', 'u').replace('μ', 'u'));
  for (const p of WORD_PREFIXES) for (const w of PREFIXABLE_WORDS) addPhysical(p + w, p + w);
  for (const [form, qty] of Object.entries(EXTRA_FORMS)) {
    if (form.length <= CASE_SENSITIVE_MAX) PHYSICAL_EXACT.set(form, qty);
    PHYSICAL_FOLDED.set(form.toLowerCase(), qty);
  }
  // Units usually written with a capital in prose, read in capitals too ("KM", "KG").
  for (const s of ['km', 'kg', 'mm', 'cm', 'mph', 'kph', 'ft', 'lb', 'lbs', 'oz', 'yd', 'mi', 'hrs', 'kmh']) PHYSICAL_EXACT.set(s.toUpperCase(), PHYSICAL_EXACT.get(s) ?? s);
}
buildPhysical();

/** Calendar units js-quantities lacks (a month is a twelfth of a mean Gregorian year). */
const MONTH: UnitInfo = { unit: 'month', category: 'duration', to: 'day', factor: 30.436875 };
const OWN_UNITS: Record<string, UnitInfo> = { month: MONTH, months: MONTH, mo: MONTH, mos: MONTH };

const physicalCache = new Map<string, UnitInfo | null>();

/** js-quantities expression → unit info with the conversion to its kind's canonical unit. */
export function physicalInfo(qty: string): UnitInfo | null {
  const hit = physicalCache.get(qty);
  if (hit !== undefined) return hit;
  let info: UnitInfo | null = null;
  try {
    const q = Qty(qty);
    const kind = q.kind();
    const canon = CANONICAL[kind];
    const name = q.units();
    if (canon) {
      const small = kind === 'length' && SMALL_LENGTH.has(name);
      const to = small ? 'mm' : canon.name;
      const toQty = small ? 'mm' : canon.qty;
      const factor = kind === 'temperature' ? 1 : Qty(1, qty).to(toQty).scalar;
      info = { unit: displayName(name), category: kind === 'time' ? 'duration' : 'measure', to, factor, qty };
    }
  } catch {
    info = null;
  }
  physicalCache.set(qty, info);
  return info;
}

/** How a js-quantities unit is named in a figure: the abbreviation news uses, else the word (js-quantities' "tb" is a tablespoon). */
const DISPLAY: Record<string, string> = {
  tempC: '°C', tempF: '°F', tempK: 'K', km2: 'km²', m2: 'm²', mi2: 'mi²', ft2: 'sq ft', ft3: 'cu ft', m3: 'm³', d: 'day', wk: 'week', yr: 'year',
  y: 'year', h: 'hour', min: 'minute', s: 'second', deg: 'degree', ug: 'μg', kph: 'km/h', mph: 'mi/h', decade: 'decade', century: 'century',
  tn: 'ton', cu: 'cup', tb: 'tablespoon', tsp: 'teaspoon', b: 'bit', B: 'byte', oz: 'ounce', bbl: 'barrel', rad: 'radian', floz: 'fluid ounce',
  gal: 'gallon', lbs: 'lb', hp: 'horsepower', ac: 'acre', qt: 'quart', bu: 'bushel',
};
function displayName(u: string): string {
  return DISPLAY[u] ?? u;
}

/** Canonical value of `value` in `info` (temperatures through their offset scale). */
export function toCanonical(value: number, info: UnitInfo): number | null {
  let v: number;
  if (info.qty && /^temp[CFK]$/.test(info.qty)) v = Qty(value, info.qty).to('tempC').scalar;
  else v = value * info.factor;
  return Number.isFinite(v) ? v : null;
}

export function lookupPhysical(form: string): UnitInfo | null {
  const own = OWN_UNITS[form.toLowerCase()];
  if (own) return own;
  const qty = PHYSICAL_EXACT.get(form) ?? PHYSICAL_FOLDED.get(form.toLowerCase());
  return qty === undefined ? null : physicalInfo(qty);
}

// ---------------------------------------------------------------------------------------------
// Percent, money
// ---------------------------------------------------------------------------------------------

export function lookupPercent(form: string): UnitInfo | null {
  const p = PERCENT_FORMS[form.toLowerCase()];
  return p ? { unit: p.unit, category: 'percentage', to: p.to, factor: 1 } : null;
}

export function money(code: string, factor = 1, unit = code): UnitInfo {
  return { unit, category: 'money', to: code, factor };
}

/** ISO codes (and the few non-ISO currencies news uses) in capitals. */
const CODES = new Set<string>([...currencyCodes.codes().filter((c) => !c.startsWith('X')), ...Object.keys(EXTRA_CODES)]);
/** Currency names, lower case, singular and plural → code. */
const NAMES = new Map<string, string>();
/** Currency symbols (not letters) → code. */
const SYMBOLS = new Map<string, string>();

function buildMoney(): void {
  for (const r of currencyCodes.data) {
    if (r.code.startsWith('X') || /\(/.test(r.currency)) continue;
    const name = r.currency.toLowerCase().trim();
    for (const n of [name, `${name}s`]) if (!NAMES.has(n)) NAMES.set(n, r.code);
    const sym = symbolOf(r.code);
    if (sym && !/[\p{L}]/u.test(sym) && !SYMBOLS.has(sym)) SYMBOLS.set(sym, r.code);
  }
  for (const [word, code] of Object.entries(PREFERRED_CODE)) {
    if (/[\p{L}]/u.test(word)) {
      NAMES.set(word, code);
      NAMES.set(`${word}s`, code);
    } else SYMBOLS.set(word, code);
  }
  for (const c of ['dollar', 'euro', 'pound', 'yen', 'yuan']) NAMES.set(`us ${c}`, 'USD');
  NAMES.set('us dollar'.replace('us', 'u.s.'), 'USD');
  NAMES.set('u.s. dollars', 'USD');
  NAMES.set('pounds sterling', 'GBP');
  NAMES.set('sterling', 'GBP');
}
buildMoney();

export function isCurrencyCode(s: string): boolean {
  return CODES.has(s) && !CODE_WORDS.has(s);
}
export function currencyName(s: string): string | null {
  return NAMES.get(s.toLowerCase()) ?? null;
}
export function currencySymbol(s: string): string | null {
  return SYMBOLS.get(s) ?? null;
}
export function dollarPrefix(letters: string): string | null {
  const l = letters.toLowerCase();
  if (Object.hasOwn(DOLLAR_PREFIXES, l)) return DOLLAR_PREFIXES[l] ?? null;
  const up = letters.toUpperCase();
  return CODES.has(up) ? up : null; // "usd$", "aud$", "mxn$"
}
export function subunit(s: string): UnitInfo | null {
  const code = Object.hasOwn(SUBUNITS, s.toLowerCase()) ? SUBUNITS[s.toLowerCase()] : undefined;
  if (code === undefined) return null;
  const unit = /^(p|pence|penny)$/i.test(s) ? 'pence' : s === '¢' ? 'cents' : s.toLowerCase();
  return { unit, category: 'money', to: code, factor: code === 'BTC' ? 1e-8 : 0.01 };
}

/** Every symbol that can stand before or after a number, for the scanner's character class. */
export const SYMBOL_CHARS = [...SYMBOLS.keys()].join('');
