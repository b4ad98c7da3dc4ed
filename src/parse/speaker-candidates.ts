/**
 * Candidate speakers of one quotation: every noun phrase of its sentence(s) outside quotation marks
 * ("Sen. Jane Doe", "the spokesman", "the statement", "he"), each with what the sentence's structure
 * says about it (subject of a speech verb, after "said", after "according to", before a colon, a
 * possessor, the object of a preposition, how far from the quotation). Phrases come from wink-nlp's
 * part-of-speech tags (attributions-tokens.ts); no word list about any article. speaker-rank.ts
 * scores them; quote-resolve.ts turns the best into a person.
 */
import type { Token } from './attributions-tokens.ts';
import { isSpeechVerb } from './speakers.ts';
import { ANONYMOUS_PERSON_HEADS, DOCUMENT_HEADS, MEDIA_HEADS, ORGANISATION_HEADS } from '../lexicon/source-kinds.ts';

/** A noun phrase of the quotation's window: token range [i, j] and its article offsets. */
export interface PhraseCandidate {
  i: number;
  j: number;
  start: number;
  end: number;
  /** the phrase, with an apposition before its verb when there is one ("Jane Doe, the mayor,") */
  phrase: string;
  /** the speech verb the phrase is the subject or inverted subject of, when there is one */
  verb: string | null;
  features: Record<string, number>;
}

const STARTS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const INSIDE = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const SKIP = new Set(['ADV', 'AUX', 'PART']);
/** Head nouns that name a time, never a speaker ("last week", "that morning"). */
const TIME_HEADS = /^(?:day|days|week|weeks|month|months|year|years|time|times|morning|afternoon|evening|night|weekend|today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|moment|hour|hours|minute|minutes|decade|decades|century|period|session|point)$/;
/** Head nouns of documents and media that speak in news prose ("the statement said", "the report found"). */
const TEXT_HEADS = /^(?:statement|statements|report|reports|letter|ad|ads|memo|release|post|tweet|tweets|poll|polls|survey|study|email|e-mail|lawsuit|complaint|filing|document|documents|editorial|op-ed|article|story|book|video|website|message|note|petition|resolution|ruling|order|opinion|platform|plan|bill|law|proposal)$/;

/** Head nouns of people by office or role ("the senator", "the candidate"), beside the unnamed-person heads. */
const ROLE_HEADS = new Set(
  ('senator senators governor governors president mayor candidate candidates nominee secretary minister chairman chairwoman chair ' +
    'director chief commander spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys judge justice sheriff professor ' +
    'economist historian scientist strategist pollster consultant operative donor donors founder founders owner executive ' +
    'congressman congresswoman representative delegate delegates governor-elect president-elect speaker manager chairman-elect ' +
    'man woman men women mother father son daughter wife husband brother sister student students worker workers protester protesters ' +
    'crowd audience host anchor moderator author writer prosecutor prosecutors agent agents user users commenter commenters').split(' '),
);

/** English agent-noun endings: "-ist", "-ian", "-eon", "-or", "-er", "-ant", "-ent" (and plurals). */
const AGENT_SUFFIX = /(?:ist|ian|eon|or|er|ant|ent)s?$/;

/** What kind of thing the phrase's head names: a person, an institution or outlet, a text, or something else
 *  ("the furor", "the paradox": no speaker). General English heads, from the source-kind lexicon. */
function headKind(head: Token): Record<string, number> {
  const w = head.lower;
  const l = head.lemma;
  const person = ANONYMOUS_PERSON_HEADS.has(w) || ANONYMOUS_PERSON_HEADS.has(l) || ROLE_HEADS.has(w) || ROLE_HEADS.has(l);
  const org = ORGANISATION_HEADS.has(w) || ORGANISATION_HEADS.has(l) || MEDIA_HEADS.has(w);
  const doc = DOCUMENT_HEADS.has(w) || DOCUMENT_HEADS.has(l) || TEXT_HEADS.test(w);
  return {
    headPerson: person && head.pos === 'NOUN' ? 1 : 0,
    headOrg: org && !person ? 1 : 0,
    headOther: head.pos === 'NOUN' && !person && !org && !doc && !TIME_HEADS.test(w) ? 1 : 0,
    allCaps: /^[^a-z]*[A-Z]{3,}[^a-z]*$/.test(head.text) ? 1 : 0,
    // an agent noun the lists do not hold ("the neurosurgeon", "researchers", "the actor"): likelier a person
    headAgent: head.pos === 'NOUN' && !person && !org && !doc && AGENT_SUFFIX.test(w) ? 1 : 0,
  };
}

/** Speech verbs whose next phrase is usually their object, not an inverted subject ("told reporters", "called Doe"). */
const OBJECT_VERBS = /^(?:told|tells|telling|asked|asks|asking|called|calls|calling|urged|urges|urging|described|describes|describing|warned|warns|warning|reminded|thanked|praised|criticized|criticised)$/;

const isPossessive = (t: Token | undefined) => !!t && (t.text === '’s' || t.text === "'s" || t.text === '’' || t.text === "'");

/** Noun phrases: a run of determiners, adjectives, numbers and nouns with a noun head; "of" joins capitalised parts
 *  ("Secretary of State Jane Doe"); a possessive ends a phrase ("Doe's plan": "Doe" and "plan"). */
export function phrases(ts: readonly Token[], masked: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  while (k < ts.length) {
    const t = ts[k]!;
    if (masked[k]) { k++; continue; }
    if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.lower)) { out.push([k, k]); k++; continue; }
    // a party and state tag after a name ("Jane Doe, R-Ky.", "(D-Ore.)") names nobody
    if (/^[RDI]$/.test(t.text) && ts[k + 1]?.text === '-' && ts[k + 2]?.pos === 'PROPN') { k += 3; continue; }
    if (!(STARTS.has(t.pos) || POSSESSIVE_DETS.has(t.lower))) { k++; continue; }
    let j = k;
    while (j + 1 < ts.length && !masked[j + 1]) {
      const n = ts[j + 1]!;
      if (INSIDE.has(n.pos) && !isPossessive(ts[j])) { j++; continue; }
      if (n.lower === 'of' && /^[A-Z]/.test(ts[j]!.text) && /^[A-Z]/.test(ts[j + 2]?.text ?? '') && ts[j + 2]?.pos === 'PROPN' && !masked[j + 2]) { j += 2; continue; }
      break;
    }
    // "The ad claims", "the website notes": a speech verb in -s the tagger read as a plural noun ends the phrase before it
    const end = j;
    // (after a singular noun or a number only: "the reports" stays a phrase)
    if (j > k && /s$/.test(ts[j]!.lower) && isSpeechVerb(ts[j]!.lower) && ts[j]!.pos === 'NOUN' && /^(?:NOUN|PROPN|NUM)$/.test(ts[j - 1]!.pos) && !/s$/.test(ts[j - 1]!.lower)) j--;
    let head = j;
    while (head > k && !(ts[head]!.pos === 'NOUN' || ts[head]!.pos === 'PROPN')) head--;
    if (ts[head]!.pos === 'NOUN' || ts[head]!.pos === 'PROPN') out.push([k, head]);
    k = end + 1;
  }
  return out;
}

/** The token after the phrase ending at `j`, past adverbs and auxiliaries, a parenthesis ("(D-Ore.)") and an
 *  apposition between commas ("Jane Doe, the mayor, said"); `appos` is the apposition's end when one was skipped. */
function nextWord(ts: readonly Token[], masked: readonly boolean[], j: number): { k: number; appos: number } {
  let k = j + 1;
  if (ts[k]?.text === '(') {
    const close = ts.findIndex((t, x) => x > k && t.text === ')');
    if (close > 0 && close - k < 10) k = close + 1;
  }
  let appos = -1;
  if (ts[k]?.text === ',' && !masked[k + 1]) {
    for (let x = k + 1; x < ts.length && x - k <= 20 && !masked[x]; x++) {
      if (ts[x]!.text === ',') {
        appos = x - 1;
        k = x + 1;
        break;
      }
      if (ts[x]!.pos === 'PUNCT' && !/^[-‐–().’'&]$/.test(ts[x]!.text)) break;
    }
  }
  while (k < ts.length && SKIP.has(ts[k]!.pos) && !isPossessive(ts[k])) k++;
  return { k, appos };
}

function prevWord(ts: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && ts[k]!.pos === 'ADV') k--;
  return k;
}

/** "“…” — First Deputy Chairman of the Council Jane Doe": after the quotation's closing marks a dash, then no verb
 *  and no sentence punctuation before token `i`. */
function dashByline(ts: readonly Token[], qb: number, i: number): boolean {
  let k = qb + 1;
  while (k < i && ts[k]!.pos === 'PUNCT' && !/^[—–―-]+$/.test(ts[k]!.text)) k++;
  if (k >= i || !/^[—–―-]+$/.test(ts[k]!.text)) return false;
  return ts.slice(k + 1, i).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !/^[.;:!?“”"]$/.test(t.text));
}

/** What the sentence's structure says about phrase [i, j] as the speaker of the quotation at tokens [qa, qb]. */
function structure(ts: readonly Token[], masked: readonly boolean[], i: number, j: number, qa: number, qb: number, first: boolean): { f: Record<string, number>; verb: string | null; appos: number } {
  const before = j < qa;
  const head = ts[j]!;
  const { k: nk, appos } = nextWord(ts, masked, j);
  const nxt = ts[nk];
  const pk = prevWord(ts, i);
  const prv = ts[pk];
  const speechAfter = !!nxt && !masked[nk] && isSpeechVerb(nxt.text);
  const speechBefore = !!prv && !masked[pk] && isSpeechVerb(prv.text);
  const according = ts[i - 1]?.lower === 'to' && ts[i - 2]?.lower === 'according';
  const dist = before ? qa - j - 1 : i - qb - 1;
  const colonAdj = before && dist <= 1 && !speechBefore && ts.slice(j + 1, qa).some((t) => t.text === ':');
  const f: Record<string, number> = {
    before: before ? 1 : 0,
    dist: Math.log1p(Math.max(0, dist)),
    adjacent: dist <= 1 ? 1 : 0,
    speechAfter: speechAfter ? 1 : 0,
    speechAfterAppos: speechAfter && appos >= 0 ? 1 : 0,
    speechBefore: speechBefore && !according ? 1 : 0,
    // "…, said the official": after the quotation, the subject of a verb that takes no object ("told Doe" does)
    inverted: !before && speechBefore && !according && !OBJECT_VERBS.test(prv!.lower) ? 1 : 0,
    verbAfter: nxt && !speechAfter && nxt.pos === 'VERB' ? 1 : 0,
    according: according ? 1 : 0,
    prep: prv && prv.pos === 'ADP' && !according && prv.lower !== 'by' ? 1 : 0,
    by: prv?.lower === 'by' ? 1 : 0,
    // (not the name a colon leads in from: "… does not surprise pollster Jane Doe: “…”")
    object: prv && prv.pos === 'VERB' && !speechBefore && !colonAdj ? 1 : 0,
    possessive: isPossessive(ts[j + 1]) ? 1 : 0,
    first: first ? 1 : 0,
    propn: head.pos === 'PROPN' ? 1 : 0,
    pronoun: head.pos === 'PRON' ? 1 : 0,
    plural: head.pos === 'NOUN' && /s$/.test(head.lower) && head.lemma !== head.lower ? 1 : 0,
    definite: ts[i]!.lower === 'the' ? 1 : 0,
    indefinite: ts[i]!.lower === 'a' || ts[i]!.lower === 'an' ? 1 : 0,
    time: TIME_HEADS.test(head.lower) ? 1 : 0,
    text: TEXT_HEADS.test(head.lower) ? 1 : 0,
    twoCaps: j > i && /^[A-Z]/.test(head.text) && /^[A-Z]/.test(ts[j - 1]!.text) ? 1 : 0,
    // the phrase leads into the quotation by a colon: "Doe continued: “…”"
    colon: before && ts.slice(j + 1, qa).some((t) => t.text === ':') && !ts.slice(j + 1, qa).some((t) => /^[.;!?]$/.test(t.text)) ? 1 : 0,
    // a verb of any kind between the phrase and the quotation ("Doe called it “…”")
    verbBetween: before && ts.slice(j + 1, qa).some((t) => t.pos === 'VERB') ? 1 : 0,
    quoteBetween: ts.slice(Math.min(j, qb) + 1, Math.max(i, qa)).some((_, x) => masked[Math.min(j, qb) + 1 + x]) ? 1 : 0,
    // "“…” — Jane Doe": the phrase follows the quotation after a dash, nothing else between
    dashAfter: !before && dashByline(ts, qb, i) ? 1 : 0,
    // "Doe said that Roe “…”", "Doe said Roe was “…”": the subject of the reported clause, not its reporter
    contentSubject: before && !!prv && !masked[pk] && (prv.lower === 'that' || (speechBefore && !according)) ? 1 : 0,
    // "Doe accused Roe of “…” and Poe says …": a phrase after the quotation that opens a new clause
    newClause: !before && ts.slice(qb + 1, i).some((t, x) => !masked[qb + 1 + x] && /^(?:and|but|while|whereas|as|;)$/.test(t.lower)) ? 1 : 0,
    // the canonical shapes, beside their parts: "“…,” Jane Doe said", "“…,” said Jane Doe", "Jane Doe: “…”"
    saidAfter: !before && dist <= 1 && speechAfter ? 1 : 0,
    invertedAdjacent: !before && dist <= 1 && speechBefore && !according && !OBJECT_VERBS.test(prv!.lower) ? 1 : 0,
    // (not the listener: "Doe told Fox News: “…”")
    colonAdjacent: colonAdj ? 1 : 0,
    // "…, Doe said." / "…, said Doe, who …" after the quotation: the reporter that closes the clause
    tailReporter: !before && (speechAfter || (speechBefore && !according && !OBJECT_VERBS.test(prv!.lower))) && closesClause(ts, masked, speechAfter ? nk : j) ? 1 : 0,
    // "…, with Jane Doe warning that …": the subject of an absolute clause
    withVerbing: ts[i - 1]?.lower === 'with' && !!nxt && nxt.pos === 'VERB' && /ing$/.test(nxt.lower) ? 1 : 0,
    ...headKind(head),
  };
  return { f, verb: speechAfter ? nxt!.text : speechBefore ? prv!.text : according ? 'according to' : null, appos };
}

/** No verb outside quotation marks after token `k` before the next comma or the sentence's end ("…, Doe said." and
 *  "…, said Doe, who …" close the clause; "…, Doe said he had …" does not). */
function closesClause(ts: readonly Token[], masked: readonly boolean[], k: number): boolean {
  for (let x = k + 1; x < ts.length; x++) {
    const t = ts[x]!;
    if (/^[,.;!?]$/.test(t.text)) return true;
    if (!masked[x] && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
  }
  return true;
}

const PARTICLE = /^(?:back|off|out|up|down|away)$/;

/** The tagger reads some surnames as verbs or nouns ("Ms. Chase announced", "Mr. Hedge said"): a capitalised word next
 *  to a proper noun, or opening the sentence before a verb, is read as a name; and some verbs as nouns ("Doe shot
 *  back"). On a copy: the shared tokens stay as tagged. */
function withNames(ts: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (const [i, t] of ts.entries()) {
    // "Doe shot back", "the board waves off": a lowercase "noun" after a name or noun and before a particle is a verb
    if (t.pos === 'NOUN' && /^[a-z]/.test(t.text) && i > 0 && /^(?:PROPN|NOUN)$/.test(ts[i - 1]!.pos) && PARTICLE.test(ts[i + 1]?.lower ?? '')) {
      out ??= [...ts];
      out[i] = { ...t, pos: 'VERB' };
      continue;
    }
    if (t.pos === 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text) || !(t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN')) continue;
    const next = ts[i + 1];
    const name = i === 0 ? t.pos === 'VERB' && (next?.pos === 'VERB' || next?.pos === 'AUX') : ts[i - 1]!.pos === 'PROPN' || next?.pos === 'PROPN';
    if (!name) continue;
    out ??= [...ts];
    out[i] = { ...t, pos: 'PROPN' };
  }
  return out ?? ts;
}

/** Tokens between a pair of quotation marks: a title, a term or a nickname the quote stage did not take for a
 *  quotation (“On “Meet the Town,” Sen. Doe said”: “Town” is nobody). A straight mark opens or closes
 *  by its parity, so an odd count leaves the rest unmarked. */
function betweenMarks(ts: readonly Token[]): boolean[] {
  const out = ts.map(() => false);
  let open = -1;
  for (const [k, t] of ts.entries()) {
    const opens = t.text === '“' || (t.text === '"' && open < 0);
    const closes = t.text === '”' || (t.text === '"' && open >= 0);
    if (closes && open >= 0) {
      for (let x = open + 1; x < k; x++) out[x] = true;
      open = -1;
    } else if (opens) open = k;
  }
  return out;
}

/** Another phrase between phrase `n` and the quotation reports speech ("Doe left after Roe told reporters it was
 *  “…”", "“…,” Roe said, and Doe …"): the nearer reporter is the likelier speaker. */
function reporterBetween(built: readonly { f: Record<string, number> }[], n: number, lastBefore: number, firstAfter: number): boolean {
  if (n <= lastBefore) {
    for (let m = n + 1; m <= lastBefore; m++) if (built[m]!.f.speechAfter) return true;
  } else if (firstAfter >= 0) {
    for (let m = firstAfter; m < n; m++) if (built[m]!.f.speechAfter || built[m]!.f.inverted) return true;
  }
  return false;
}

/**
 * The candidates of the quotation spanning tokens [qa, qb] of `ts`; `masked[k]` marks tokens inside any
 * quotation. `text` is the article (phrases are cut from it).
 */
export function phraseCandidates(text: string, tagged: readonly Token[], masked: readonly boolean[], qa: number, qb: number): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  const ts = withNames(tagged);
  const titled = betweenMarks(ts);
  const list = phrases(ts, masked).filter(([i, j]) => !(titled[i] && titled[j]));
  const lastBefore = list.findLastIndex(([, b]) => b < qa);
  const firstAfter = list.findIndex(([a]) => a > qb);
  const built = list.map(([i, j], n) => structure(ts, masked, i, j, qa, qb, n === 0));
  // the subject of the clause the quotation is in: the last phrase before it that a verb follows
  const clauseSubject = built.findLastIndex((b, n) => n <= lastBefore && (b.f.verbAfter || b.f.speechAfter));
  for (const [n, [i, j]] of list.entries()) {
    const { f, verb, appos } = built[n]!;
    f.nearest = n === lastBefore || n === firstAfter ? 1 : 0;
    f.clauseSubject = n === clauseSubject ? 1 : 0;
    f.reporterBetween = reporterBetween(built, n, lastBefore, firstAfter) ? 1 : 0;
    const end = appos >= 0 ? ts[appos]!.end : ts[j]!.end;
    out.push({ i, j, start: ts[i]!.start, end: ts[j]!.end, phrase: text.slice(ts[i]!.start, end), verb, features: f });
  }
  return out;
}
