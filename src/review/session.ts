/**
 * The review command's logic, pure (scripts/review.ts only prompts, prints and writes): which
 * suggestions are pending, what to show for each, and how an answer changes the review file.
 */
import type { ClaimEntry, ReviewEntry, ReviewFile, Sentence } from '../schema/index.ts';
import type { Verdict } from '../align/index.ts';
import { findQuote, flatten, quoteFor, type Flat } from './selectors.ts';

export interface Article {
  slug: string;
  text: string;
  sentences: Sentence[];
}

export interface PendingItem {
  sentence: number;
  claim: string;
  confidence: number | null;
}

export type Action =
  | { kind: 'confirm' }
  | { kind: 'reject' }
  /** Reject the suggestion; the sentence reports `claim` instead. */
  | { kind: 'other'; claim: string }
  | { kind: 'skip' }
  | { kind: 'quit' };

export const emptyReview = (slug: string): ReviewFile => ({ article: slug, complete: false, reviewedClaims: [], sentences: [] });

/** The pending suggestions of one article, in reading order, surest first within a sentence. */
export function pendingFor(pending: { source: string; sentence: number; claim: string; confidence: number | null }[], slug: string): PendingItem[] {
  return pending
    .filter((p) => p.source === slug)
    .map(({ sentence, claim, confidence }) => ({ sentence, claim, confidence }))
    .sort((a, b) => a.sentence - b.sentence || (b.confidence ?? 0) - (a.confidence ?? 0) || (a.claim < b.claim ? -1 : 1));
}

/** The sentence with the one before and after (whitespace runs collapsed for the terminal). */
export function contextOf(a: Article, i: number): { before: string | null; text: string; after: string | null } {
  const t = (k: number) => a.sentences[k]?.text.replace(/\s+/g, ' ').trim() ?? null;
  return { before: t(i - 1), text: t(i) ?? '', after: t(i + 1) };
}

/** How other outlets worded the claim, as editors confirmed it (at most `n`, one per outlet). */
export function otherWordings(claims: ClaimEntry[], claim: string, slug: string, n = 3): { source: string; text: string }[] {
  const c = claims.find((x) => x.id === claim);
  if (!c) return [];
  const out: { source: string; text: string }[] = [];
  for (const cov of c.coverage) {
    if (cov.source === slug) continue;
    const e = cov.evidence.find((x) => x.review === 'confirmed');
    if (e && out.length < n) out.push({ source: cov.source, text: e.text.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/** Index of the review entry that names sentence `i`, or -1. */
function entryFor(review: ReviewFile, flat: Flat, s: Sentence): number {
  return review.sentences.findIndex((e) => {
    const m = findQuote(flat, e);
    return m.kind === 'found' && m.start < s.end && m.end > s.start;
  });
}

/** The review with `claim` given `verdict` on sentence `i` (an entry is made, in reading order, if none names it). */
export function setVerdict(review: ReviewFile, a: Article, i: number, claim: string, verdict: Verdict): ReviewFile {
  const s = a.sentences[i];
  if (!s) throw new Error(`no sentence ${i} in ${a.slug}`);
  const flat = flatten(a.text);
  const sentences = review.sentences.map((e) => ({ ...e, confirmed: [...e.confirmed], added: [...e.added], rejected: [...e.rejected] }));
  let k = entryFor({ ...review, sentences }, flat, s);
  if (k === -1) {
    const entry: ReviewEntry = { ...quoteFor(a.text, s.start, s.end), confirmed: [], added: [], rejected: [], note: null };
    const startOf = (e: ReviewEntry) => {
      const m = findQuote(flat, e);
      return m.kind === 'found' ? m.start : Infinity;
    };
    k = sentences.findIndex((e) => startOf(e) > s.start);
    if (k === -1) k = sentences.length;
    sentences.splice(k, 0, entry);
  }
  const e = sentences[k]!;
  for (const v of ['confirmed', 'added', 'rejected'] as const) e[v] = e[v].filter((c) => c !== claim);
  e[verdict].push(claim);
  return { ...review, sentences };
}

/** The review after an answer to one pending suggestion; `suggested` = the matcher's other suggestions for that sentence. */
export function answer(review: ReviewFile, a: Article, item: PendingItem, action: Action, suggested: ReadonlySet<string> = new Set()): ReviewFile {
  switch (action.kind) {
    case 'confirm':
      return setVerdict(review, a, item.sentence, item.claim, 'confirmed');
    case 'reject':
      return setVerdict(review, a, item.sentence, item.claim, 'rejected');
    case 'other': {
      const rejected = action.claim === item.claim ? review : setVerdict(review, a, item.sentence, item.claim, 'rejected');
      return setVerdict(rejected, a, item.sentence, action.claim, suggested.has(action.claim) || action.claim === item.claim ? 'confirmed' : 'added');
    }
    default:
      return review;
  }
}

/** Per sentence, the claims the review says it reports (confirmed or added). */
export function claimsBySentence(review: ReviewFile, a: Article): Map<number, string[]> {
  const flat = flatten(a.text);
  const out = new Map<number, string[]>();
  for (const e of review.sentences) {
    const m = findQuote(flat, e);
    if (m.kind !== 'found') continue;
    for (const s of a.sentences)
      if (s.start < m.end && s.end > m.start) out.set(s.index, [...new Set([...(out.get(s.index) ?? []), ...e.confirmed, ...e.added])]);
  }
  return out;
}

/**
 * The sentences to read for claims the matcher missed, in reading order: those the review gives no
 * claim yet, or every sentence (`all`: when claims were added to the registry, any sentence may report one).
 */
export function sentencesToRead(review: ReviewFile, a: Article, all = false): number[] {
  const claimed = claimsBySentence(review, a);
  return a.sentences.filter((s) => all || !claimed.get(s.index)?.length).map((s) => s.index);
}

/** The review with `claim` recorded on sentence `i`: confirmed if the matcher suggested it there, else added. */
export function addClaim(review: ReviewFile, a: Article, i: number, claim: string, suggested: ReadonlySet<string> = new Set()): ReviewFile {
  return setVerdict(review, a, i, claim, suggested.has(claim) ? 'confirmed' : 'added');
}

/** Registry claims a complete review was not read against (added since): all of them while it is not complete. */
export function unreviewedClaims(review: ReviewFile, registry: readonly string[]): string[] {
  const seen = new Set(review.complete ? review.reviewedClaims : []);
  return registry.filter((c) => !seen.has(c));
}

/** The review marked complete: every sentence read against every claim in the registry now (and only those). */
export function markComplete(review: ReviewFile, registry: readonly string[]): ReviewFile {
  return { ...review, complete: true, reviewedClaims: [...registry] };
}

/** Which pending items remain after an answer: the one answered, and any it decided too. */
export function remaining(queue: PendingItem[], done: PendingItem, action: Action): PendingItem[] {
  return queue.filter((q) => !(q.sentence === done.sentence && (q.claim === done.claim || (action.kind === 'other' && q.claim === action.claim))));
}

/** A new claim slug from its statement: its first content words, made unique against `taken`. */
export function newSlug(statement: string, taken: ReadonlySet<string>): string {
  const words = statement
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(the|a|an|of|to|in|on|and|or|is|are|was|were|has|have|had|that|for|by|with|as|at)$/.test(w))
    .slice(0, 6);
  const base = words.join('-') || 'claim';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The registry's text with one claim appended to its `claims` list (comments and layout kept). */
export function appendClaim(registryText: string, claim: { slug: string; statement: string; topic: string }): string {
  const body = `  - slug: ${claim.slug}\n    statement: ${JSON.stringify(claim.statement)}\n    topic: ${claim.topic}\n`;
  return `${registryText.trimEnd()}\n\n${body}`;
}

/** A proposal's members ("source: sentence | source: sentence") as source and sentence text. */
export function proposalMembers(text: string): { source: string; text: string }[] {
  return text.split(' | ').map((m) => {
    const at = m.indexOf(': ');
    return { source: m.slice(0, at), text: m.slice(at + 2) };
  });
}
