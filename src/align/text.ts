/**
 * Tokenising, stemming and small lexical utilities shared by the aligner's modules.
 * Everything here is about English news prose in general, never about one article.
 */
import { stemmer } from 'stemmer';
import { slug as githubSlug } from 'github-slugger';

/** Function words: they carry no claim-specific meaning, so they are dropped before scoring. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves may might must ' +
    'shall one ones us upon yet said says say saying told according since ago s t also however though although ' +
    'whether within without across among amid per via mr ms mrs'
  ).split(/\s+/),
);

/** Strip diacritics and fold typographic quotes/dashes so variants compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-');
}

/**
 * Words in order, lowercased and folded. Dotted abbreviations ("U.S.") collapse to "us";
 * possessive "'s" is dropped; hyphenated compounds are split ("long-range" → long, range)
 * so that "long-range" and "long range" agree.
 */
export function words(text: string): string[] {
  const t = fold(text)
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/'s\b/g, '');
  const out: string[] = [];
  for (const m of t.matchAll(/[a-z0-9]+(?:[.,][0-9]+)*/g)) {
    for (const part of m[0].split('-')) if (part) out.push(part);
  }
  return out;
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[0-9]/.test(word) ? word : stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Content stems (stopwords removed), in order. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map(stem);
}

/** All stems in order, stopwords kept (for quote comparison, where function words matter). */
export function allStems(text: string): string[] {
  return words(text).map(stem);
}

/** A URL-safe slug (github-slugger's rules, so ids match headings' anchors elsewhere). */
export function slugify(text: string): string {
  const s = githubSlug(fold(text))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'x';
}

/**
 * Capitalised multi-word names and acronyms in running text ("North Korea", "ATACMS", "Kursk").
 * A sentence-initial capital alone is not evidence of a name, so single capitalised words at the
 * start of a sentence are kept only when they recur capitalised elsewhere (the caller decides).
 */
export function nameSpans(text: string): string[] {
  const t = fold(text).replace(/\s+/g, ' ');
  const out: string[] = [];
  const re = /\b(?:[A-Z][a-zA-Z'.]*[a-zA-Z]|[A-Z]{2,})(?:\s+(?:[A-Z][a-zA-Z'.]*[a-zA-Z]|[A-Z]{2,}))*/g;
  for (const m of t.matchAll(re)) {
    const atStart = m.index === 0 || /[.!?"]\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index));
    // Leading capitalised function words ("The ATACMS", "In September") are not part of the name.
    const parts = m[0].split(' ');
    while (parts.length && STOPWORDS.has((parts[0] ?? '').toLowerCase())) parts.shift();
    if (!parts.length) continue;
    const span = parts.join(' ');
    if (atStart && !span.includes(' ') && !/^[A-Z]{2,}$/.test(span)) continue;
    out.push(span);
  }
  return out;
}

/** Longest common subsequence length of two token arrays, with optional per-token weights. */
export function lcsWeighted(a: string[], b: string[], weight: (t: string) => number = () => 1): number {
  const n = a.length;
  const m = b.length;
  if (!n || !m) return 0;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const x = a[i - 1]!;
      cur[j] = x === b[j - 1] ? prev[j - 1]! + weight(x) : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[m]!;
}

/** Stable comparison for sorting strings (code-unit order, locale-independent: deterministic). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
