/**
 * Numbers in prose → tokens with offsets and values: digits (with thousands separators, Indian
 * grouping, decimals, signs, vulgar and written fractions, attached suffixes), number words
 * ("ninety five", "three hundred and twenty", "a dozen", "half a million") and vague counts
 * ("thousands of"). A value that is not a finite number is null, never Infinity.
 */

export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
const PARTS: Record<string, number> = { half: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 };

export interface NumberToken {
  start: number;
  end: number;
  value: number | null;
  kind: 'digits' | 'word' | 'vague';
  /** Letters or symbols written against the digits ("mm" in "170mm", "bn" in "3.5bn"). */
  suffix: string;
}

/** Zero-width characters that can sit inside a number without splitting it ("1‍200"). */
const INVISIBLE = '\\u200B-\\u200D\\u2060\\uFEFF';
/**
 * Thousands groups are ",ddd", or ", 000" as tokenised text writes them ("80, 000 spectators"): a lone
 * "000" is never a number of its own, while ", 118" may be a list ("on May 1, 118 people") so stays apart.
 */
const DIGITS_RE = new RegExp(
  `(?<sign>[-−+](?=\\d))?(?<int>\\d{1,3}(?:[,${INVISIBLE}]\\d{3}|, 000)+(?!\\d)|\\d{1,2}(?:,\\d\\d)+,\\d{3}(?!\\d)|\\d+(?:[${INVISIBLE}]+\\d+)*)` +
    `(?<dec>\\.\\d+)?(?<frac>[½¼¾⅓⅔⅕⅛⅜⅝⅞]|[ \\u00A0]\\d{1,2}\\/\\d{1,2}(?![\\d/])|\\/\\d{1,2}(?![\\d/]))?(?<suf>[\\p{L}°%²³$€£¥元¢₹₽₴₩₪₺₾₭₡₿]*)`,
  'gu',
);
const WORD_RE = new RegExp(
  `\\b(?:(?:a|an|one|two|three)\\s+)?(?:${[...Object.keys(SMALL), ...Object.keys(SCALE), 'half', 'quarters?'].join('|')})(?:(?:[\\s-]+(?:and\\s+)?)(?:${[...Object.keys(SMALL), ...Object.keys(SCALE)].join('|')}))*\\b`,
  'gi',
);
/** "thousands of", "tens of millions of"; and "a few dozen", "several hundred thousand", which count without "of". */
const VAGUE_RE =
  /\b(?:(?:(?:tens|hundreds) of (?:thousands|millions|billions)|dozens|scores|hundreds|thousands|millions|billions)\b(?=\s+of\b)|(?:a\s+few|several|many)\s+(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million|billion))?\b)/giu;

/** A value that is finite, else null (300 nines times a trillion is not a number). */
export function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function fractionValue(frac: string | undefined): number {
  if (!frac) return 0;
  const f = FRACTIONS[frac];
  if (f !== undefined) return f;
  const m = /(\d+)\/(\d+)/.exec(frac);
  if (!m) return 0;
  const [n, d] = [Number(m[1]), Number(m[2])];
  return d > n && d > 0 ? n / d : NaN;
}

function digitToken(m: RegExpExecArray): NumberToken | null {
  const g = m.groups ?? {};
  const int = (g.int ?? '').replace(new RegExp(`[, ${INVISIBLE}]`, 'g'), '');
  const frac = fractionValue(g.frac);
  if (Number.isNaN(frac)) return null; // "24/7", "9/11": not a fraction
  const slash = g.frac?.startsWith('/');
  // "1/4": the integer is the numerator; "10 1/2" and "3½": whole plus fraction
  const whole = slash ? 0 : Number(int + (g.dec ?? ''));
  const value = slash ? Number(int) / Number(g.frac!.slice(1)) : whole + frac;
  if (slash && !(Number(int) < Number(g.frac!.slice(1)))) return null;
  const sign = g.sign === '-' || g.sign === '−' ? -1 : 1;
  return { start: m.index, end: m.index + m[0].length - (g.suf ?? '').length, value: finite(sign * value), kind: 'digits', suffix: g.suf ?? '' };
}

/** Digit tokens of `s`; a sign counts only where it cannot be a hyphen or a range dash. */
export function digitTokens(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  DIGITS_RE.lastIndex = 0;
  for (let m = DIGITS_RE.exec(s); m; m = DIGITS_RE.exec(s)) {
    if (m.groups?.sign && /(?:[\p{L}\d)\]/-]|\d[.,]?\s+)$/u.test(s.slice(Math.max(0, m.index - 4), m.index))) {
      DIGITS_RE.lastIndex = m.index + 1; // a hyphen after a word or number: rescan without the sign
      continue;
    }
    const t = digitToken(m);
    if (t) out.push(t);
  }
  return out;
}

/** The value of a run of number words, and how many of its words form one number. */
export function wordValue(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let cur = 0;
  let part = 0;
  for (const [i, w] of words.entries()) {
    const small = SMALL[w];
    const scale = SCALE[w];
    if ((w === 'a' || w === 'an') && i === 0) cur = 1;
    else if (Object.hasOwn(PARTS, w)) part = (cur || 1) * (PARTS[w] ?? 0);
    else if (small !== undefined) {
      if (cur % 10 !== 0 || (cur > 0 && cur < 100 && small >= 10)) return null; // "two three": two numbers
      cur += small;
    } else if (scale === 100) cur = (cur || 1) * 100;
    else if (scale !== undefined) {
      total += (part || cur || 1) * scale;
      cur = 0;
      part = 0;
    } else return null;
  }
  if (part && !total) return null; // "half", "a quarter" alone are not figures here
  return finite(total + cur);
}

export function wordTokens(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    const value = wordValue(m[0]);
    if (value === null) {
      WORD_RE.lastIndex = m.index + Math.max(1, m[0].search(/[\s-]/) + 1 || m[0].length);
      // retry from the next word: "two three-year terms" gives "two" and "three"
      const first = /^[\p{L}]+/u.exec(m[0])![0];
      const v = wordValue(first);
      if (v !== null && !/^(a|an|half|quarters?)$/i.test(first)) out.push({ start: m.index, end: m.index + first.length, value: v, kind: 'word', suffix: '' });
      continue;
    }
    if (/^(a|an)$/i.test(m[0]) || /^(hundred|thousand|million|billion|trillion)s?$/i.test(m[0])) continue; // a scale word alone counts nothing
    out.push({ start: m.index, end: m.index + m[0].length, value, kind: 'word', suffix: '' });
  }
  return out;
}

export function vagueTokens(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(s); m; m = VAGUE_RE.exec(s)) out.push({ start: m.index, end: m.index + m[0].length, value: null, kind: 'vague', suffix: '' });
  return out;
}

/** A vulgar fraction standing alone ("½ teaspoon"); after digits it belongs to them ("3½"). */
export function fractionTokens(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  const re = /(?<![\d\p{L}])[½¼¾⅓⅔⅕⅛⅜⅝⅞]/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + 1, value: FRACTIONS[m[0]] ?? null, kind: 'digits', suffix: '' });
  return out;
}

/** Every number token in `s`, in order, none overlapping (a vague count wins over its words). */
export function numberTokens(s: string): NumberToken[] {
  const all = [...vagueTokens(s), ...digitTokens(s), ...fractionTokens(s), ...wordTokens(s)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberToken[] = [];
  for (const t of all) if (!out.length || t.start >= out.at(-1)!.end) out.push(t);
  return out;
}
