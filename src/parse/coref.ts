/**
 * Pronoun resolution for speakers ("…,” she said): the person the article means is the most recent
 * compatible named person, preferring the subject of a sentence, the speaker of the quotation just
 * before, and a person whose gender the article's own pronouns give (he/his after a mention of
 * them, "Mr." / "Ms." before it). Person mentions are capitalised name sequences outside quotations;
 * a name the article uses after "in" or "near" (and never in a full name) is a place, and an organisation word ("News",
 * "Party", "University") is not a person. Weights: see pronoun-weights.json (scripts/train/pronouns.ts).
 */
import type { Sentence } from '../schema/index.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { argmax } from '../util/index.ts';
import { isSpeechVerb, splitName } from './speakers.ts';
import { isPlace } from './attributions-places.ts';
import { firstNameGender } from './name-gender.ts';
import { inSpans, isTitleCase, type Span } from './text.ts';
import { quotationRanges } from './quote-marks.ts';
import weights from './pronoun-weights.json' with { type: 'json' };

export interface PersonMention {
  name: string;
  /** surname: how later mentions refer to the same person */
  key: string;
  pos: number;
  sentence: number;
  subject: boolean;
  /** after a verb or a preposition ("met Jane Doe", "with Doe"): not the one doing the talking */
  object: boolean;
  /** a possessor ("Doe's plan") */
  possessive: boolean;
  /** the paragraph (block index) it is in */
  block: number;
  /** how many mentions of this person the article has made up to this one, this one included */
  nth: number;
  /** the source of a speech verb ("Doe said", "said Doe", "according to Doe") */
  speech: boolean;
  /** after an office or courtesy title ("Sen. Doe", "Mr. Doe") */
  titled: boolean;
}

export type Gender = 'm' | 'f';

/** Words that make a capitalised sequence an organisation, a place or a work, not a person. */
const NOT_PERSON = new Set(
  (
    'news times post journal tribune herald magazine network media press group inc corp company campaign committee pac ' +
    'america states united republican republicans democrat democrats democratic gop county city state street avenue ' +
    'university college school church foundation center centre institute association club bank fund council court ' +
    'congress senate house department ministry agency office party union league board administration white day ' +
    'god lord twitter facebook instagram youtube google cnn fox msnbc abc cbs nbc ' +
    'north south east west new islamic muslim muslims christian christians american americans national international ' +
    // places, events and laws a capitalised run names ("Central Park", "the Clean Air Act"), and "Former" opening one
    'park arena square hotel airport stadium hall museum memorial bridge plaza hospital convention conference summit act former'
  )
    .split(' ')
    .concat(WEEKDAYS, MONTHS),
);

const NAME_SEQ =
  /(?<![\p{L}\p{N}])(?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+|[A-Z]\.)(?:\s+(?:(?:de|van|von|al|bin|la|le|del|da)\s+)?(?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+|[A-Z]\.))*/gu;
/** A verb or preposition right before a name: its object ("met Doe", "with Doe", "to Doe"). */
const OBJECT_BEFORE = /\b(?:to|of|for|with|by|at|on|from|against|about|than|and|or|met|told|asked|called|named|appointed|nominated|endorsed|attacked|criticized|criticised|praised|defeated|beat|thanked|urged|invited|hired|fired|interviewed|like|including|between)\s+(?:the\s+)?$/i;
const PLACE_BEFORE = /\b(?:in|near|across|outside|throughout)\s+(?:the\s+)?$/;

function surname(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1]!; // split() always returns at least one element
}


/** Capitalised name sequences of one sentence that may be people (before the place filter). */
/** Office and courtesy titles: a single name after one is a person's ("Judge Berman", "Sen. Doe"). */
const TITLED = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Prof|Judge|Justice|Senator|Governor|President|Mayor|Secretary|Chairman|Chairwoman|Minister|Ambassador|Director|Commissioner|Sheriff|Pope|King|Queen|Prince|Princess|Rabbi|Bishop|Father|Sister|Coach|Officer|Detective|Speaker|Leader)\.?$/;

type RawName = { name: string; pos: number; before: string; after: string; titled: boolean; speech: boolean };

/** After a name: its speech verb, past a possessive, a parenthesis ("(D-Ore.)"), an apposition between commas
 *  and an adverb or auxiliary ("Doe, the mayor, also said"). */
const SPEECH_AFTER = /^(?:\s*\([^)]{0,30}\))?(?:\s*,[^,;:“”"]{1,80},)?\s*(?:(?:\w+ly|also|later|then|has|had|have|was|is|would|will)\s+)?([a-z]+)/;
/** Before a name: "said Doe", "said Sen. Doe", "according to Doe". */
const SPEECH_BEFORE = /(?:according\s+to|\b([a-z]+))\s+(?:(?:the\s+)?[A-Z][a-z]*\.?\s+)?$/;

/** Is the name the source of a speech verb ("Doe said", "said Doe", "Doe, the mayor, told …", "according to Doe")? */
function speechSource(sentence: string, start: number, end: number): boolean {
  const after = SPEECH_AFTER.exec(sentence.slice(end, end + 120));
  if (after && isSpeechVerb(after[1]!)) return true; // group 1 is not optional
  const before = SPEECH_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
  return !!before && (!before[1] || isSpeechVerb(before[1]));
}


/** Spans of `t` (offsets from `base`) between a closed pair of double quotation marks. */
function markedSpans(t: string, base: number): Span[] {
  return quotationRanges(t).filter((r) => r.closed).map((r) => ({ start: base + r.start, end: base + r.end }));
}

function rawNames(s: Sentence, quotes: readonly Span[], names: Map<string, string | null>): RawName[] {
  const out: RawName[] = [];
  if (isTitleCase(s.text)) return out;
  // a name between quotation marks that the quote stage did not take for a quotation is a title or a
  // nickname (“On “Meet the Town,” …”, Bill “The Hammer” Doe): no person is mentioned
  const titles = markedSpans(s.text, s.start);
  NAME_SEQ.lastIndex = 0;
  for (let m = NAME_SEQ.exec(s.text); m; m = NAME_SEQ.exec(s.text)) {
    const pos = s.start + m.index;
    if (inSpans(quotes, pos) || inSpans(titles, pos)) continue;
    const seq = m[0].replace(/(?:’s|'s|’|')$/, '');
    let name = names.get(seq);
    if (name === undefined) {
      name = splitName(seq).name;
      if (name && (name.length < 2 || name.split(/\s+/).some((w) => NOT_PERSON.has(w.toLowerCase().replace(/[’'.]/g, ''))))) name = null;
      names.set(seq, name);
    }
    if (!name) continue;
    const k = seq.lastIndexOf(name);
    const at = pos + k;
    const lead = seq.slice(0, k).trim();
    const end = m.index + k + name.length;
    const titled = lead !== '' && TITLED.test(lead);
    out.push({ name, pos: at, before: s.text.slice(Math.max(0, m.index - 12), m.index), after: s.text.slice(end, end + 3), titled, speech: speechSource(s.text, m.index, m.index + m[0].length) });
  }
  return out;
}

/** Is the mention the subject of its sentence: no name before it, a lowercase word (its verb) or an apposition after? */
function isSubject(s: Sentence, pos: number, name: string, first: boolean): boolean {
  if (!first) return false;
  const lead = s.text.slice(0, pos - s.start).replace(/^(?:(?:But|And|Yet|So|However|Meanwhile|Still|Then|Later|Now|Also)\b,?\s*)+/, '');
  if (/[a-z]/.test(lead.replace(/\b(?:the|former|then|now|a|an|of|and)\b/g, '').replace(/[A-Z][\p{L}.’'\-]*/gu, ''))) return false;
  const after = s.text.slice(pos - s.start + name.length);
  return /^(?:’s|'s)?\s*(?:,|[a-z])/.test(after);
}

/** Person mentions per sentence index, in article order. Surnames seen in a full name count alone too. */
export function personMentions(sentences: readonly Sentence[], quotes: readonly Span[]): { mentions: PersonMention[][]; places: Set<string> } {
  const cache = new Map<string, string | null>(); // a name sequence → the person's name in it, per article
  const raw = sentences.map((s) => rawNames(s, quotes, cache));
  const places = new Set<string>();
  const people = new Set<string>();
  const speakers = new Set<string>();
  for (const list of raw) {
    for (const r of list) {
      if (PLACE_BEFORE.test(r.before)) places.add(r.name);
      if (r.name.includes(' ')) people.add(surname(r.name));
      if (/\b(?:Mr|Mrs|Ms|Dr)\.\s*$/.test(r.before) || r.titled) people.add(surname(r.name));
      if (r.speech && !r.name.includes(' ')) speakers.add(r.name);
    }
  }
  // a lone name that speaks ("Doe said", "said Doe") is a person's, though the article never gives the full name,
  // unless the article or the gazetteer makes it a place ("Lisbon said")
  for (const n of speakers) if (!places.has(n) && !isPlace(n)) people.add(n);
  const seen = new Map<string, number>();
  const mentions = raw.map((list, k) => {
    const s = sentences[k]!; // raw is sentences mapped
    const out: PersonMention[] = [];
    for (const [i, r] of list.entries()) {
      const key = surname(r.name);
      if (!people.has(key)) continue;
      if (places.has(r.name) && !r.name.includes(' ')) continue;
      const subject = isSubject(s, r.pos, r.name, i === 0);
      const object = OBJECT_BEFORE.test(r.before) && !subject;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      out.push({ name: r.name, key, pos: r.pos, sentence: s.index, subject, object, possessive: /^(?:’s|'s|’|')/.test(r.after), block: s.block, nth, speech: r.speech, titled: r.titled });
    }
    return out;
  });
  for (const p of people) places.delete(p);
  return { mentions, places };
}

const HE = /\b(?:he|him|his|himself)\b/i;
const SHE = /\b(?:she|her|hers|herself)\b/i;

/** Gender per surname from the article: the first pronoun after a mention, before any other name; Mr./Ms. A surname
 *  the evidence splits on (two people of one family, "Jane and John Doe") has none. */
export function genders(text: string, sentences: readonly Sentence[], mentions: readonly PersonMention[][]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (key: string, g: Gender) => {
    const v = votes.get(key) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(key, v);
  };
  for (const [k, list] of mentions.entries()) {
    for (const [i, m] of list.entries()) {
      const honor = /\b(Mr|Mrs|Ms)\.\s*(?:[A-Z][\p{L}’'\-]+\s+)?$/u.exec(text.slice(Math.max(0, m.pos - 20), m.pos));
      if (honor) vote(m.key, honor[1] === 'Mr' ? 'm' : 'f');
      const next = list[i + 1];
      const sentenceEnd = sentences[k]!.end; // mentions is indexed like sentences
      const nextSentence = sentences[k + 1];
      const upTo = next ? next.pos : mentions[k + 1]?.[0]?.pos ?? nextSentence?.end ?? sentenceEnd;
      const span = text.slice(m.pos + m.name.length, upTo);
      const he = span.search(HE);
      const she = span.search(SHE);
      if (he >= 0 && (she < 0 || he < she)) vote(m.key, 'm');
      else if (she >= 0) vote(m.key, 'f');
    }
  }
  const out = new Map<string, Gender>();
  for (const [key, { m, f }] of votes) if (Math.min(m, f) * 3 < Math.max(m, f)) out.set(key, m > f ? 'm' : 'f');
  return out;
}

/** A listed first name says more than the article's first pronoun after a mention; a surname whose mentions have
 *  first names of both genders ("Jane and John Doe") has none. */
function withFirstNames(gender: Map<string, Gender>, mentions: readonly PersonMention[][]): Map<string, Gender> {
  const byName = new Map<string, Set<Gender>>();
  for (const list of mentions) {
    for (const m of list) {
      const g = m.name.includes(' ') ? firstNameGender(m.name) : null;
      if (g) byName.set(m.key, (byName.get(m.key) ?? new Set<Gender>()).add(g));
    }
  }
  for (const [key, gs] of byName) {
    if (gs.size === 1) gender.set(key, [...gs][0]!);
    else gender.delete(key);
  }
  return gender;
}

export interface CorefIndex {
  mentions: PersonMention[][];
  gender: Map<string, Gender>;
  /** full name per surname (the longest seen) */
  full: Map<string, string>;
  /** every full name per surname, in article order ("Jane Doe", "John Doe": two people of one family) */
  family: Map<string, string[]>;
  /** names the article uses as places ("in Lisbon") and never as a person's name */
  places: Set<string>;
  /** the article, and the quotations in it (their marks included): what speaker candidates are read around */
  text: string;
  quotes: readonly Span[];
  /** the paragraph (block index) of each sentence */
  blockOf: number[];
}

export function corefIndex(text: string, sentences: readonly Sentence[], quotes: readonly Span[]): CorefIndex {
  const { mentions, places } = personMentions(sentences, quotes);
  const full = new Map<string, string>();
  const family = new Map<string, string[]>();
  for (const list of mentions) {
    for (const m of list) {
      if ((full.get(m.key)?.split(' ').length ?? 0) < m.name.split(' ').length) full.set(m.key, m.name);
      const names = family.get(m.key) ?? [];
      if (m.name.includes(' ') && !names.includes(m.name)) family.set(m.key, [...names, m.name]);
    }
  }
  return { mentions, gender: withFirstNames(genders(text, sentences, mentions), mentions), full, family, places, text, quotes, blockOf: sentences.map((s) => s.block) };
}

/** Features of one candidate antecedent (the training script fits their weights). */
export interface PronounFeatures {
  distance: number;
  /** sentences back past the near window (log): a person the article left a while ago */
  far: number;
  /** how many people were mentioned between this one and the pronoun (log) */
  rank: number;
  subject: number;
  genderMatch: number;
  genderUnknown: number;
  prevSpeaker: number;
  lastSpeaker: number;
  sameSentence: number;
  mentions: number;
  object: number;
  possessive: number;
  samePara: number;
  salience: number;
  prevSubject: number;
  /** the source of a speech verb in the window ("Doe said", "said Doe"), and in this or the previous sentence */
  speech: number;
  speechNear: number;
  /** after a title in the window ("Sen. Doe") */
  titled: number;
  /** how many quotations the article has credited to the person so far (log) */
  spoke: number;
  /** the name's shape: one word ("Doe" alone), or four and more (a title or an organisation more than a person) */
  oneWord: number;
  longName: number;
}

export interface PronounCandidate {
  key: string;
  name: string;
  features: PronounFeatures;
}

/** What the resolver knows about the quotations before the pronoun. */
export interface SpeakerContext {
  /** the speaker of the previous sentence's quotation, and of the last quotation */
  prev: string | null;
  last: string | null;
  /** quotations credited so far, by lower-case surname */
  spoken: ReadonlyMap<string, number>;
}

/** Sentences scanned back from the pronoun; distance counts up to NEAR, `far` beyond. */
const LOOKBACK = 25;
const NEAR = 6;

function newCandidate(idx: CorefIndex, m: PersonMention, k: number, sentence: number, pronoun: Gender | null, ctx: SpeakerContext, rank: number, count: number): PronounCandidate {
  const g = idx.gender.get(m.key);
  const same = (s: string | null) => (s !== null && surname(s) === m.key ? 1 : 0);
  const name = idx.full.get(m.key) ?? m.name;
  const words = name.split(/\s+/).length;
  const d = sentence - k;
  return {
    key: m.key,
    name,
    features: {
      distance: Math.min(d, NEAR), far: Math.log1p(Math.max(0, d - NEAR)), rank: Math.log1p(rank), subject: m.subject ? 1 : 0,
      genderMatch: pronoun && g === pronoun ? 1 : 0, genderUnknown: g ? 0 : 1,
      prevSpeaker: same(ctx.prev), lastSpeaker: same(ctx.last), sameSentence: d === 0 ? 1 : 0, mentions: Math.log1p(count),
      object: m.object ? 1 : 0, possessive: m.possessive ? 1 : 0, samePara: m.block === idx.blockOf[sentence] ? 1 : 0, salience: Math.log1p(m.nth),
      prevSubject: m.subject && d === 1 ? 1 : 0, speech: m.speech ? 1 : 0, speechNear: m.speech && d <= 1 ? 1 : 0, titled: m.titled ? 1 : 0,
      spoke: Math.log1p(ctx.spoken.get(m.key.toLowerCase()) ?? 0), oneWord: words === 1 ? 1 : 0, longName: words >= 4 ? 1 : 0,
    },
  };
}

/** An earlier mention of a candidate already seen adds what it says (subject, speaker, title) to the candidate. */
function addMention(f: PronounFeatures, m: PersonMention, d: number): void {
  if (m.subject) f.subject = 1;
  if (m.subject && d === 1) f.prevSubject = 1;
  if (m.speech) f.speech = 1;
  if (m.speech && d <= 1) f.speechNear = 1;
  if (m.titled) f.titled = 1;
}

/** Candidate people for a pronoun speaker of a quotation in `sentence`, before article offset `pos`. */
export function pronounCandidates(idx: CorefIndex, sentence: number, pos: number, pronoun: Gender | null, ctx: SpeakerContext): PronounCandidate[] {
  const seen = new Map<string, PronounCandidate>();
  const counts = new Map<string, number>();
  const from = Math.max(0, sentence - LOOKBACK);
  for (let k = from; k <= sentence; k++) for (const m of idx.mentions[k] ?? []) if (m.pos < pos) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  for (let k = sentence; k >= from; k--) {
    const list = (idx.mentions[k] ?? []).filter((m) => m.pos < pos).reverse();
    for (const m of list) {
      const g = idx.gender.get(m.key);
      if (pronoun && g && g !== pronoun) continue;
      const old = seen.get(m.key);
      if (old) addMention(old.features, m, sentence - k);
      else seen.set(m.key, newCandidate(idx, m, k, sentence, pronoun, ctx, seen.size, counts.get(m.key) ?? 0));
    }
  }
  return [...seen.values()];
}

let W: Partial<Record<keyof PronounFeatures, number>> = weights.weights;

/** Replace the ranker's weights (the training script parses with the weights it is fitting). */
export function usePronounWeights(w: Partial<Record<keyof PronounFeatures, number>>): void {
  W = w;
}

export function scoreCandidate(f: PronounFeatures): number {
  let s = 0;
  for (const k of Object.keys(f) as (keyof PronounFeatures)[]) s += (W[k] ?? 0) * f[k];
  return s;
}

/** The best candidate, or null when there is none. */
export function choosePronounSpeaker(cands: readonly PronounCandidate[]): PronounCandidate | null {
  return argmax(cands, (c) => scoreCandidate(c.features));
}
