/**
 * Sentence-level passes over a sentence's drafts, in order: money with its cents ("3 dollars 50
 * cents"), ranges ("between 5 and 10", "8-10 feet", "40 - 50 years old"), counted nouns as units
 * ("3.9 million headsets", "thousands of troops"), and the filter that drops numbers naming things
 * ("Highway 35", "Windows 10") rather than counting them.
 */
import { nounPhrase } from './figure-context.ts';
import { mul, type Ctx, type Draft } from './figure-draft.ts';

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
    if (b && isRange(a, b, c)) {
      const low = a.scaled || b.factor === 1 ? a.value : mul(a.value, b.factor);
      out.push({ ...b, start: a.start, low });
      i++;
    } else out.push(a);
  }
  return out;
}
function isRange(a: Draft, b: Draft, c: Ctx): boolean {
  if (a.value === null || b.value === null || a.category === 'ordinal' || b.category === 'ordinal') return false;
  if (a.info && (!b.info || a.info.unit !== b.info.unit)) return false;
  const gap = between(c, a, b);
  const dash = /^\s*[-–—]\s*$/.test(gap) || /^\s+to\s+$/.test(gap);
  const and = /^\s+and\s+$/.test(gap) && /\bbetween\s+(?:\p{Sc}\s*)?$/iu.test(c.st.slice(Math.max(0, a.start - 12), a.start));
  if (!dash && !and) return false;
  if (/\bfrom\s+(?:\p{Sc}\s*)?$/iu.test(c.st.slice(Math.max(0, a.start - 8), a.start))) return false; // "rose from 5 to 10": a change
  const lo = a.scaled || b.factor === 1 ? a.value : a.value * b.factor;
  return lo < b.value;
}

/** The noun a number counts becomes its unit ("12,000 North Korean troops" → troops). */
function countedNouns(ds: Draft[], c: Ctx): Draft[] {
  return ds.map((d, i) => {
    if (d.info) return d;
    let from = d.end;
    if (d.category === 'vague_count') {
      const of = /^\s+of/.exec(c.st.slice(d.end, d.end + 4));
      if (!of) return d;
      from = d.end + of[0].length;
    }
    // a following figure's currency ("1,000 customers paid US$ 5") ends the phrase; its digits do not ("50 170mm howitzers")
    const next = ds[i + 1];
    const np = nounPhrase(c.st, from, next && next.start < next.tok.start ? next.start : undefined);
    const head = np.words.at(-1);
    return head === undefined ? d : { ...d, end: np.end, noun: head, measures: np.words.join(' ') };
  });
}

/** Nouns that label a thing by number rather than count it ("Highway 35", "exit 436", "No. 1"). */
const LABELS = new Set(
  'no number highway route road exit room flight chapter article section page line platform gate seat game round stage level grade version phase season episode volume issue pier lane street avenue block unit apartment suite row table figure step item act scene part tier class category type model series channel bus train terminal district ward precinct code box track'.split(' '),
);
function labelNumbers(ds: Draft[], c: Ctx): Draft[] {
  return ds.filter((d) => {
    if (d.info || d.category !== 'count' || d.tok.kind !== 'digits' || d.low !== null) return true;
    if (/^\s+[\p{L}]+-?\d/u.test(c.st.slice(d.end, d.end + 12))) return false; // "24703 L-202": part of a reference
    const w = /([\p{L}.]+)\s+$/u.exec(c.st.slice(Math.max(0, d.start - 24), d.start));
    if (!w) return true;
    const word = w[1]!.replace(/\.$/, '');
    if (LABELS.has(word.toLowerCase())) return false;
    // a capitalised word that does not start the sentence: a name ("Windows 10", "Apollo 11")
    return !(/^\p{Lu}/u.test(word) && w.index > 0 && !/^(?:In|On|At|By|Of|To|For|From|About|Over|Under|Some|Nearly|About|Around|And|But|Only)$/.test(word));
  });
}

export const PASSES: readonly (readonly [string, Pass])[] = [
  ['money with its cents', moneyWithCents],
  ['ranges', ranges],
  ['counted nouns as units', countedNouns],
  ['numbers that label, not count', labelNumbers],
];
