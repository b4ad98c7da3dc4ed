/**
 * Direct quotations, in passes: embedded social-media posts (a quote of kind 'post' by the footer's
 * author); per paragraph, quotation marks paired and attributed (quote-spans.ts); then, in article
 * order, person mentions registered and speakers resolved across sentences (quote-resolve.ts).
 */
import type { Block, ExtractedQuote, Sentence } from '../schema/index.ts';
import { corefIndex } from './coref.ts';
import { titledMentions } from './mentions.ts';
import { usesDoubleMarks } from './quote-marks.ts';
import { newResolveState, noteAnonymous, noteSentence, resolveQuote, type ResolveState } from './quote-resolve.ts';
import { quoteCandidates, type Candidate, type FragmentTrace } from './quote-spans.ts';
import { isSpace, urlSpans } from './text.ts';
import type { CueModel } from './attributions-model.ts';

/** An embedded post: the whole post minus trailing links, credited to the footer's author. */
export function postQuote(text: string, block: Block, first: Sentence | undefined): ExtractedQuote | null {
  let end = block.end;
  const urls = urlSpans(block.text);
  for (;;) {
    while (end > block.start && isSpace(text[end - 1])) end--;
    const u = urls.find((x) => block.start + x.end === end);
    if (!u) break;
    end = block.start + u.start;
  }
  if (end <= block.start || !first) return null;
  return {
    text: text.slice(block.start, end), start: block.start, end, kind: 'post', speaker: block.author,
    role: block.handle, anonymous: false, verb: null, context: null, sentence: first.index,
  };
}

function byBlock(sentences: readonly Sentence[]): Map<number, Sentence[]> {
  const out = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const arr = out.get(s.block) ?? [];
    arr.push(s);
    out.set(s.block, arr);
  }
  return out;
}

/** One prose paragraph: sentences in order, registering mentions before resolving their quotes. */
function paragraphQuotes(state: ResolveState, cands: readonly Candidate[], bs: readonly Sentence[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const s of bs) {
    for (const m of titledMentions(s.text, s.start)) state.registry.register(m.name, m.role, m.pos);
    noteAnonymous(state, s.text);
    const here: Candidate[] = cands.filter((c) => c.first.index === s.index);
    for (const c of here) {
      resolveQuote(state, c.q, c.attr);
      out.push(c.q);
    }
    noteSentence(state, s.text, here.map((c) => c.q));
  }
  return out;
}

const PROSE_SKIP = new Set(['caption', 'post-footer', 'contributors', 'post']);

export interface QuoteOptions {
  /** sees every pronoun speaker's candidates (for training the ranking weights) */
  trace?: ResolveState['trace'];
  /** sees every quotation's speaker options (for training the speaker ranker) */
  speakerTrace?: ResolveState['speakerTrace'];
  /** sees every partial quotation's features before it is kept or dropped (for training fragments.ts) */
  fragments?: FragmentTrace;
  /** the attribution cue model fragments are checked against (training fits it out of fold; default: the shipped one) */
  cueModel?: CueModel;
}

export function extractQuotes(text: string, blocks: readonly Block[], sentences: readonly Sentence[], options: QuoteOptions = {}): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  const doubleMarks = usesDoubleMarks(text);
  const sentencesByBlock = byBlock(sentences);
  // pass 1: quotations and their attributions, paragraph by paragraph
  const candidates = new Map<number, Candidate[]>();
  for (const block of blocks) {
    if (!PROSE_SKIP.has(block.kind)) candidates.set(block.index, quoteCandidates(text, block, sentencesByBlock.get(block.index) ?? [], doubleMarks, options));
  }
  // pass 2: the people the article names outside quotations, for pronoun resolution
  const spans = [...candidates.values()].flat().map((c) => ({ start: c.q.start - 1, end: c.q.end + 1 }));
  const state = newResolveState(sentences, corefIndex(text, sentences, spans));
  state.trace = options.trace ?? null;
  state.speakerTrace = options.speakerTrace ?? null;
  // pass 3: speakers resolved in article order
  for (const block of blocks) {
    const bs = sentencesByBlock.get(block.index) ?? [];
    if (block.kind === 'post') {
      const q = postQuote(text, block, bs[0]);
      if (q) quotes.push(q);
      if (q && block.author) state.registry.register(block.author, null, block.start);
      continue;
    }
    const cands = candidates.get(block.index);
    if (cands) quotes.push(...paragraphQuotes(state, cands, bs));
  }
  return quotes;
}
