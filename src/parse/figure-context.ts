/**
 * The words around a figure: the noun phrase it counts ("12,000 North Korean troops"), the qualifier
 * before it ("about", "more than"), what it measures ("ATACMS range") and where ("in Kursk").
 * Every look is a bounded window of the sentence, so many figures in one long sentence stay linear.
 */
import { isPlural, singular } from './plural.ts';
import { AFTER_MEASURE, DEGREE_FIRST, PHRASE_END } from '../lexicon/phrase.ts';
import { MONTH_WORD } from '../lexicon/calendar.ts';

const WINDOW = 160;

export interface Phrase {
  end: number;
  words: string[];
}

/** Why a word ends the noun phrase: a function word, a number, a month, a possessive. */
function endsPhrase(w: string, first: boolean): boolean {
  if (PHRASE_END.has(w.toLowerCase()) || !/\p{L}/u.test(w) || MONTH_WORD.test(w) || /[’']s$/.test(w)) return true;
  // a code right after the number ends it ("24703 m212"); inside a phrase it names a model ("50 M1989 howitzers")
  return first ? /\d/.test(w) && !/^\d+(?:mm|cm|km|kg)$/.test(w) : /^\d/.test(w) && !/^\d+(?:mm|cm|km|kg)$/.test(w);
}

/**
 * The noun phrase after `from` in `s` (at most 7 words): the thing a number counts. With `joined`, the
 * first word may hang on the number by a hyphen ("two-door version", "a 5 - star hotel").
 */
export function nounPhrase(s: string, from: number, limit = s.length, joined = false): Phrase {
  const win = s.slice(from, Math.min(limit, from + WINDOW));
  const re = /^([ \t\r\n]+)([\p{L}\d][\p{L}\d’'.\-]*)/u;
  const hyphen = joined ? /^(\s*-\s*)(\p{L}[\p{L}\d’'.\-]*)/u.exec(win) : null;
  let pos = 0;
  const words: { w: string; end: number }[] = [];
  for (let i = 0; i < 7; i++) {
    const m = i === 0 && hyphen ? hyphen : re.exec(win.slice(pos));
    if (!m) break;
    let w = m[2]!; // group 2 is not optional
    const stopAfter = w.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(w);
    if (stopAfter) w = w.slice(0, -1);
    const rest = win.slice(pos + m[0].length);
    if (endsHere(w, words.length, stopAfter, rest, words.at(-1)?.w)) break;
    words.push({ w, end: pos + m[1]!.length + w.length });
    pos = pos + m[1]!.length + w.length;
    if (stopAfter) break;
  }
  while (words.length && /ly$/.test(words.at(-1)!.w)) words.pop();
  const last = words.at(-1);
  return last ? { end: from + last.end, words: words.map((x) => x.w) } : { end: from, words: [] };
}

const DETERMINERS = new Set('the a an this that these those his her its their our my your every each'.split(' '));

/** A plural common noun ("players", "people"), not a singular ending in s ("bus", "news"). */
function isPluralNoun(w: string): boolean {
  return /^\p{Ll}/u.test(w) && isPlural(w) && singular(w) !== w;
}

/** Does word `w`, the `n`-th of the phrase, end it? `rest` is the text after it. */
function endsHere(w: string, n: number, stopAfter: boolean, rest: string, prev?: string): boolean {
  const lower = w.toLowerCase();
  const next = /^[ \t\r\n]+([\p{L}\d][\p{L}\d’'-]*)/u.exec(rest);
  // "the 20 most expensive restaurants", "five more losses": a degree word opens the phrase when a noun follows
  if (n === 0 && DEGREE_FIRST.has(lower)) return stopAfter || !next || endsPhrase(next[1]!, false) || DEGREE_FIRST.has(next[1]!.toLowerCase());
  if (endsPhrase(w, n === 0)) return true;
  // after a plural noun, a word followed by a determiner is a verb, however irregular ("drones hit the city",
  // "troops took a village"): the noun ends the phrase
  if (prev !== undefined && next && DETERMINERS.has(next[1]!.toLowerCase()) && isPluralNoun(prev)) return true;
  if (n > 0 && AFTER_MEASURE.has(lower)) return true; // "10 points clear", "two feet deep"
  // a verb or participle ("4,500 protesters gathered.", "troops stationed in …", "people casting a ballot",
  // "40 died"); before a noun it modifies it ("3 remaining players", "50 wounded soldiers"). Right after the
  // number only -ed: an -ing word there is a noun as often as not ("the 250th meeting")
  if (!(n > 0 ? /[a-z](?:ed|ing)$/ : /[a-z]ed$/).test(w)) return false;
  // after a plural noun it is the verb or a reduced relative ("players tested positive", "fans waiting outside")
  return stopAfter || !next || PHRASE_END.has(next[1]!.toLowerCase()) || (prev !== undefined && isPluralNoun(prev));
}

const QUALIFIER =
  /\b(about|around|roughly|approximately|nearly|almost|some|up to|more than|over|at least|at most|fewer than|less than|an estimated|estimated|as many as|as much as|as few as|close to|upwards of|in excess of|just over|just under|under|only|a maximum of|a total of|a minimum of)\s+(?:\p{Sc}\s*)?$/iu;

export function qualifierBefore(s: string, start: number): string | null {
  const q = QUALIFIER.exec(s.slice(Math.max(0, start - 40), start));
  return q ? q[1]!.toLowerCase() : null; // group 1 is not optional
}

const MEASURE_NOUNS = /\b(range|reach|distance|area|territory|calibre|caliber|length|depth|height|width|speed|weight|payload|radius)\b/i;
const ACRONYM = /\b[A-Z][A-Z0-9-]{2,}\b/g;

/** Acronyms of a sentence, found once (the owner of a measure is the last one before it). */
export function acronyms(s: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(s); m; m = ACRONYM.exec(s)) out.push({ start: m.index, text: m[0] });
  return out;
}

function lastBefore(list: { start: number; text: string }[], pos: number): string | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]!.text : null;
}

/** "ATACMS range" for a length after "range"; else the counted noun phrase. */
export function measureNoun(s: string, start: number, acr: { start: number; text: string }[]): string | null {
  const mn = MEASURE_NOUNS.exec(s.slice(Math.max(0, start - 60), start));
  if (!mn) return null;
  const owner = lastBefore(acr, start);
  const noun = mn[1]!.toLowerCase(); // group 1 is not optional
  return owner ? `${owner} ${noun}` : noun;
}

/** " in Kursk", " into the Kursk region": where the counted thing is. */
export function locationAfter(s: string, end: number): string | null {
  const loc = /^\s+(?:in|to|into)\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+region)?)/u.exec(s.slice(end, end + 60));
  return loc ? loc[1]! : null;
}
