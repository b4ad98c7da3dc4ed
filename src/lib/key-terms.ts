/**
 * Key terms of a claim, found in an outlet's wording: words whose stem is in the claim's
 * statement or in its registry hints (terms and entities). The stems are the aligner's
 * (src/lexicon/tokens.ts), so a marked word is a word the matcher scored. Returns spans into the
 * text, so components mark them with text nodes. General vocabulary only; nothing per article.
 */
import { contentStems, wordSpans } from '../lexicon/tokens.ts';
import type { Span } from './marks.ts';

/** Content stems of a text, as the aligner computes them. */
export function stems(text: string): Set<string> {
  return new Set(contentStems(text));
}

type ClaimLike = { id: string; statement: string; hints?: { terms: string[]; entities: string[] } };

const own = (claim: ClaimLike) => {
  const s = stems(claim.statement);
  for (const h of [...(claim.hints?.terms ?? []), ...(claim.hints?.entities ?? [])]) for (const x of stems(h)) s.add(x);
  return s;
};

/**
 * The stems that count as key terms for a claim: its own words, less those that a quarter or
 * more of all claims share (in a story about one war, its two countries' names), which mark nothing.
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
  for (const w of wordSpans(text.slice(start, end))) {
    if (!w.stems.some((s) => keys.has(s))) continue;
    const s = start + w.start;
    const e = start + w.end;
    const last = out.at(-1);
    // Join neighbouring key words separated only by a space or hyphen into one mark.
    if (last && /^[\s-]$/.test(text.slice(last.end, s))) last.end = e;
    else out.push({ start: s, end: e });
  }
  return out;
}
