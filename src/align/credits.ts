/**
 * Whom an outlet credits for a sentence (issue 14): the attribution relation whose content holds
 * the sentence or overlaps it most ("Biden has authorised …, two people familiar with the decision
 * said": the content is most of the sentence), else the relation whose source and cue are in the
 * sentence while its content covers little of it ("He said so on Sunday.", or a content cut short). No relation: the outlet's own voice (null).
 * When another outlet is credited and the relation nested in it names someone else ("reported by
 * The New York Times, citing senior U.S. officials"), the outlet is the credit and the other its
 * `citing`. Pure: relations in, credits out; the relations are the parser's, identified as the
 * attributions collection identifies them (schema/ids.ts).
 */
import type { Credit, CreditedSource, Excerpt, Extraction } from '../schema/index.ts';
import { attributionId } from '../schema/ids.ts';

/** One relation of an article with its id, its source resolved to a person entry where it names one. */
export interface CreditRelation {
  id: string;
  credited: CreditedSource | null;
  cue: Excerpt | null;
  content: Excerpt[];
  /** The sentence the relation was found in (its cue's). */
  sentence: number;
}

/** A span of the article that may be credited: an evidence sentence. */
export interface CreditSpan {
  start: number;
  end: number;
  sentence: number;
}

/**
 * Share of a sentence a relation's content must cover to credit the whole sentence. Below it the
 * relation attributes a clause, not what the sentence says (a content cut short at "The decision"
 * in "The decision, reported by …, reflects …"). On the five articles against the hand-checked
 * attribution gold (tests/unit/credits-gold.test.ts) agreement is the same from 0.1 to 0.35 and
 * drops at 0.5; 0.2 sits inside the flat range.
 */
export const MIN_SHARE = 0.2;
/** Share at which the content is said to hold the sentence rather than overlap it. */
export const HOLDS_SHARE = 0.9;

/**
 * The article's relations for crediting. `personOfQuote`: the person entry of the quotation a
 * relation holds (as the quotes collection links it); `findPerson`: a named source's person entry.
 */
export function creditRelations(
  slug: string,
  ex: Pick<Extraction, 'attributions'>,
  personOfQuote: (quoteIndex: number) => string | null,
  findPerson: (name: string) => string | null,
): CreditRelation[] {
  return ex.attributions.map((a, i) => ({
    id: attributionId(slug, i),
    credited: a.source ? { ...a.source, personId: creditedPersonId(a.source, a.quote, personOfQuote, findPerson) } : null,
    cue: a.cue,
    content: a.content,
    sentence: a.sentence,
  }));
}

/** The person entry a relation's source names: its quotation's speaker, else (a named person) by name. */
export function creditedPersonId(
  source: { class: string; person: string | null; text: string },
  quote: number | null,
  personOfQuote: (quoteIndex: number) => string | null,
  findPerson: (name: string) => string | null,
): string | null {
  const fromQuote = quote === null ? null : personOfQuote(quote);
  if (fromQuote || source.class !== 'person') return fromQuote;
  return findPerson(source.person ?? source.text);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const within = (a: { start: number; end: number } | null, b: { start: number; end: number }) => a !== null && a.start >= b.start && a.end <= b.end;
/** Characters of the span the relation's content covers. */
const covered = (r: CreditRelation, s: CreditSpan) => r.content.reduce((n, c) => n + overlap(c, s), 0);

type Credited = CreditRelation & { credited: CreditedSource };
interface Scored { r: Credited; n: number }

/** The relation crediting the sentence, and how it was found; null when none does. */
function primary(s: CreditSpan, rels: Scored[]): { r: Credited; match: Credit['match'] } | null {
  const len = Math.max(1, s.end - s.start);
  let best: Scored | null = null;
  for (const x of rels) {
    if (x.n < MIN_SHARE * len) continue;
    // Most coverage wins; of equals, the relation found in this sentence (its own "X said").
    if (!best || x.n > best.n || (x.n === best.n && x.r.sentence === s.sentence && best.r.sentence !== s.sentence)) best = x;
  }
  if (best) return { r: best.r, match: best.n >= HOLDS_SHARE * len ? 'holds' : 'overlaps' };
  // The sentence's own "X said" whose content the parser cut short ("According to X, the decision aims …").
  let own: Scored | null = null;
  for (const x of rels) if (within(x.r.cue, s) && within(x.r.credited, s) && (!own || x.n > own.n)) own = x;
  return own ? { r: own.r, match: 'cue' } : null;
}

/** One relation nested in the other: its source is named inside the other's content. */
const nested = (a: Credited, b: Credited) => b.content.some((c) => overlap(a.credited, c) > 0) || a.content.some((c) => overlap(b.credited, c) > 0);

/** Another outlet credited in the sentence, nested with the primary relation: the outlet relays the other. */
function relay(s: CreditSpan, main: Credited, rels: Scored[]): { outer: Credited; inner: Credited } | null {
  const here = rels.filter((x) => x.r !== main && within(x.r.credited, s) && nested(x.r, main)).map((x) => x.r);
  if (main.credited.class === 'media') {
    const inner = here.find((r) => r.credited.class !== 'media');
    return inner ? { outer: main, inner } : null;
  }
  const outer = here.find((r) => r.credited.class === 'media');
  return outer ? { outer, inner: main } : null;
}

/** Whom the outlet credits for one sentence, from its article's relations; null: its own voice. */
export function creditOf(s: CreditSpan, relations: CreditRelation[]): Credit | null {
  const rels: Scored[] = [];
  for (const r of relations) {
    if (!r.credited) continue;
    const n = covered(r, s);
    if (n > 0 || within(r.cue, s) || within(r.credited, s)) rels.push({ r: r as Credited, n });
  }
  const found = primary(s, rels);
  if (!found) return null;
  const chain = relay(s, found.r, rels);
  const outer = chain?.outer ?? found.r;
  return {
    attribution: outer.id,
    match: found.match,
    credited: outer.credited,
    cue: outer.cue,
    citing: chain ? { attribution: chain.inner.id, credited: chain.inner.credited } : null,
  };
}

/**
 * Credits for one article's sentences, each computed once and only from the relations that touch
 * it (their source, cue or content overlaps it): linear in the article's size, where asking every
 * relation for every sentence would grow with its square (a 5 MB article holds ~10,000 relations).
 */
export function sentenceCredits(sentences: readonly { start: number; end: number; index: number }[], relations: CreditRelation[]): (s: CreditSpan) => Credit | null {
  const touching = new Map<number, Set<CreditRelation>>();
  /** The first sentence that may overlap `pos`: the last one starting at or before it (binary search). */
  const from = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const r of relations) {
    if (!r.credited) continue;
    for (const span of [r.credited, ...(r.cue ? [r.cue] : []), ...r.content])
      for (let i = from(span.start); i < sentences.length && sentences[i]!.start < span.end; i++) {
        const k = sentences[i]!.index;
        let set = touching.get(k);
        if (!set) touching.set(k, (set = new Set()));
        set.add(r);
      }
  }
  const memo = new Map<number, Credit | null>();
  return (s) => {
    // Each set holds its relations in article order (inserted in that order), as creditOf expects.
    if (!memo.has(s.sentence)) memo.set(s.sentence, creditOf(s, [...(touching.get(s.sentence) ?? [])]));
    return memo.get(s.sentence)!;
  };
}
