/**
 * Attribution relations (PolNeAR's definition): who is credited (source), with which words
 * (cue), for what (content), in direct or reported speech. Per sentence: the cue model finds the
 * cues, clause structure from part-of-speech tags gives each its source and content; quotations
 * no cue covers join the relation of the nearest cue before them (“…,” she said. “…”), unless that relation
 * credits another speaker's quotation: then they are a relation of their own, whose source is their speaker's
 * name where the text writes it ("Her colleague Jane Doe was blunter: “…”").
 */
import type { ExtractedAttribution, ExtractedQuote, Sentence } from '../schema/index.ts';
import { forgetSentenceTokens, sentenceTokens, type Token } from './attributions-tokens.ts';
import { cueRanges, loadModel, type CueModel, type CueModelFile } from './attributions-model.ts';
import { findSource, type Range } from './attributions-source.ts';
import { classify } from './attributions-class.ts';
import { contentSpans, isFinal } from './attributions-content.ts';
import { resolvePerson } from './attributions-people.ts';
import { samePerson } from './speaker-choice.ts';
import weightsJson from './attribution-weights.json' with { type: 'json' };

const MODEL: CueModel = loadModel(weightsJson as CueModelFile);

interface Span { start: number; end: number; text: string }

function span(text: string, ts: readonly Token[], r: Range): Span {
  const start = ts[r[0]]!.start;
  const end = ts[r[1]]!.end;
  return { start, end, text: text.slice(start, end) };
}

const CLOSING_QUOTE = /[”"»]\s*$/;

/**
 * "“…?” she said." split after the quotation: a sentence that is only a source and a cue (and
 * where or when) attributes the quotation that ends the sentence before it.
 */
function quotationBefore(text: string, ts: readonly Token[], cue: Range, src: Range | null, prev: Sentence | undefined): Span[] {
  if (!prev || !CLOSING_QUOTE.test(prev.text) || Math.min(cue[0], src?.[0] ?? cue[0]) !== 0) return [];
  if (!isFinal([{ ...ts[0]!, text: '”', pos: 'PUNCT' }, ...ts], [cue[0] + 1, cue[1] + 1], src && [src[0] + 1, src[1] + 1])) return [];
  const start = prev.start + (prev.text.length - prev.text.trimStart().length);
  const end = prev.start + prev.text.trimEnd().length;
  return [{ start, end, text: text.slice(start, end) }];
}

/**
 * The tagger reads some surnames as verbs or adjectives ("Mr. Hedge said", "Aung Min Thu, an
 * activist"): a capitalised word inside the sentence next to a proper noun is read as one, for
 * finding sources only (the cue model keeps the tags it was trained on).
 */
function withNames(ts: readonly Token[]): Token[] {
  return ts.map((t, i) => {
    if (i === 0 || t.pos === 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text) || !(t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN')) return t;
    return ts[i - 1]!.pos === 'PROPN' || ts[i + 1]?.pos === 'PROPN' ? { ...t, pos: 'PROPN' } : t;
  });
}

/** The relations of one sentence, in order (also read by quote-spans.ts: is a quoted fragment credited to someone?). */
export function sentenceRelations(text: string, s: Sentence, model: CueModel = MODEL, prev?: Sentence): ExtractedAttribution[] {
  const ts = sentenceTokens(s);
  if (ts.length === 0) return [];
  const cues = cueRanges(model, ts);
  const named = cues.length > 0 ? withNames(ts) : ts;
  const sources: (Range | null)[] = [];
  const earlier: Range[] = [];
  for (const c of cues) {
    const src = findSource(named, c, earlier);
    sources.push(src);
    if (src) earlier.push(src);
  }
  return cues.map((c, k) => {
    const src = sources[k] ?? null;
    const quoted = k === 0 ? quotationBefore(text, ts, c, src, prev) : [];
    const content = quoted.length > 0 ? quoted : contentSpans(text, ts, cues, sources, k);
    const srcTokens = src ? named.slice(src[0], src[1] + 1) : [];
    return {
      source: src ? { ...span(text, ts, src), class: classify(srcTokens), person: null } : null,
      cue: span(text, ts, c),
      content,
      direct: false,
      quote: null,
      sentence: s.index,
    };
  });
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The quotation's speaker as the text names them shortly before it (in its own sentence or the one before):
 * the source of a quotation no cue attributes ("Her colleague Jane Doe was more cautious: “…”"). Null when
 * the speaker is unnamed or not written there.
 */
function speakerMention(text: string, q: ExtractedQuote, from: number): Span | null {
  if (!q.speaker || q.anonymous || !/^\p{Lu}/u.test(q.speaker)) return null;
  const before = text.slice(from, q.start);
  for (const name of [q.speaker, q.speaker.split(/\s+/).at(-1)!]) {
    const k = before.lastIndexOf(name);
    if (k >= 0) return { start: from + k, end: from + k + name.length, text: name };
  }
  return null;
}

const size = (r: ExtractedAttribution) => r.content.reduce((n, c) => n + c.end - c.start, 0);

/** Links quotations to relations: by content overlap, else as more content of the cue before. */
function linkQuotes(rels: ExtractedAttribution[], quotes: readonly ExtractedQuote[], text: string, sentences: readonly Sentence[]): void {
  // relations by sentence, so each quotation looks only at its neighbours (linear in the article)
  const bySentence = new Map<number, ExtractedAttribution[]>();
  for (const r of rels) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
  const near = (from: number, to: number) => {
    const out: ExtractedAttribution[] = [];
    for (let s = from; s <= to; s++) out.push(...(bySentence.get(s) ?? []));
    return out;
  };
  quotes.forEach((q, qi) => {
    const len = Math.max(1, q.end - q.start);
    let best: ExtractedAttribution | null = null;
    let bestOverlap = 0;
    // a quotation inside a relation nested in another's content ("X said Y called it “…”") belongs to
    // the inner one, as in PolNeAR: of equal overlaps, the relation with the least content wins
    for (const r of near(q.sentence - 3, q.sentence + 3)) {
      const o = r.content.reduce((n, c) => n + overlap(c, q), 0);
      if (o > bestOverlap || (o > 0 && o === bestOverlap && size(r) < size(best!))) [best, bestOverlap] = [r, o];
    }
    if (best && bestOverlap * 2 >= len) {
      const r = best;
      r.direct = true;
      if (r.quote === null) r.quote = qi;
      return;
    }
    // a quotation on its own: more content of the nearest relation before it, a few sentences back
    const before = text.slice(Math.max(0, q.start - 8), q.start).replace(/[“"«‘'\s]+$/, '');
    const prev =
      (before.endsWith(':') ? near(q.sentence - 1, q.sentence).reverse()[0] : undefined) ??
      near(q.sentence - 3, q.sentence).reverse().find((r) => r.direct);
    const open = text.lastIndexOf('“', q.start) >= q.start - 1 ? q.start - 1 : q.start;
    const close = text[q.end] === '”' ? q.end + 1 : q.end;
    const piece = { start: open, end: close, text: text.slice(open, close) };
    // the relation before credits someone else's quotation: this one is not more of it
    const other = prev?.quote != null && prev.quote !== qi && !samePerson(quotes[prev.quote]!.speaker, q.speaker);
    if (prev && !other) {
      prev.content.push(piece);
      prev.direct = true;
      if (prev.quote === null) prev.quote = qi;
      return;
    }
    const named = speakerMention(text, q, sentences[q.sentence - 1]?.start ?? sentences[q.sentence]?.start ?? 0);
    const source = named ? { ...named, class: 'person' as const, person: null } : null;
    const lone: ExtractedAttribution = { source, cue: null, content: [piece], direct: true, quote: qi, sentence: q.sentence };
    rels.push(lone);
    bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), lone]);
  });
}

export function extractAttributions(text: string, sentences: readonly Sentence[], quotes: readonly ExtractedQuote[], model: CueModel = MODEL): ExtractedAttribution[] {
  const rels = sentences.flatMap((s, i) => sentenceRelations(text, s, model, sentences[i - 1]));
  rels.forEach((r) => r.content.sort((a, b) => a.start - b.start));
  linkQuotes(rels, quotes, text, sentences);
  resolvePerson(rels, quotes);
  // a cue with nothing attributed to it is no relation
  for (let i = rels.length - 1; i >= 0; i--) if (rels[i]!.content.length === 0) rels.splice(i, 1);
  rels.sort((a, b) => (a.cue ?? a.content[0]!).start - (b.cue ?? b.content[0]!).start);
  forgetSentenceTokens(sentences);
  return rels;
}
