/**
 * Round 3, structure (the links themselves are found in ../structure.ts): neighbours in the
 * paragraph lend a share of their scores, and a quote continuation shares part of the final scores
 * of the sentence it continues. Selection (select.ts) may also let a continuing sentence take the
 * claims of the sentence it continues. Also here: which sentences can carry claims at all.
 */
import type { Extraction } from '../../schema/index.ts';
import { quoteId, sentenceId, type QuoteId } from '../../schema/ids.ts';
import { countedKind } from '../../lexicon/quantity.ts';
import { contentStems } from '../../lexicon/tokens.ts';
import { articleStructure } from '../structure.ts';
import type { Pass, Scores, SentenceRef } from './types.ts';

/** Block kinds that are not the reporter's account of the story. */
const SKIP_BLOCKS = new Set(['caption', 'post-footer', 'contributors']);

/** Per sentence index: its figures' kinds and what they measure. */
function figuresBySentence(ex: Extraction): Map<number, { kind: string; about: string[] }[]> {
  const figs = new Map<number, { kind: string; about: string[] }[]>();
  for (const f of ex.figures) {
    const kind = countedKind(f.normalized.unit ?? f.unit, `${f.text} ${f.measures ?? ''}`);
    if (kind) figs.set(f.sentence, [...(figs.get(f.sentence) ?? []), { kind, about: contentStems(`${f.measures ?? ''} ${f.unit ?? ''}`) }]);
  }
  return figs;
}

/** The sentences of an extraction that can carry claims, without their structure yet. */
export function claimableSentences(source: string, ex: Extraction): Omit<SentenceRef, 'structure'>[] {
  const skip = new Set(ex.blocks.filter((b) => SKIP_BLOCKS.has(b.kind)).map((b) => b.index));
  const figs = figuresBySentence(ex);
  return ex.sentences
    .filter((s) => !skip.has(s.block))
    .map((s) => ({
      id: sentenceId(source, s.index), source, sentence: s.index, block: s.block, start: s.start, end: s.end, text: s.text,
      figures: figs.get(s.index) ?? [],
    }));
}

/** What align() knows about each quote across outlets: its person and its utterance. */
export type QuoteLinks = Map<QuoteId, { personId: string | null; utterance: string | null }>;

/** The links of a list of quote entries, by id. */
export const quoteLinks = (quotes: { id: QuoteId; personId: string | null; utterance: string | null }[]): QuoteLinks =>
  new Map(quotes.map((q) => [q.id, q]));

/** Claimable sentences of every source with their structure (quotes' people and utterances across outlets). */
export function withStructure(sources: { slug: string; extraction: Extraction }[], links: QuoteLinks): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const src of sources) {
    const refs = claimableSentences(src.slug, src.extraction);
    const st = articleStructure(src.extraction, refs.map((r) => r.sentence), (i) => {
      const l = links.get(quoteId(src.slug, i));
      return { person: l?.personId ?? null, utterance: l?.utterance ?? null };
    });
    const offset = out.length;
    refs.forEach((r, k) => out.push({ ...r, structure: { ...st[k]!, link: st[k]!.link >= 0 ? st[k]!.link + offset : -1 } }));
  }
  return out;
}

/** Paragraph context: the sentences just before and after in the same block lend contextWeight × their scores. */
export const context: Pass = {
  name: 'context',
  run({ sentences }, scores, p) {
    if (!p.contextWeight) return scores.map((m) => new Map(m));
    const sameBlock = (i: number, j: number) => {
      const a = sentences[i], b = sentences[j];
      return !!a && !!b && a.source === b.source && a.block === b.block;
    };
    return scores.map((m, i) => {
      const out = new Map(m);
      for (const j of [i - 1, i + 1])
        if (sameBlock(i, j)) for (const [c, v] of scores[j]!) out.set(c, (out.get(c) ?? 0) + p.contextWeight * v);
      return out;
    });
  },
};

/**
 * A quote continuation adds linkQuote × the final scores of the sentence it continues. Sentences
 * are visited in order and links point back, so a chain passes scores along.
 */
export const links: Pass = {
  name: 'links',
  run({ sentences }, scores, p) {
    const out: Scores = [];
    sentences.forEach((s, i) => {
      const m = new Map(scores[i]!);
      const st = s.structure;
      if (p.linkQuote && st.link >= 0 && st.linkKind === 'quote') for (const [c, v] of out[st.link]!) m.set(c, (m.get(c) ?? 0) + p.linkQuote * v);
      out[i] = m;
    });
    return out;
  },
};
