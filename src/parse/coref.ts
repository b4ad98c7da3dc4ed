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
import { argmax, escapeRegExp } from '../util/index.ts';
import { isSpeechVerb, splitName } from './speakers.ts';
import { isPlace } from './attributions-places.ts';
import { firstNameGender } from './name-gender.ts';
import { HE, SHE, withFirstNames } from './coref-gender.ts';
export { genders } from './coref-gender.ts';
import { TITLE_WORDS } from '../lexicon/titles.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { inSpans, isTitleCase, type Span } from './text.ts';
import { quotationRanges } from './quote-marks.ts';
import { sentenceTokens } from './attributions-tokens.ts';
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
  /** before a noun it modifies ("Doe critics", "the Doe campaign"): the person is not who the clause is about */
  modifier: boolean;
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
    'park arena square hotel airport stadium hall museum memorial bridge plaza hospital convention conference summit act former ' +
    // shows, reports and teams named after a person ("the Jane Doe Show", "Team Doe")
    'show report team'
  )
    .split(' ')
    .concat(WEEKDAYS, MONTHS),
);

/** Capitalised runs; not after a hyphen ("anti-Doe", "pro-Doe" name a stance, not the person as an antecedent). */
const NAME_SEQ =
  /(?<![\p{L}\p{N}-])(?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+|[A-Z]\.)(?:\s+(?:(?:de|van|von|al|bin|la|le|del|da)\s+)?(?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+|[A-Z]\.))*/gu;
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

const notPerson = (w: string) => NOT_PERSON.has(w.toLowerCase().replace(/[’'.]/g, ''));

/** The person's name in a capitalised run, or null: "Republican Jane Doe" is Jane Doe (a party or nationality before
 *  a full name describes her), "Doe Tower" and "Springfield University" are nobody. */
function personName(name: string | null): string | null {
  if (!name || name.length < 2) return null;
  const words = name.split(/\s+/);
  if (!words.some(notPerson)) return name;
  let i = 0;
  while (i < words.length - 2 && notPerson(words[i]!)) i++;
  const rest = words.slice(i);
  // only a listed first name after the describing words makes the rest a person ("Republican Jane Doe", not
  // "North American Free Trade Agreement")
  return i > 0 && !rest.some(notPerson) && firstNameGender(rest.join(' ')) ? rest.join(' ') : null;
}

/** Tags of words that are never a first name (wink-nlp's, from the sentence splitter: no second tagging). */
const FUNCTION_TAGS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PART', 'INTJ']);

/** The tag of the first word at or after article offset `at` in the sentence. */
function nextTag(s: Sentence, at: number): string | null {
  return sentenceTokens(s).find((t) => t.start >= at)?.pos ?? null;
}

function opensWithFunctionWord(s: Sentence): boolean {
  const first = sentenceTokens(s)[0];
  return !!first && FUNCTION_TAGS.has(first.pos);
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
      name = personName(splitName(seq).name);
      names.set(seq, name);
    }
    if (!name) continue;
    // "Like Doe, she …", "Even Doe said": a capitalised preposition or adverb opening the sentence is no first name
    if (m.index === 0 && seq.startsWith(name) && name.includes(' ') && opensWithFunctionWord(s)) name = name.slice(name.indexOf(' ') + 1);
    const k = seq.lastIndexOf(name);
    const at = pos + k;
    const lead = seq.slice(0, k).trim();
    const end = m.index + k + name.length;
    const titled = lead !== '' && TITLED.test(lead);
    out.push({ name, pos: at, before: s.text.slice(Math.max(0, m.index - 12), m.index), after: s.text.slice(end, end + 3), titled, speech: speechSource(s.text, m.index, m.index + m[0].length) });
  }
  return out;
}

/** Agent nouns without an agent suffix. */
const AGENTS = new Set(['aide', 'ally', 'attorney', 'counsel', 'deputy', 'envoy', 'nominee', 'candidate', 'activist', 'staff']);

/** An office or agent noun ending a description before a name ("GOP strategist", "campaign manager", "the senator"). */
function describes(word: string): boolean {
  if (STOPWORDS.has(word) || word.length < 4) return false;
  return TITLE_WORDS.has(word) || AGENTS.has(word) || /(?:ist|er|or|ant|ent|man|woman)$/.test(word);
}

/** Lowercase words ending in an office or agent noun, with no verb-like word among them ("Obama consultant",
 *  "GOP strategist"): the name after them is the one the description is about. */
function description(lead: string): boolean {
  const lower = lead.match(/\b[a-z][a-z-]*\b/g) ?? [];
  const last = lead.trim().split(/\s+/).at(-1) ?? '';
  return lower.length > 0 && lower.length <= 4 && !/[,;:]/.test(lead) && describes(last) && !lower.some((w) => /(?:ed|ing|s)$/.test(w) && !describes(w));
}

const OPENERS = /^(?:(?:But|And|Yet|So|However|Meanwhile|Still|Then|Later|Now|Also)\b,?\s*)+/;

/** Is the mention the subject of its sentence: no name before it (or one that only describes it, "Obama consultant
 *  Jane Doe"), no lowercase word but a description before it, a lowercase word (its verb) or an apposition after? */
function isSubject(s: Sentence, pos: number, name: string, first: boolean): boolean {
  if (!first) return false;
  const prefix = s.text.slice(0, pos - s.start);
  const lead = prefix.replace(OPENERS, '');
  // "Like Doe, the mayor …", "After Doe spoke, …": a name after an opening preposition is not the sentence's subject
  if (lead === prefix && lead.trim() !== '' && opensWithFunctionWord(s)) return false;
  const bare = lead.replace(/\b(?:the|former|then|now|a|an|of|and)\b/g, '').replace(/[A-Z][\p{L}.’'\-]*/gu, '');
  if (/[a-z]/.test(bare) && !description(lead)) return false;
  const after = s.text.slice(pos - s.start + name.length);
  if (modifies(after)) return false;
  return /^(?:’s|'s)?\s*(?:,|[a-z])/.test(after);
}

/** A name before a description of another name ("Obama consultant Jane Doe"): what follows it is not its verb. */
function modifies(after: string): boolean {
  const m = /^(?:’s|'s)?\s+((?:[a-z][a-z-]*\s+){1,4})[A-Z]/.exec(after);
  return !!m && description(m[1]!);
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
      // "in Lisbon" makes a place, but not "in Doe's plan" (a possessor) nor "in the Doe camp" (a modifier)
      if (PLACE_BEFORE.test(r.before) && !/^(?:’s|'s|’|')/.test(r.after) && !(/\bthe\s+$/.test(r.before) && /^\s+[a-z]/.test(r.after))) places.add(r.name);
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
      const subject = isSubject(s, r.pos, r.name, i === 0 || (i === 1 && modifies(s.text.slice(list[0]!.pos - s.start + list[0]!.name.length))));
      const object = OBJECT_BEFORE.test(r.before) && !subject;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const modifier = !subject && /^\s+[a-z]/.test(r.after) && nextTag(s, r.pos + r.name.length) === 'NOUN';
      out.push({ name: r.name, key, pos: r.pos, sentence: s.index, subject, object, possessive: /^(?:’s|'s|’|')/.test(r.after), block: s.block, nth, speech: r.speech, titled: r.titled, modifier });
    }
    return out;
  });
  for (const p of people) places.delete(p);
  return { mentions, places };
}

export interface CorefIndex {
  mentions: PersonMention[][];
  gender: Map<string, Gender>;
  /** surnames whose listed first name the article's own pronouns contradict, too weakly to overrule it: a pronoun of
   *  either gender may mean them (the list gives each name one gender; "Jan", "Marty", "Robin" are given to both) */
  contested: Set<string>;
  /** full name per surname (the longest seen) */
  full: Map<string, string>;
  /** every full name per surname, in article order ("Jane Doe", "John Doe": two people of one family) */
  family: Map<string, string[]>;
  /** names the article uses as places ("in Lisbon") and never as a person's name */
  places: Set<string>;
  /** the article, and the quotations in it (their marks included): what speaker candidates are read around */
  text: string;
  quotes: readonly Span[];
  /** the paragraph (block index) of each sentence, and where each starts */
  blockOf: number[];
  startOf: number[];
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
  return { mentions, ...withFirstNames(text, sentences, mentions), full, family, places, text, quotes, blockOf: sentences.map((s) => s.block), startOf: sentences.map((s) => s.start) };
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
  /** the subject of the pronoun's own sentence, before it ("Doe argues what he calls …") */
  sameSentenceSubject: number;
  /** every mention in the window modifies a noun ("Doe critics"): never what a clause was about */
  modifierOnly: number;
  /** the first-name list gives the other gender, which the article's pronouns contest */
  listClash: number;
  /** a first name the name list knows ("Jane Doe"): a person, not a building or an event ("Doe Tower", "Fair Grounds") */
  listedFirst: number;
  /** the quotation names the candidate ("“Doe is wrong,” he said"): people seldom speak of themselves by name */
  namedInQuote: number;
  /** the quotation speaks of a third person of the pronoun's gender ("“He was late,” she said"), and the candidate is
   *  the subject of the previous sentence, or the source of a speech verb there: the one spoken of, or the one speaking */
  spokenOfSubject: number;
  spokenOfSpeech: number;
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

/** What a quotation says that bears on who said it: the words inside it, and whether it speaks of a third person of
 *  the speaker's gender. */
interface QuoteView {
  text: string;
  thirdPerson: boolean;
}

function quoteView(idx: CorefIndex, quote: Span | null, pronoun: Gender | null): QuoteView | null {
  if (!quote) return null;
  const text = idx.text.slice(quote.start, quote.end);
  return { text, thirdPerson: pronoun !== null && (pronoun === 'm' ? HE : SHE).test(text) };
}

function newCandidate(idx: CorefIndex, m: PersonMention, k: number, sentence: number, pronoun: Gender | null, ctx: SpeakerContext, rank: number, count: number, quote: QuoteView | null): PronounCandidate {
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
      sameSentenceSubject: d === 0 && m.subject ? 1 : 0, modifierOnly: m.modifier ? 1 : 0,
      listedFirst: words > 1 && firstNameGender(name) ? 1 : 0, listClash: pronoun && g && g !== pronoun ? 1 : 0,
      namedInQuote: quote && new RegExp(`\\b${escapeRegExp(m.key)}\\b`).test(quote.text) ? 1 : 0,
      spokenOfSubject: quote?.thirdPerson && m.subject && d === 1 ? 1 : 0, spokenOfSpeech: quote?.thirdPerson && m.speech && d <= 1 ? 1 : 0,
    },
  };
}

/** An earlier mention of a candidate already seen adds what it says (subject, speaker, title) to the candidate. */
function addMention(f: PronounFeatures, m: PersonMention, d: number, quote: QuoteView | null): void {
  if (m.subject) f.subject = 1;
  if (m.subject && d === 1) f.prevSubject = 1;
  if (m.speech) f.speech = 1;
  if (m.speech && d <= 1) f.speechNear = 1;
  if (m.titled) f.titled = 1;
  if (!m.modifier) f.modifierOnly = 0;
  if (quote?.thirdPerson && m.subject && d === 1) f.spokenOfSubject = 1;
  if (quote?.thirdPerson && m.speech && d <= 1) f.spokenOfSpeech = 1;
}

/** Candidate people for a pronoun speaker of a quotation in `sentence`, before article offset `pos`. */
/** Where the pronoun that names the quotation's speaker is, when it comes before the quotation in its sentence ("In
 *  2011, he accused Jane Doe of “…”": Doe comes after "he", so cannot be what it stands for); else `pos`. */
function pronounPos(idx: CorefIndex, sentence: number, pos: number, pronoun: Gender | null): number {
  const start = idx.startOf[sentence];
  if (start === undefined || !pronoun) return pos;
  const re = pronoun === 'm' ? /\b[Hh]e\b/g : /\b[Ss]he\b/g;
  const before = idx.text.slice(start, pos);
  let at = pos;
  for (let m = re.exec(before); m; m = re.exec(before)) if (!inSpans(idx.quotes, start + m.index)) at = start + m.index;
  return at;
}

export function pronounCandidates(idx: CorefIndex, sentence: number, pos0: number, pronoun: Gender | null, ctx: SpeakerContext, quote: Span | null = null): PronounCandidate[] {
  const pos = quote ? pronounPos(idx, sentence, pos0, pronoun) : pos0;
  const seen = new Map<string, PronounCandidate>();
  const view = quoteView(idx, quote, pronoun);
  const counts = new Map<string, number>();
  const from = Math.max(0, sentence - LOOKBACK);
  for (let k = from; k <= sentence; k++) for (const m of idx.mentions[k] ?? []) if (m.pos < pos) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  for (let k = sentence; k >= from; k--) {
    const list = (idx.mentions[k] ?? []).filter((m) => m.pos < pos).reverse();
    for (const m of list) {
      const g = idx.gender.get(m.key);
      if (pronoun && g && g !== pronoun && !idx.contested.has(m.key)) continue;
      const old = seen.get(m.key);
      if (old) addMention(old.features, m, sentence - k, view);
      else seen.set(m.key, newCandidate(idx, m, k, sentence, pronoun, ctx, seen.size, counts.get(m.key) ?? 0, view));
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
