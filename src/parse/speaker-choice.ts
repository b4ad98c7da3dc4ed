/**
 * Choosing a quotation's speaker among candidates: the attribution the sentence patterns found
 * (speakers.ts), every noun phrase of the quotation's sentence(s) (speaker-candidates.ts), the phrases of
 * a sentence leading into it, and the previous quotation's speaker (a continuing paragraph). Each is
 * resolved the way it would be if chosen (a pronoun to a person, a surname to the full name), described
 * by features, and scored by a linear ranker trained on polnear-train (scripts/train/speakers.ts,
 * speaker-weights.json). A candidate that names nobody is never chosen: no name is guessed.
 */
import type { ExtractedQuote, Sentence } from '../schema/index.ts';
import { sentenceTokens as taggedSentence, type Token } from './attributions-tokens.ts';
import { argmax, memoString } from '../util/index.ts';
import { phraseCandidates } from './speaker-candidates.ts';
import { interpretPhrase, type Attribution } from './speakers.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { otherFamilyMember } from './name-gender.ts';
import weights from './speaker-weights.json' with { type: 'json' };

/** What a candidate would make of the quotation, and why it might be the speaker. */
export interface SpeakerOption {
  /** the attribution to apply; null: continue the previous quotation's speaker */
  attr: Attribution | null;
  speaker: string | null;
  anonymous: boolean;
  features: Record<string, number>;
}

/** The resolution context the chooser needs (a view of quote-resolve.ts's state). */
export interface ChoiceContext {
  text: string;
  sentences: readonly Sentence[];
  quoteSpans: readonly { start: number; end: number }[];
  tokens: Map<number, Token[]>;
  lastSpeaker: ExtractedQuote | null;
  spoken: Map<string, number>;
  isPerson: (name: string) => boolean;
  isPlace: (name: string) => boolean;
  /** what the quotation's speaker would be with this attribution (null: continuation), without changing any state */
  trial: (a: Attribution | null) => { speaker: string | null; anonymous: boolean };
}

let W: Record<string, number> = weights.weights;

/** Replace the ranker's weights (the training script scores with the weights it is fitting). */
export function useWeights(w: Record<string, number>): void {
  W = w;
}

export function score(f: Record<string, number>): number {
  let s = 0;
  for (const k in f) {
    const v = f[k]!;
    // most features of an option are 0: skip their weight lookups
    if (v !== 0) s += (W[k] ?? 0) * v;
  }
  return s;
}

/** A name's comparison key: its last word, lower case, without a possessive. */
export function nameKey(s: string | null): string | null {
  return s ? keyOf(s) : null;
}
const keyOf = memoString((s: string): string | null => {
  const w = s.toLowerCase().replace(/[’']s?$/, '').split(/[\s,]+/).filter(Boolean);
  return w.at(-1) ?? null;
});

function sentenceTokens(ctx: ChoiceContext, s: Sentence): Token[] {
  let ts = ctx.tokens.get(s.index);
  if (!ts) {
    ts = taggedSentence(s);
    ctx.tokens.set(s.index, ts);
  }
  return ts;
}

/** Tokens inside a quotation: one sweep, both lists being in text order. */
function maskOf(ctx: ChoiceContext, ts: readonly Token[]): boolean[] {
  const qs = ctx.quoteSpans;
  let lo = 0;
  let hi = qs.length;
  const first = ts[0]?.start ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.end <= first) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  return ts.map((t) => {
    while (k < qs.length && qs[k]!.end < t.end) k++;
    const q = qs[k];
    return !!q && t.start >= q.start && t.end <= q.end;
  });
}

/** Tokens either side of a quotation that can hold its speaker (keeps a huge sentence linear). */
const REACH = 80;

/** Sentences the quotation spans. */
function windowSentences(ctx: ChoiceContext, q: ExtractedQuote): Sentence[] {
  const out: Sentence[] = [];
  for (let k = q.sentence; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k]!;
    if (s.start >= q.end) break;
    out.push(s);
  }
  return out;
}

/** Phrase candidates of the quotation's window and, when the quotation opens its sentence, of the sentence before. */
function phraseOptions(ctx: ChoiceContext, q: ExtractedQuote): { phrase: string; verb: string | null; features: Record<string, number> }[] {
  const out: { phrase: string; verb: string | null; features: Record<string, number> }[] = [];
  const win = windowSentences(ctx, q);
  const all = win.flatMap((s) => sentenceTokens(ctx, s));
  const qa0 = all.findIndex((t) => t.end > q.start - 1);
  let qb0 = qa0;
  while (qb0 + 1 < all.length && all[qb0 + 1]!.start < q.end + 1) qb0++;
  const from = Math.max(0, qa0 - REACH);
  const ts = all.slice(from, qb0 + REACH + 1);
  const masked = maskOf(ctx, ts);
  const qa = qa0 - from;
  const qb = qb0 - from;
  if (qa0 >= 0) for (const c of phraseCandidates(ctx.text, ts, masked, qa, qb)) out.push({ phrase: c.phrase, verb: c.verb, features: c.features });
  const first = win[0];
  const prev = first ? ctx.sentences[first.index - 1] : undefined;
  // A sentence that attributed its own quotation is no lead-in: the quotation opening the next sentence
  // continues that speaker (the continuation option), so the sentence's other names are not offered.
  const prevQuoted = prev !== undefined && ctx.lastSpeaker?.speaker != null && ctx.lastSpeaker.sentence === prev.index && !/:\s*$/.test(prev.text);
  if (first && prev && !prevQuoted && q.start - first.start <= 1) {
    const pts = sentenceTokens(ctx, prev).slice(-REACH);
    const colon = /:\s*$/.test(prev.text) ? 1 : 0;
    const samePara = prev.block === first.block ? 1 : 0;
    for (const c of phraseCandidates(ctx.text, pts, maskOf(ctx, pts), pts.length, pts.length)) {
      out.push({ phrase: c.phrase, verb: c.verb, features: { ...c.features, prevSentence: 1, prevColon: colon, prevSamePara: samePara, before: 0, adjacent: 0 } });
    }
  }
  return out;
}

/** What no speaker is: a name ending in a day, a month or a time ("Doe later Thursday" read as a name), or a lone
 *  conjunction or preposition a sentence opened with ("But, said Doe, …"). */
const NEVER_SPEAKER = new RegExp(
  `(?:^|\\s)(?:${[...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may')].join('|')}|today|yesterday|tonight|tomorrow)$|^(?:but|and|or|so|yet|like|unlike)$`,
  'i',
);

/** Two capitalised words or more with no lower-case letter: a run-in heading ("CONGRESS WEIGHS IN — …"), nobody's name
 *  (an acronym alone, "NATO", stays a speaker). */
const HEADING = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}\s]*\s+[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;

/** One person by the surname, unless the two full names give two first names ("Jane Doe", "John Doe"). */
export function samePerson(a: string | null, b: string | null): boolean {
  const key = nameKey(a);
  return key !== null && key === nameKey(b) && !otherFamilyMember(a!, b!);
}

/** Features that depend on who the candidate turns out to be. */
function outputFeatures(ctx: ChoiceContext, speaker: string, anonymous: boolean, regex: string | null): Record<string, number> {
  const key = nameKey(speaker);
  return {
    regex: regex !== null && samePerson(speaker, regex) ? 1 : 0,
    person: ctx.isPerson(speaker) ? 1 : 0,
    place: ctx.isPlace(speaker) ? 1 : 0,
    lastSpeaker: ctx.lastSpeaker?.speaker && samePerson(speaker, ctx.lastSpeaker.speaker) ? 1 : 0,
    spoke: Math.log1p(key ? ctx.spoken.get(key) ?? 0 : 0),
    anonymous: anonymous ? 1 : 0,
    lowercase: /^[a-z]/.test(speaker) ? 1 : 0,
    // the shape of a name: a long speaker or one with lowercase words after a capital is a clause, not a person
    words: Math.min(speaker.split(/\s+/).length, 8) / 4,
    clause: /^[A-Z]\S*(?:\s+\S+)*\s+[a-z]{3,}/.test(speaker) && !/\b(?:of|for|and|the|de|van|von|al|bin|da|del|la|le|du|dos)\b/.test(speaker) ? 1 : 0,
  };
}

/** Features of the "same speaker as the previous quotation" option. */
function continuationFeatures(ctx: ChoiceContext, q: ExtractedQuote, hasAttr: boolean): Record<string, number> {
  const last = ctx.lastSpeaker!;
  const here = ctx.sentences[q.sentence];
  const there = ctx.sentences[last.sentence];
  const opens = here ? q.start - here.start <= 1 : false;
  return {
    cont: 1,
    contSamePara: here && there && here.block === there.block ? 1 : 0,
    contNextPara: here && there && here.block === there.block + 1 ? 1 : 0,
    contPrevSentence: q.sentence - last.sentence <= 1 ? 1 : 0,
    contOpens: opens ? 1 : 0,
    contNoAttr: hasAttr ? 0 : 1,
  };
}

/** The structural features of the phrase naming `key` nearest the quotation ({} when no phrase names it). */
function ownPhrase(phrases: readonly { features: Record<string, number>; res: { speaker: string | null } }[], key: string | null): Record<string, number> {
  let best: Record<string, number> = {};
  let dist = Infinity;
  for (const p of phrases) {
    if (key === null || nameKey(p.res.speaker) !== key || p.features.prevSentence) continue;
    if (p.features.dist! < dist) {
      dist = p.features.dist!;
      best = p.features;
    }
  }
  return best;
}

/** Features that weigh differently for a partial quotation, with their partial twins' names. */
const PARTIAL = [
  'regex', 'regexSelf', 'before', 'first', 'verbAfter', 'speechAfter', 'cont', 'prep', 'possessive', 'clauseSubject',
  'newClause', 'saidAfter', 'invertedAdjacent', 'inverted', 'reporterBetween', 'tailReporter', 'object', 'nearest', 'contentSubject', 'regexOrphan',
].map((k) => [k, `partial_${k}`] as const);

/** A speaker of three words or more that holds a verb the tagger read in the quotation's sentence: the patterns ran
 *  past the subject into its clause ("Doe praised Roe's plan and"), which is nobody's name. */
function verbInName(ctx: ChoiceContext, q: ExtractedQuote, speaker: string): boolean {
  if (!/\S+\s+\S+\s+\S/.test(speaker)) return false;
  for (const s of windowSentences(ctx, q)) {
    const at = s.text.indexOf(speaker);
    if (at < 0) continue;
    const from = s.start + at;
    const to = from + speaker.length;
    return sentenceTokens(ctx, s).some((t) => t.start >= from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX'));
  }
  return false;
}

/** Every option for the quotation's speaker; `a` is the attribution the sentence patterns found. */
export function speakerOptions(ctx: ChoiceContext, q: ExtractedQuote, a: Attribution | null): SpeakerOption[] {
  const out: SpeakerOption[] = [];
  const partial = q.kind === 'partial' ? 1 : 0;
  const regex = a ? ctx.trial(a) : null;
  const regexKey = nameKey(regex?.speaker ?? null);
  const phrases = phraseOptions(ctx, q).map((p) => {
    const attr: Attribution = { ...interpretPhrase(p.phrase), verb: p.verb ?? a?.verb ?? null, context: a?.context ?? null };
    return { attr, features: p.features, res: ctx.trial(attr) };
  });
  // the sentence has its own attribution in a canonical shape ("“…,” Doe said", "said Doe", "Doe: “…”"): continuing
  // the previous speaker, or crediting anybody else, is less likely
  const canonical = new Set<string | null>();
  for (const p of phrases) {
    const f = p.features;
    if (!f.prevSentence && (f.saidAfter || f.invertedAdjacent || f.colonAdjacent || f.tailReporter)) canonical.add(nameKey(p.res.speaker));
  }
  const own = a && regex ? ownPhrase(phrases, regexKey) : {};
  const add = (attr: Attribution | null, f: Record<string, number>, res: { speaker: string | null; anonymous: boolean }) => {
    if (!res.speaker || NEVER_SPEAKER.test(res.speaker.trim()) || HEADING.test(res.speaker)) return;
    const features = Object.assign({}, f, outputFeatures(ctx, res.speaker, res.anonymous, attr === a ? null : regex?.speaker ?? null));
    // (the continuation's attribution is null too: only a real attribution of the patterns is theirs)
    if (a !== null && attr === a) features.regexSelf = 1;
    // (for a partial quotation only: a full one's canonical attribution is the patterns' own, weighed by regexSelf)
    if (partial && attr !== null && canonical.size > 0 && !canonical.has(nameKey(res.speaker))) features.partial_otherCanonical = 1;
    if (verbInName(ctx, q, res.speaker)) features.verbInName = 1;
    for (const [k, pk] of PARTIAL) if (features[k]) features[pk] = partial;
    out.push({ attr, speaker: res.speaker, anonymous: res.anonymous, features });
  };
  // the patterns' attribution is described by the structure of its own phrase in the sentence (the nearest phrase
  // naming the same person), so that a pattern that read the wrong clause can lose to the phrase that fits; one that
  // no phrase of the sentence names is suspect ("regexOrphan")
  if (a && regex) add(a, Object.keys(own).length ? own : { regexOrphan: 1 }, regex);
  // a lead-in sentence's phrases stand for a quotation whose own sentence names nobody in a canonical shape
  for (const p of phrases) if (!(p.features.prevSentence && canonical.size > 0)) add(p.attr, { phrase: 1, ...p.features }, p.res);
  if (ctx.lastSpeaker?.speaker) add(null, { ...continuationFeatures(ctx, q, a !== null), contCanonical: canonical.size > 0 ? 1 : 0 }, ctx.trial(null));
  return out;
}

/** The best-scoring option, or null when there is none. */
export function bestOption(options: readonly SpeakerOption[]): SpeakerOption | null {
  return argmax(options, (o) => score(o.features));
}
