/**
 * Sentence-level passes over a sentence's drafts, in order: money with its cents ("3 dollars 50
 * cents"), ranges ("between 5 and 10", "8-10 feet", "40 - 50 years old"), counted nouns as units
 * ("3.9 million headsets", "thousands of troops"), and the filter that drops numbers naming things
 * ("Highway 35", "Windows 10") rather than counting them.
 */
import { singular } from './plural.ts';
import { nounPhrase } from './figure-context.ts';
import { lookupPhysical } from './units.ts';
import { CHANGE_VERB, PHRASE_END, RESULT_WORD, THOROUGHFARE } from '../lexicon/phrase.ts';
import { mul, type Ctx, type Draft } from './figure-draft.ts';
import { isTitleCase } from './text.ts';

type Pass = (ds: Draft[], c: Ctx) => Draft[];

const between = (c: Ctx, a: Draft, b: Draft) => c.st.slice(a.end, b.start);

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD 50": one amount. */
function moneyWithCents(ds: Draft[], c: Ctx): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i]!;
    const b = ds[i + 1];
    const wholeUnit = a.info?.category === 'money' && a.info.factor === 1 && !a.scaled && a.value !== null && Number.isInteger(a.value);
    const cents = b && b.value !== null && Number.isInteger(b.value) && b.value > 0 && b.value < 100 && !b.scaled && (!b.info || (b.info.category === 'money' && b.info.factor === 0.01));
    if (wholeUnit && cents && /^\s+(?:and\s+)?$/.test(between(c, a, b)) && (b.info || !nounPhrase(c.st, b.end).words.length)) {
      out.push({ ...a, end: b.end, value: mul(a.value! + b.value! / 100, 1) });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Two numbers joined by a dash, "to" or "between … and", sharing the second one's unit. */
function ranges(ds: Draft[], c: Ctx): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i]!;
    const b = ds[i + 1];
    if (b && isScore(a, b, c)) {
      i++; // "won 3-1": a score is neither a range nor two figures
      continue;
    }
    if (b && isRange(a, b, c)) {
      const low = a.scaled || b.factor === 1 ? a.value : mul(a.value, b.factor);
      // "aged 18-24": the age read before the first number is the whole range's unit
      out.push(a.age && !b.info ? { ...b, start: a.start, low, info: a.info, age: true, category: a.category } : { ...b, start: a.start, low });
      i++;
    } else out.push(a);
  }
  return out;
}
/** Two small whole numbers joined by a bare dash, next to a word of a game's result ("a 2-0 win", "lost 98-101"). */
function isScore(a: Draft, b: Draft, c: Ctx): boolean {
  if (a.info || b.info || a.tok.kind !== 'digits' || b.tok.kind !== 'digits' || a.tok.suffix || b.tok.suffix) return false;
  if (!/^[-–]$/.test(between(c, a, b)) || !Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value! > 200 || b.value! > 200) return false;
  return RESULT_WORD.test(c.st.slice(Math.max(0, a.start - 30), a.start)) || RESULT_WORD.test(c.st.slice(b.end, b.end + 30));
}

const CHANGED_BY = new RegExp(`\\b${CHANGE_VERB}\\s+(?:by\\s+)?(?:\\p{Sc}\\s*)?$`, 'iu');
function isRange(a: Draft, b: Draft, c: Ctx): boolean {
  if (a.value === null || b.value === null) return false;
  if (a.info && (b.info ? a.info.unit !== b.info.unit : !a.age)) return false;
  const gap = between(c, a, b);
  const dash = /^\s*[-–—]\s*$/.test(gap) || /^\s+to\s+$/.test(gap);
  const and = /^\s+and\s+$/.test(gap) && /\bbetween\s+(?:\p{Sc}\s*)?$/iu.test(c.st.slice(Math.max(0, a.start - 12), a.start));
  if (!dash && !and) return false;
  if (/\bfrom\s+(?:\p{Sc}\s*)?$/iu.test(c.st.slice(Math.max(0, a.start - 8), a.start))) return false; // "rose from 5 to 10": a change
  if (/^\s+to\s+$/.test(gap) && CHANGED_BY.test(c.st.slice(Math.max(0, a.start - 24), a.start))) return false; // "fell 12 pence to 340p": a change, then a level
  const lo = a.scaled || b.factor === 1 ? a.value : a.value * b.factor;
  return lo < b.value;
}

/** The noun a number counts becomes its unit ("12,000 North Korean troops" → troops). */
const RATE = /^\s+(?:a|an|per|each)\s+(day|night|week|month|year|hour|minute|second|game|match|season)\b(?!\s+(?:ago|earlier|later|before|after))/i;

function countedNouns(ds: Draft[], c: Ctx): Draft[] {
  const out: Draft[] = [];
  ds.forEach((d, i) => {
    if (d.info) return void out.push(d);
    let from = d.end;
    if (d.category === 'vague_count') {
      const of = /^\s+of/.exec(c.st.slice(d.end, d.end + 4));
      // "a few dozen missiles" counts its noun directly; "thousands" needs its "of"
      if (!of && !/(?:dozen|hundred|thousand|million|billion)$/i.test(c.st.slice(d.tok.start, d.tok.end))) return void out.push(d);
      if (of) from = d.end + of[0].length;
    }
    // a following figure's currency ("1,000 customers paid US$ 5") ends the phrase; its digits do not ("50 170mm howitzers")
    const next = ds[i + 1];
    const np = nounPhrase(c.st, from, next && next.start < next.tok.start ? next.start : undefined, d.category !== 'vague_count');
    const head = np.words.at(-1);
    if (head === undefined) return void out.push(partitive(d, next, c));
    if (isAddress(np.words)) return; // "10 Downing Street": the number names a house
    const rate = RATE.exec(c.st.slice(np.end, np.end + 24));
    if (rate) {
      // "140,000 vehicles a day", "25 points per game": a count per period is a rate
      const unit = `${singular(head)} per ${rate[1]!.toLowerCase()}`;
      return void out.push({ ...d, end: np.end + rate[0].length, noun: unit, measures: unit });
    }
    out.push({ ...d, end: np.end, noun: head, measures: np.words.join(' ') });
  });
  return out;
}

/** A partitive counts the noun after "of the": "12 of their players", "365 of the 650 seats". */
function partitive(d: Draft, next: Draft | undefined, c: Ctx): Draft {
  const of = PARTITIVE.exec(c.st.slice(d.end, d.end + 24));
  if (!of) return d;
  const at = d.end + of[0].length;
  // "365 of the 650 seats": the noun follows the whole; the figure keeps its own span
  const np = next && next.tok.start === at && !next.info ? nounPhrase(c.st, next.end) : nounPhrase(c.st, at - 1);
  const head = np.words.at(-1);
  if (head === undefined) return d;
  return { ...d, end: next && next.tok.start === at ? d.end : np.end, noun: head, measures: np.words.join(' ') };
}
const PARTITIVE = /^\s+of\s+(?:the|their|its|his|her|our|your|these|those|whose)\s/i;

function isAddress(words: string[]): boolean {
  let n = 0;
  while (n < words.length && /^\p{Lu}/u.test(words[n]!)) n++;
  return n >= 2 && THOROUGHFARE.has(words[n - 1]!.toLowerCase().replace(/\.$/, ''));
}

/** Nouns that label a thing by number rather than count it ("Highway 35", "exit 436", "No. 1"). */
const LABELS = new Set(
  'no number highway route road exit room flight chapter article section page line platform gate seat game round stage level grade version phase season episode volume issue pier lane street avenue block unit apartment suite row table figure step item act scene part tier class category type model series channel bus train terminal district ward precinct code box track'.split(' '),
);
/** Words that open a sentence before its number without naming anything (besides PHRASE_END's). */
const OPENERS = new Set('roughly approximately another exactly precisely estimated fewer fully perhaps maybe barely only both total well some over nearly almost'.split(' '));
/** Does `pos` open the sentence or a clause (nothing before it but quote marks, brackets or a stop, colon or dash)? */
function opensClause(st: string, pos: number): boolean {
  const prev = st.slice(Math.max(0, pos - 8), pos).trimEnd().slice(-1);
  return prev === '' || /["“‘'(\[.:;!?—–-]/u.test(prev);
}

function labelNumbers(ds: Draft[], c: Ctx): Draft[] {
  const headline = ds.some((d) => d.tok.kind === 'word') && isTitleCase(c.st);
  return ds.filter((d) => {
    // a number word capitalised inside a sentence is part of a name ("World War Three", "the Group of Seven"),
    // unless the whole sentence is a Title Case headline ("Norland Fires Six Missiles")
    if (d.tok.kind === 'word' && !headline && /^\p{Lu}/u.test(c.st[d.tok.start] ?? '') && !opensClause(c.st, d.tok.start)) return false;
    if (d.info || d.category !== 'count' || d.tok.kind !== 'digits' || d.low !== null) return true;
    if (/^\s+[\p{L}]+-?\d/u.test(c.st.slice(d.end, d.end + 12))) return false; // "24703 L-202": part of a reference
    const w = /([\p{L}.]+)\s+$/u.exec(c.st.slice(Math.max(0, d.start - 24), d.start));
    if (!w) return true;
    const word = w[1]!.replace(/\.$/, '');
    if (LABELS.has(word.toLowerCase())) return false;
    // a word with a capital inside is a name ("iPhone 15", "PlayStation 5")
    if (/^\p{L}+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)) return false;
    if (!/^\p{Lu}/u.test(word)) return true;
    // a capitalised word inside the sentence is a name ("Windows 10", "Apollo 11") unless it is a function
    // word or qualifier ("… – Some 40 people"); starting the sentence it may be a verb ("Killed 20 …")
    if (/^[\s"“‘'(]*$/.test(c.st.slice(0, Math.max(0, d.start - 24) + w.index))) return true;
    return PHRASE_END.has(word.toLowerCase()) || OPENERS.has(word.toLowerCase());
  });
}

/** "6 ft 2 in", "12 feet 3 in": "in" after a number that follows feet is inches, not the preposition. */
function feetAndInches(ds: Draft[], c: Ctx): Draft[] {
  return ds.map((b, i) => {
    const a = ds[i - 1];
    if (b.info || !a || a.info?.unit !== 'ft' || !/^\s+$/.test(between(c, a, b))) return b;
    const m = /^\s+in\b\.?/.exec(c.st.slice(b.end, b.end + 5));
    const inch = m ? lookupPhysical('inch') : null;
    return inch ? { ...b, end: b.end + m![0].length, info: inch, category: inch.category } : b;
  });
}

export const PASSES: readonly (readonly [string, Pass])[] = [
  ['feet and inches', feetAndInches],
  ['money with its cents', moneyWithCents],
  ['ranges', ranges],
  ['counted nouns as units', countedNouns],
  ['numbers that label, not count', labelNumbers],
];
