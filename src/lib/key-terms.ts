/**
 * Key terms of a claim, found in an outlet's wording: words whose stem is in the claim's
 * statement or in its registry hints (terms and entities). Returns spans into the text, so
 * components mark them with text nodes. General vocabulary only; nothing per article.
 */
import { stemmer } from 'stemmer';
import type { Span } from './marks.ts';

const STOP = new Set(
  ('a an and are as at be been by can could did do does for from had has have he her his in into is it its ' +
    'may might more most of on or our over she so some such than that the their them then there these they this ' +
    'those to under up was we were what when which while who will with would after before said says also us his ' +
    'not no being first new')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const norm = (w: string) => stemmer(w.toLowerCase().replace(/['’]s$/, '').replace(/(?<=\p{L})['’].*$/u, ''));

/** Stems of the content words of a text (the same normalisation as keyTermSpans). */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(norm(w));
  }
  return out;
}

type ClaimLike = { id: string; statement: string; hints?: { terms: string[]; entities: string[] } };

const own = (claim: ClaimLike) => {
  const s = stems(claim.statement);
  for (const h of [...(claim.hints?.terms ?? []), ...(claim.hints?.entities ?? [])]) for (const x of stems(h)) s.add(x);
  return s;
};

/**
 * The stems that count as key terms for a claim: its own words, less those that a quarter or
 * more of all claims share (in this story "Ukraine", "Russia", "missile"), which mark nothing.
 */
export function claimStems(claim: ClaimLike, all: readonly ClaimLike[] = []): Set<string> {
  const mine = own(claim);
  if (all.length < 4) return mine;
  const df = new Map<string, number>();
  for (const c of all) for (const s of own(c)) df.set(s, (df.get(s) ?? 0) + 1);
  return new Set([...mine].filter((s) => (df.get(s) ?? 0) < all.length / 4));
}

/** Spans of `text.slice(start, end)` (absolute offsets) whose word stems are key terms. */
export function keyTermSpans(text: string, start: number, end: number, keys: Set<string>): Span[] {
  const out: Span[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || STOP.has(w) || !keys.has(norm(w))) continue;
    const s = start + m.index;
    const last = out.at(-1);
    // Join neighbouring key words separated only by a space or hyphen into one mark.
    if (last && /^[\s-]$/.test(text.slice(last.end, s))) last.end = s + m[0].length;
    else out.push({ start: s, end: s + m[0].length });
  }
  return out;
}
