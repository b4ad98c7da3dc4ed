/**
 * Resolution of speakers across sentences, in article order: a quotation with no attribution
 * continues the previous speaker; "he said" goes to the person the previous sentences are about;
 * "the official" to the anonymous source mentioned before; "the three leaders" to the three people
 * named just before; a bare surname to the full name used earlier, with the role carried over.
 */
import type { ExtractedQuote, Sentence } from '../schema/index.ts';
import { escapeRegExp } from '../util/index.ts';
import { choosePronounSpeaker, pronounCandidates, type CorefIndex, type Gender, type PronounCandidate, type SpeakerContext } from './coref.ts';
import { Registry } from './mentions.ts';
import { interpretPhrase, splitName, type Attribution } from './speakers.ts';
import { bestOption, nameKey, samePerson, speakerOptions, type ChoiceContext, type SpeakerOption } from './speaker-choice.ts';
import type { Token } from './attributions-tokens.ts';
import { isPlace } from './attributions-places.ts';
import { fitsGender } from './name-gender.ts';

export interface ResolveState {
  registry: Registry;
  sentences: readonly Sentence[];
  lastSpeaker: ExtractedQuote | null;
  lastGroup: ExtractedQuote | null;
  lastAnonMention: string | null;
  prevSentenceQuote: ExtractedQuote | null;
  prevSubject: string | null;
  coref: CorefIndex | null;
  /** called with every pronoun speaker's candidates, for the ranker's trials too (scripts/train/pronouns.ts learns
   *  from the last call per quotation, so a pronoun the speaker ranker did not choose still teaches it) */
  trace: ((q: ExtractedQuote, cands: readonly PronounCandidate[]) => void) | null;
  /** called with every quotation's speaker options (scripts/train/speakers.ts learns from them) */
  speakerTrace: ((q: ExtractedQuote, options: readonly SpeakerOption[]) => void) | null;
  /** wink-nlp tokens per sentence index, read once */
  tokens: Map<number, Token[]>;
  /** how often each speaker (by nameKey) has been credited so far */
  spoken: Map<string, number>;
}

export function newResolveState(sentences: readonly Sentence[], coref: CorefIndex | null = null): ResolveState {
  return {
    registry: new Registry(), sentences, lastSpeaker: null, lastGroup: null, lastAnonMention: null, prevSentenceQuote: null, prevSubject: null, coref,
    trace: null, speakerTrace: null, tokens: new Map(), spoken: new Map(),
  };
}

const ANON_MENTION = /\b(?:one|a|an|another|a second|a third|two|three|several)\s+(?:[\w.’'-]+\s+){0,3}?(?:officials?|sources?|diplomats?|aides?)\b(?=[^.]*\b(?:said|says|told)\b)/i;

/** What a sentence leaves for the next ones: an anonymous source mentioned, its grammatical subject. */
export function noteSentence(state: ResolveState, st: string, quotes: readonly ExtractedQuote[]): void {
  state.prevSentenceQuote = quotes.at(-1) ?? null;
  state.prevSubject = subjectOf(state.registry, st);
}

export function noteAnonymous(state: ResolveState, st: string): void {
  const anon = ANON_MENTION.exec(st);
  if (anon) state.lastAnonMention = anon[0];
}

/** The person a sentence opens with ("Jane Doe, the mayor, …", "Doe also …"), when known. */
function subjectOf(registry: Registry, st: string): string | null {
  const t = st.replace(/^(?:But|And|Yet|So|However|Meanwhile|Still|Then)\b,?\s+/, '');
  const m = /^((?:[A-Z\u00C0-\u00DE][\p{L}’'.\-]*\s+){0,5}[A-Z\u00C0-\u00DE][\p{L}’'\-]*)\s+(?:[a-z]|,)/u.exec(t);
  if (!m) return null;
  const { name } = splitName(m[1]!); // group 1 is not optional
  if (!name) return null;
  if (name.includes(' ') || registry.has(name)) return registry.expand(name);
  return null;
}

function inherit(q: ExtractedQuote, src: ExtractedQuote | null): void {
  if (!src) return;
  q.speaker = src.speaker;
  q.anonymous = src.anonymous;
  q.role = src.role;
}

/** The N people named in the nearest earlier sentence that names N ("the two leaders said"). */
function groupNames(state: ResolveState, sentence: number, n: number): string[] {
  let names: string[] = [];
  for (let k = sentence - 1; k >= Math.max(0, sentence - 3) && names.length < n; k--) {
    const prev = state.sentences[k];
    if (!prev) continue; // `sentences` is indexed by Sentence.index, so k (< sentence) is in range
    const hits: { pos: number; name: string }[] = [];
    for (const [key, p] of state.registry.bySurname) {
      const i = prev.text.search(new RegExp(`\\b${escapeRegExp(key)}\\b`));
      if (i >= 0) hits.push({ pos: i, name: p.name });
    }
    hits.sort((x, y) => x.pos - y.pos);
    names = [...new Set(hits.map((h) => h.name))];
  }
  return names;
}

function resolveGroup(state: ResolveState, q: ExtractedQuote, a: Attribution): boolean {
  const g = state.lastGroup;
  if (g && g.speaker && g.speaker.split(/,| and /).length === a.group) {
    inherit(q, g);
    return true;
  }
  const names = groupNames(state, q.sentence, a.group);
  if (names.length < a.group) return false;
  const some = names.slice(0, a.group);
  q.speaker = some.slice(0, -1).join(', ') + ' and ' + some[some.length - 1]!; // some.length >= a.group > 1
  q.role = a.speaker;
  state.lastGroup = q;
  return true;
}

/** "Mr. Doe" → m, "Mrs. Doe" / "Ms. Doe" / "Miss Doe" → f: the gender a courtesy title before the name gives. */
function courtesyGender(phrase: string | null): Gender | null {
  const m = /\b(Mr|Mrs|Ms|Miss)\b\.?\s+\S+\s*$/.exec(phrase ?? '');
  return !m ? null : m[1] === 'Mr' ? 'm' : 'f';
}

function pronounGender(phrase: string | null): Gender | null {
  const w = (phrase ?? '').trim().split(/\s+/)[0]?.toLowerCase();
  return w === 'he' ? 'm' : w === 'she' ? 'f' : null;
}

/** What the pronoun ranker knows of the quotations before: the previous and last speakers (not anonymous ones). */
function speakerContext(state: ResolveState): SpeakerContext {
  const prev = state.prevSentenceQuote?.anonymous ? null : state.prevSentenceQuote?.speaker ?? null;
  const last = state.lastSpeaker?.anonymous ? null : state.lastSpeaker?.speaker ?? null;
  return { prev, last, spoken: state.spoken };
}

/** "he said" / "she said": the person the coreference index ranks first, when there is one. */
function resolveSingular(state: ResolveState, q: ExtractedQuote, g: Gender): boolean {
  if (!state.coref) return false;
  const cands = pronounCandidates(state.coref, q.sentence, q.start, g, speakerContext(state), q);
  state.trace?.(q, cands);
  const best = choosePronounSpeaker(cands);
  if (!best) return false;
  q.speaker = ofGender(state, state.registry.expand(best.name), g);
  q.role = state.registry.roleOf(q.speaker);
  return true;
}

function resolvePronoun(state: ResolveState, q: ExtractedQuote, a: Attribution): void {
  const g = pronounGender(a.phrase);
  if (g && resolveSingular(state, q, g)) return;
  if (state.prevSentenceQuote?.speaker) inherit(q, state.prevSentenceQuote);
  else if (state.prevSubject) {
    q.speaker = state.prevSubject;
    q.role = state.registry.roleOf(state.prevSubject);
  } else inherit(q, state.lastSpeaker);
}

/** A bare surname → the full name: from titled mentions and earlier speakers, else any earlier full mention;
 *  `gender` from a courtesy title ("Mr. Doe") picks among family members the article names. */
function fullName(state: ResolveState, name: string, gender: Gender | null = null): string {
  const known = state.registry.expand(name);
  if (name.includes(' ')) return known;
  const pick = known !== name ? known : state.coref?.full.get(name) ?? name;
  return gender ? ofGender(state, pick, gender) : pick;
}

/** "she said", "Mrs. Doe" where the article names a John Doe and a Jane Doe: the family member of that gender. */
function ofGender(state: ResolveState, name: string, gender: Gender): string {
  if (fitsGender(name, gender)) return name;
  return state.coref?.family.get(name.split(/\s+/).at(-1)!)?.findLast((n) => fitsGender(n, gender)) ?? name;
}

/** The subject of the sentence a fragment sits in ("Doe vowed to fight “…”"; "He called it “…”"). */
function sentenceSubject(state: ResolveState, q: ExtractedQuote): string | null {
  const s = state.sentences[q.sentence];
  if (!s || !state.coref) return null;
  const first = (state.coref.mentions[q.sentence] ?? []).find((m) => m.pos < q.start);
  if (first?.subject) return state.registry.expand(state.coref.full.get(first.key) ?? first.name);
  const lead = /^(?:(?:But|And|Yet|So|Still|Then|Later|Now|Also)\b,?\s*)*(He|She)\s+[a-z]/.exec(s.text);
  if (!lead) return null;
  const g = lead[1] === 'He' ? 'm' : 'f'; // group 1 is not optional
  const best = choosePronounSpeaker(pronounCandidates(state.coref, q.sentence, s.start, g, speakerContext(state)));
  return best ? ofGender(state, state.registry.expand(best.name), g) : null;
}

/** What attribution `a` makes of q's speaker, role and anonymity (a null attribution: the sentence names nobody). */
function fill(state: ResolveState, q: ExtractedQuote, a: Attribution | null): void {
  const subject = !a && q.kind === 'partial' ? sentenceSubject(state, q) : null;
  if (subject) {
    q.speaker = subject;
    q.role = state.registry.roleOf(subject);
  } else if (!a) {
    // continuation: the previous quotation's speaker
    inherit(q, state.lastSpeaker);
    if (!state.lastSpeaker && state.prevSubject) q.speaker = state.prevSubject;
  } else {
    q.verb = a.verb;
    q.context = a.context;
    if (a.pronoun) resolvePronoun(state, q, a);
    else if (a.group > 1 && resolveGroup(state, q, a)) {
      /* resolved to the group */
    } else if (a.definite && a.anonymous) {
      const prevAnon = state.lastSpeaker?.anonymous ? state.lastSpeaker.speaker : null;
      q.speaker = prevAnon ?? state.lastAnonMention ?? a.speaker;
      q.anonymous = true;
      q.role = a.role;
    } else {
      q.speaker = a.speaker ? (a.anonymous ? a.speaker : fullName(state, a.speaker, courtesyGender(a.phrase))) : null
      // a place is not a person: "Lisbon has repeatedly …" credits nobody (the article's own places, and the
      // states and capitals news prose uses for their governments); but a surname whose expansion is a place
      // ("Doe" read as "Springfield Doe" from "outside Springfield Doe rally") stays the surname as written
      const place = (n: string) => state.coref?.places.has(n) || isPlace(n);
      if (q.speaker && place(q.speaker)) q.speaker = a.speaker && q.speaker !== a.speaker && !place(a.speaker) ? a.speaker : null;
      q.anonymous = a.anonymous;
      q.role = a.role ?? (q.speaker && !a.anonymous ? state.registry.roleOf(q.speaker) : null);
    }
  }
}

/** The ranker's view of the state: candidates are resolved on a copy of the quotation, nothing else changes. */
function choiceContext(state: ResolveState, coref: CorefIndex, q: ExtractedQuote): ChoiceContext {
  return {
    text: coref.text, sentences: state.sentences, quoteSpans: coref.quotes, tokens: state.tokens, lastSpeaker: state.lastSpeaker, spoken: state.spoken,
    isPerson: (name) => state.registry.has(name) || coref.full.has(name.split(/\s+/).at(-1)!),
    isPlace: (name) => coref.places.has(name) || isPlace(name),
    trial: (a) => {
      const copy = { ...q };
      const group = state.lastGroup;
      fill(state, copy, a);
      state.lastGroup = group;
      return { speaker: copy.speaker, anonymous: copy.anonymous };
    },
  };
}

/** The attribution to apply: the ranker's choice among the sentence's phrases, the patterns' attribution and the
 *  previous speaker; the patterns' attribution alone when there is no coreference index (no ranker input). */
function chooseAttribution(state: ResolveState, q: ExtractedQuote, a: Attribution | null): Attribution | null {
  if (!state.coref) return a;
  // the sentence says who spoke ("she said", "Lisbon said") but that names nobody: no other phrase is the speaker
  // (a subject the patterns read whole, not a clause they ran past: "Sen. Jane Doe on Sunday criticised the pact signed in Oslo, saying …")
  if (a && (a.pronoun || (a.speaker && a.phrase && a.phrase.split(/\s+/).length <= 4)) && !choiceContext(state, state.coref, q).trial(a).speaker) return a;
  const options = speakerOptions(choiceContext(state, state.coref, q), q, a);
  state.speakerTrace?.(q, options);
  const best = bestOption(options);
  if (!best) return a;
  // the same person as the patterns' attribution: keep that one (it carries the apposition's role and the context)
  const self = options.find((o) => o.features.regexSelf);
  // "“…” — Jane Doe, the mayor.": a dash byline in the sentence is unambiguous too
  if (self?.features.dashAfter) return a;
  return self && samePerson(self.speaker, best.speaker) ? a : best.attr;
}

/** A byline: a dash and a name (capitalised words, then maybe ", a description"), ending its sentence or followed
 *  by the next quotation ("― Jane Doe", "— Jane Doe, a nurse.", "― Jane Doe “…"). */
const BYLINE = /^[―—–]\s*((?:[A-Z\u00C0-\u00DE][\p{L}’'.\-]*\s+){0,4}[A-Z\u00C0-\u00DE][\p{L}’'.\-]*(?:,[^“”"—–―;:!?]{1,60}?)?)\s*\.?\s*(?:$|[“"])/u;

/** "“…” ― Jane Doe": a quotation that closes its sentence, followed in its paragraph by a dash and a name,
 *  is that person's (the epigraph and vox-pop convention). */
function bylineAfter(state: ResolveState, q: ExtractedQuote): Attribution | null {
  const text = state.coref?.text;
  if (text === undefined) return null;
  let here = q.sentence;
  while (here < state.sentences.length && state.sentences[here]!.end < q.end) here++;
  const s = state.sentences[here];
  const next = state.sentences[here + 1];
  if (!s || !next || next.block !== s.block || text.slice(q.end, s.end).replace(/[”"’'\s.,!?]/g, '') !== '') return null;
  const m = BYLINE.exec(next.text.trim());
  return m ? { ...interpretPhrase(m[1]!), verb: null, context: null } : null; // group 1 is not optional
}

export function resolveQuote(state: ResolveState, q: ExtractedQuote, a0: Attribution | null): void {
  // a byline is unambiguous: no other phrase competes with it
  const byline = a0 ? null : bylineAfter(state, q);
  fill(state, q, byline ?? chooseAttribution(state, q, a0));
  if (q.speaker) {
    state.lastSpeaker = q;
    const key = nameKey(q.speaker);
    if (key) state.spoken.set(key, (state.spoken.get(key) ?? 0) + 1);
    if (!q.anonymous && q.speaker.includes(' ') && /^[A-Z]/.test(q.speaker)) state.registry.register(q.speaker, q.role, q.start);
  }
}
