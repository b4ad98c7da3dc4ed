/**
 * Structural evidence for claim assignment: what a sentence's place in the article, its quotes,
 * its figures and its speakers say about its claims, which word overlap alone cannot see.
 *
 * Links (each sentence to an earlier sentence of the same article it continues):
 * - quote continuation: a sentence that is mostly a direct quotation (no attribution of its own)
 *   by the speaker of a quote in the previous sentence;
 * - lead-in: a sentence quoting someone the previous (quote-free) sentence names
 *   ("X criticised the decision." → "“…,” X said");
 * - embedded post: every sentence of a `post` block continues the sentence before it, the first
 *   one the paragraph sentence that introduces the post;
 * - anaphora: a sentence opening with a pronoun or a "the move"-style noun phrase continues the
 *   previous sentence of its paragraph.
 * All rules are general English news structure; none names anything in the five articles.
 */
import type { Extraction } from '../schema/index.ts';

export type LinkKind = 'quote' | 'leadin' | 'post' | 'anaphor';
export interface QuoteRef {
  person: string | null;
  speaker: string | null;
  role: string | null;
  utterance: string | null;
  anonymous: boolean;
}
export interface SentenceStructure {
  blockKind: string;
  quotes: QuoteRef[];
  /** Index (into the sentence list given) of the earlier sentence this one continues, or -1. */
  link: number;
  linkKind: LinkKind | null;
}

/** Share of the sentence's characters inside quotations. */
function quotedShare(ex: Extraction, si: number): number {
  const s = ex.sentences[si]!;
  let n = 0;
  for (const q of ex.quotes)
    if (q.sentence === si || (q.start < s.end && q.end > s.start)) n += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  return n / Math.max(1, s.end - s.start);
}

const ANAPHOR = /^(?:[“"‘'(]\s*)?(?:this|that|these|those|it|its|he|she|they|his|her|their|such|the (?:move|decision|step|shift|change|policy|authori[sz]ation|announcement|plan|approval|comments?|remarks?|statement))\b/i;

const lastName = (name: string | null) => {
  const ws = (name ?? '').replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return ws.length ? ws[ws.length - 1]! : null;
};

/**
 * Structure of one article's claimable sentences. `refs[k]` is the article sentence index of the
 * k-th claimable sentence; links point at positions in `refs` (always earlier ones).
 */
export function articleStructure(
  ex: Extraction,
  refs: number[],
  quoteLink: (quoteIndex: number) => { person: string | null; utterance: string | null },
): SentenceStructure[] {
  const quotesBy = new Map<number, QuoteRef[]>();
  ex.quotes.forEach((q, i) => {
    const l = quoteLink(i);
    const list = quotesBy.get(q.sentence) ?? [];
    list.push({ person: l.person, speaker: q.speaker, role: q.role, utterance: l.utterance, anonymous: q.anonymous });
    quotesBy.set(q.sentence, list);
  });
  const blockKind = (si: number) => ex.blocks[ex.sentences[si]!.block]?.kind ?? 'paragraph';
  const out: SentenceStructure[] = [];
  refs.forEach((si, k) => {
    const s = ex.sentences[si]!;
    const kind = blockKind(si);
    const quotes = quotesBy.get(si) ?? [];
    let link = -1;
    let linkKind: LinkKind | null = null;
    const prevK = k - 1;
    if (prevK >= 0) {
      const pi = refs[prevK]!;
      const prev = ex.sentences[pi]!;
      const near = s.block - prev.block <= 1;
      const prevQuotes = quotesBy.get(pi) ?? [];
      if (kind === 'post') {
        link = prevK;
        linkKind = 'post';
      } else if (near && quotes.length && !quotes.every((q) => q.anonymous && !q.person)) {
        const same = quotes.some((q) => prevQuotes.some((r) => (q.person && q.person === r.person) || (q.speaker && q.speaker === r.speaker)));
        const named = quotes.some((q) => {
          const ln = lastName(q.speaker);
          return !!ln && ln.length > 2 && prev.text.includes(ln);
        });
        if (same && quotedShare(ex, si) >= 0.6) {
          link = prevK;
          linkKind = 'quote';
        } else if (named && !prevQuotes.length) {
          link = prevK;
          linkKind = 'leadin';
        }
      }
      if (link < 0 && prev.block === s.block && ANAPHOR.test(s.text.trim())) {
        link = prevK;
        linkKind = 'anaphor';
      }
    }
    out.push({ blockKind: kind, quotes, link, linkKind });
  });
  return out;
}
