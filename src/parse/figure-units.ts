/**
 * Rules that find a figure's unit: written against the digits ("170mm", "$3.5bn", "115USD"), a
 * currency before the number ("US$", "C $", "GBP 350", "RM"), a unit after it (longest match of up to
 * three words: "degrees Fahrenheit", "square kilometres", "Australian dollars", "percentage points"),
 * and "per"/"a"/"/" compounds ("$98 a share", "15% per annum", "km/h").
 */
import { singular } from './plural.ts';
import { after, before, countBefore, mul, type Ctx, type Draft } from './figure-draft.ts';
import { MONEY_SCALE_SUFFIXES, SCALE_SUFFIXES, SCALE_WORDS } from './units-data.ts';
import {
  currencyName, currencySymbol, dollarPrefix, isCurrencyCode, lookupPercent, lookupPhysical, money, physicalInfo, subunit, type UnitInfo,
} from './units.ts';

/** A unit from the table for a written form (one to three words), or null. */
export function unitOf(form: string, d: Draft, c: Ctx, end: number): UnitInfo | null {
  const percent = lookupPercent(form);
  if (percent) return percent;
  const sub = subunit(form);
  if (sub) return sub;
  if (/^pounds?$/i.test(form) && !d.scaled && !moneyContext(c, d.start, end)) return lookupPhysical(form);
  const name = currencyName(form);
  if (name) return money(name);
  const code = /^M?([A-Z]{3})$/.exec(form);
  if (code && isCurrencyCode(code[1]!)) return money(code[1]!, form.length === 4 ? 1e6 : 1);
  const sym = currencySymbol(form);
  if (sym) return money(sym);
  return lookupPhysical(form);
}

/** Money words nearby ("paid", "cost", "worth", "£"): "pounds" then means sterling, not weight. */
function moneyContext(c: Ctx, start: number, end: number): boolean {
  return /\b(?:pa(?:id|y)|costs?|worth|price[ds]?|spent|sold|bought|fined|funding|budget|sterling)\b/i.test(c.st.slice(Math.max(0, start - 40), end + 30));
}

/** Letters written against the digits: a scale, a unit, a currency, else part of a code ("11a"). */
export function suffixUnit(d: Draft, c: Ctx): Draft | null {
  const s = d.tok.suffix;
  if (!s) return d;
  const end = d.end + s.length;
  const next = after(c, end, 12);
  const slash = /^\/([\p{L}]+)/u.exec(next);
  if (slash) {
    const per = compound(lookupPhysical(s), slash[1]!);
    return per ? { ...d, end: end + slash[0].length, info: per, category: per.category } : null;
  }
  const sq = /^[23](?![\d\p{L}])/u.exec(next);
  if (sq) {
    const info = lookupPhysical(s + sq[0]);
    return info ? { ...d, end: end + 1, info, category: info.category } : null;
  }
  if (/^[\d\p{L}]/u.test(next)) return null;
  const scale = SCALE_SUFFIXES[s] ?? (moneyAround(d, c, end) ? MONEY_SCALE_SUFFIXES[s] : undefined);
  if (scale !== undefined) return { ...d, value: mul(d.value, scale), factor: d.factor * scale, end, scaled: true };
  if (/^[CF]$/.test(s)) return { ...d, end, info: physicalInfo(s === 'C' ? 'tempC' : 'tempF'), category: 'measure' };
  const info = unitOf(s, d, c, end);
  return info ? { ...d, end, info, category: info.category } : null;
}

/** A currency before the number or a currency word after it: "m" and "b" then mean million, billion. */
function moneyAround(d: Draft, c: Ctx, end: number): boolean {
  if (currencyAt(before(c, d.start, 12))) return true;
  const w = /^\s*([\p{L}$€£¥]+)/u.exec(after(c, end, 30));
  return w ? !!(currencyName(w[1]!) || (isCurrencyCode(w[1]!) && w[1] === w[1]!.toUpperCase()) || currencySymbol(w[1]!)) : false;
}

const LOWER_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'aud', 'cad', 'chf', 'inr', 'nzd', 'hkd', 'sgd']);
/** The currency written at the end of `b` (the text just before a number), with its length. */
function currencyAt(b: string): { code: string; len: number; factor: number } | null {
  const dollar = /(?:^|[^\p{L}.’'])((?:[\p{L}]\.?){1,4})(\s?)\$\s*$/u.exec(b);
  // "A$5" and "US $5" are dollars of a country; "a $5 fine" and "Ford's $5" are not
  // a lower-case letter before " $" is a country too ("c $ 300"), but not a word ("a $5 fine", "I $") or a clitic ("it' s $")
  const word = dollar && dollar[2] && /^[ais]$/.test(dollar[1]!);
  if (dollar && !word && (!dollar[2] || /^(?:\p{L}|[\p{L}.]{2,})$/u.test(dollar[1]!))) {
    const code = dollarPrefix(dollar[1]!.replace(/\.$/, ''));
    if (code) return { code, len: dollar[0].length - (/^[^\p{L}]/u.test(dollar[0]) ? 1 : 0), factor: 1 };
  }
  const sym = /([\p{Sc}₿元])\s*$/u.exec(b);
  if (sym) {
    const code = currencySymbol(sym[1]!);
    if (code) return { code, len: sym[0].length, factor: 1 };
  }
  const letters = /(?:^|[^\p{L}])(Rs\.?|RM|Rp|kr|zł|Kč)\s*$/u.exec(b);
  if (letters) return { code: LETTER_SYMBOLS[letters[1]!.replace('.', '')] ?? 'INR', len: letters[0].length - (/^[^\p{L}]/u.test(letters[0]) ? 1 : 0), factor: 1 };
  const code = /(?:^|[^\p{L}])(M?)([A-Z]{3}|[a-z]{3})\s*$/u.exec(b);
  if (code) {
    const c = code[2]!;
    const iso = c === c.toUpperCase() ? (isCurrencyCode(c) ? c : null) : LOWER_CODES.has(c) ? (currencyName(c) ?? c.toUpperCase()) : null;
    if (iso) return { code: iso, len: code[0].length - (/^[^\p{L}]/u.test(code[0]) ? 1 : 0), factor: code[1] ? 1e6 : 1 };
  }
  return null;
}
const LETTER_SYMBOLS: Record<string, string> = { Rs: 'INR', RM: 'MYR', Rp: 'IDR', kr: 'SEK', zł: 'PLN', Kč: 'CZK' };

/** "$ 20 $ 37", "rmb 10 usd 20": the number before `pos` has a currency of its own, so the one at `pos` is the next number's. */
function previousHasCurrency(c: Ctx, pos: number): boolean {
  const m = /[\d.,]+\s*$/.exec(before(c, pos, 40));
  return m !== null && currencyAt(before(c, pos - m[0].length, 12)) !== null;
}

/** "$75 million", "US$ 150", "GBP 350", "MAUD 60" (M + code: millions). */
export function currencyBefore(d: Draft, c: Ctx): Draft | null {
  if (d.info || d.tok.kind === 'vague') return d;
  const b = before(c, d.start, 12);
  const cur = currencyAt(b);
  // "17 USD 25", "10 $ 30 $": the currency after one number is not also the next one's
  if (!cur) return d;
  if (/\d\s*$/.test(b.slice(0, b.length - cur.len)) && !previousHasCurrency(c, d.start - cur.len)) return d;
  const value = mul(d.value, cur.factor);
  return { ...d, start: d.start - cur.len, value, factor: d.factor * cur.factor, scaled: d.scaled || cur.factor > 1, info: money(cur.code), category: 'money' };
}

/** Words after the number, as (form, end offset) for one to three words joined by spaces or hyphens. */
function followingForms(c: Ctx, from: number): { form: string; end: number }[] {
  const win = after(c, from, 48);
  const lead = /^(?:\s*-\s*|\s+|)/.exec(win)![0];
  const re = /[^\s\-–,;:!?()[\]{}<>"“”]+/gu;
  re.lastIndex = lead.length;
  const words: { w: string; end: number }[] = [];
  for (let m = re.exec(win); m && words.length < 3; m = re.exec(win)) {
    const gap = win.slice(words.length ? words.at(-1)!.end : lead.length, m.index);
    if (words.length && !/^(?:\s+|\s*-\s*)$/.test(gap)) break;
    if (!words.length && m.index !== lead.length) break;
    words.push({ w: m[0], end: m.index + m[0].length });
  }
  const out: { form: string; end: number }[] = [];
  for (let k = words.length; k >= 1; k--) {
    const ws = words.slice(0, k).map((x) => x.w);
    const last = ws[k - 1]!;
    out.push({ form: ws.join(' '), end: from + words[k - 1]!.end });
    if (/\.$/.test(last) && last.length > 1) out.push({ form: [...ws.slice(0, -1), last.slice(0, -1)].join(' '), end: from + words[k - 1]!.end - 1 });
  }
  return out;
}

/** The longest unit after the number ("300 kilometres", "three-year", "90 percent", "20 degrees C"). */
export function unitAfter(d: Draft, c: Ctx): Draft | null {
  if (d.info && (d.info.category !== 'money' || d.tok.suffix)) return d;
  for (const { form, end } of followingForms(c, d.end)) {
    const slash = /^([\p{L}]+)\/([\p{L}]+)$/u.exec(form); // "centimeters/millisecond"
    if (slash && !d.info && !unitOf(form, d, c, end)) {
      const per = compound(unitOf(slash[1]!, d, c, end), slash[2]!);
      if (per) return { ...d, end, info: per, category: per.category };
    }
    if (form === 'm' && /\s/.test(c.st.charAt(d.end))) continue; // "£2 m": million, not metres
    const info = unitOf(form, d, c, end);
    if (!info) continue;
    if (/^-\d/.test(after(c, end, 4))) return d; // "L-202": a code
    // "$10 dollars" is one amount; in "$ 20 $ 37" the second sign is the next number's
    if (d.info) return info.category === 'money' && !/^M[A-Z]{3}$/.test(form) && !/^\s*\d/.test(after(c, end, 4)) ? { ...d, end } : d;
    const scaled = info.category === 'money' && info.factor > 1;
    return scaleAfterCurrency({ ...d, end, value: mul(d.value, scaled ? info.factor : 1), info: scaled ? money(info.to) : info, category: info.category }, c);
  }
  return d.info ? d : (bracketedUnit(d, c) ?? inchMark(d, c) ?? d);
}

/** "75 USD million": a scale word after the currency still scales the number. */
function scaleAfterCurrency(d: Draft, c: Ctx): Draft {
  if (d.info?.category !== 'money' || d.scaled) return d;
  const m = /^\s+(hundred|thousand|million|billion|trillion)\b/i.exec(after(c, d.end, 14));
  if (!m) return d;
  const f = SCALE_WORDS[m[1]!.toLowerCase()] ?? 1;
  return { ...d, end: d.end + m[0].length, value: mul(d.value, f), factor: d.factor * f, scaled: true };
}

/** "20 (kg)", "20 [kg]": a unit of the table alone in brackets right after the number (tables, specifications). */
function bracketedUnit(d: Draft, c: Ctx): Draft | null {
  const m = /^\s*([([{<])\s*([^\s()[\]{}<>]{1,12})\s*([)\]}>])/u.exec(after(c, d.end, 20));
  if (!m || '([{<'.indexOf(m[1]!) !== ')]}>'.indexOf(m[3]!)) return null;
  const info = unitOf(m[2]!, d, c, d.end + m[0].length);
  return info ? { ...d, end: d.end + m[0].length, info, category: info.category } : null;
}

/**
 * 10" or 10″: inches, when the mark cannot be a quotation mark: ″ always; " when it neither closes
 * an open quotation (an even number of " before it in the sentence) nor opens one (a word against it).
 */
function inchMark(d: Draft, c: Ctx): Draft | null {
  const m = /^ ?(["″])(?=[\s,.;:!?)\]-]|$)/u.exec(after(c, d.end, 3));
  if (!m) return null;
  if (m[1] === '"' && countBefore(c, '"', d.end) % 2 === 1) return null;
  const info = lookupPhysical('inch');
  return info ? { ...d, end: d.end + m[0].length, info, category: info.category } : null;
}

/** Denominators read after "a"/"an" ("$98 a share", "3% a year"); after "per" and "/" any noun is one. */
const A_DENOMINATORS = new Set(
  'second minute hour day night week month year decade share barrel gallon litre liter pound kilo kilogram tonne ton ounce gram head person dozen piece unit game match season mile kilometre kilometer'.split(' '),
);

function compound(num: UnitInfo | null, word: string): UnitInfo | null {
  if (!num) return null;
  const w = /^annum$/i.test(word) ? 'year' : singular(word.toLowerCase());
  const den = lookupPhysical(word) ?? lookupPhysical(w);
  if (num.qty && den?.qty) {
    const both = physicalInfo(`${num.qty}/${den.qty}`);
    if (both) return both;
  }
  const denName = den?.category === 'duration' ? den.unit : w;
  return { unit: `${num.unit} per ${denName}`, category: num.category, to: `${num.to} per ${denName}`, factor: num.factor };
}

/** "per barrel", "a share", "/h", "an hour": the unit becomes a rate. */
export function perCompound(d: Draft, c: Ctx): Draft | null {
  if (!d.info) return d;
  // "500,000 barrels of oil a day": the rate may follow a short of-phrase
  const m = /^(?:\s+of(?:\s+[\p{Ll}-]+){1,3}?)?(?:\s*-\s*|\s+)(per|a|an|each)(?:\s*-\s*|\s+)([\p{L}]+)(?![\p{L}])|^\s*\/\s*([\p{L}]+)(?![\p{L}])/iu.exec(after(c, d.end, 50));
  if (!m) return d;
  if (m[1] && /^an?$/i.test(m[1]) && /^\s+(?:earlier|ago|before|later|after|on)\b/i.test(after(c, d.end + m[0].length, 12))) return d; // "a year earlier"
  const word = m[2] ?? m[3]!;
  if ((m[1] === 'a' || m[1] === 'an' || m[1] === 'each') && !A_DENOMINATORS.has(singular(word.toLowerCase()))) return d;
  const per = compound(d.info, word);
  return per ? { ...d, end: d.end + m[0].length, info: per } : d;
}
