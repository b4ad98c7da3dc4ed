/**
 * Attribution: who said a quotation, in which role, with which verb and in which context.
 * Works on the sentence around a quote; pronouns, "the official" and group nouns ("the three
 * leaders") are resolved against earlier speakers and person mentions.
 */
import { ANONYMITY_CUE, UNNAMED_SPEAKER_NOUN } from '../lexicon/anonymous.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { GROUP_SIZE } from '../lexicon/numbers.ts';
import { ANONYMOUS_PERSON_HEADS, DOCUMENT_HEADS, MEDIA_HEADS, ORGANISATION_HEADS } from '../lexicon/source-kinds.ts';
import { memoString } from '../util/index.ts';

export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'warned', 'warns',
  'wrote', 'writes', 'posted', 'tweeted', 'declared', 'argued', 'argues', 'asserted', 'explained', 'insisted',
  'claimed', 'announced', 'acknowledged', 'admitted', 'conceded', 'continued', 'remarked', 'replied', 'responded',
  'commented', 'observed', 'emphasised', 'emphasized', 'stressed', 'urged', 'predicted', 'cautioned', 'complained',
  'suggested', 'described', 'called', 'asked', 'recalled', 'vowed', 'pledged', 'promised', 'confirmed', 'denied',
  'saying', 'adding', 'warning', 'calling', 'describing', 'noting', 'arguing', 'insisting', 'writing', 'telling',
  'reported', 'reports', 'explains', 'recounted', 'recounts', 'shouted', 'joked', 'quipped', 'boasted', 'countered',
  'charged', 'alleged', 'contended', 'maintained', 'mused', 'lamented', 'concluded', 'answered', 'replies',
  'tweets', 'posts', 'declares', 'announces', 'asks', 'predicts', 'insists', 'explaining', 'asking', 'declaring',
  'reiterated', 'testified', 'wondered', 'yelled', 'chanted', 'scoffed', 'retorted', 'interjected', 'elaborated',
];
const VERB_RE = new RegExp(`\\b(${SPEECH_VERBS.join('|')})\\b`, 'g');
const VERB_ONE = new RegExp(`^(?:${SPEECH_VERBS.join('|')})$`);

/**
 * Titles, offices, institution words and function words: never part of a person's name. Not the
 * lexicon's `TITLE_WORDS` on purpose: that one (words that introduce a name, for the aligner)
 * holds "head", "fellow", "us" and lacks institution and function words; here a word in the set is cut off the name.
 */
const NOT_IN_NAME = new Set(
  (
    'president president-elect vice prime minister secretary chancellor king queen prince princess pope sheikh emir ' +
    'coach officer inspector detective bishop rabbi imam father sister sir dame lord lady general gen gen. lt lt. col col. colonel admiral adm. major captain sergeant senator sen sen. representative rep rep. ' +
    'councillor councilor councilman councilwoman commissioner sheriff superintendent alderman assemblyman assemblywoman ' +
    'congressman congresswoman lawmaker candidate nominee activist host anchor reporter editor columnist pollster strategist economist analyst ' +
    'governor gov gov. mayor ambassador chairman chairwoman chair director chief commander deputy first spokesman ' +
    'spokeswoman spokesperson leader mr mr. mrs mrs. ms ms. dr dr. prof prof. professor judge justice speaker attorney ' +
    'foreign defence defense interior finance state affairs council committee house department ministry office agency ' +
    'federation international national security army navy force forces union party commission parliament senate congress ' +
    'assembly court bureau service endowment institute university center centre foundation government administration ' +
    'press the a an and of for on in at to with but if when while however yet so then also meanwhile after before as ' +
    'this that these those his her their its our my we they he she it i'
  ).split(' '),
);
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'der', 'la', 'le', 'du', 'dos', 'ibn']);
const PRONOUNS = /^(?:he|she|they|we|i|it)$/i;
const GROUP_WORD = new RegExp(`\\b(${Object.keys(GROUP_SIZE).join('|')})\\b`);

export interface Attribution {
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
  verb: string | null;
  context: string | null;
  /** the raw phrase naming the speaker (for resolution) */
  phrase: string | null;
  pronoun: boolean;
  definite: boolean; // "the official"
  group: number; // "the three leaders" → 3
}

const NAME_TOKEN = /^[A-Z\u00C0-\u00DE][\p{L}’'.\-]*$/u;

/** Split a noun phrase like "Secretary of State Jane Doe" into name and role (remembered: the answer is shared, read-only). */
export const splitName: (np: string) => Readonly<{ name: string | null; role: string | null }> = memoString(splitNameOnce);

function splitNameOnce(np: string): { name: string | null; role: string | null } {
  const tokens = np.trim().split(/\s+/).filter(Boolean);
  let i = tokens.length;
  const name: string[] = [];
  while (i > 0) {
    const t = tokens[i - 1]!.replace(/[,;:]+$/, ''); // 0 < i <= tokens.length
    const lower = t.toLowerCase().replace(/’s$|'s$/, '');
    if (NAME_TOKEN.test(t) && !NOT_IN_NAME.has(lower) && !/’s$|'s$/.test(t)) {
      name.unshift(t);
      i--;
    } else if (PARTICLES.has(t) && name.length > 0 && i > 1 && NAME_TOKEN.test(tokens[i - 2]!)) {
      name.unshift(t);
      i--;
    } else break;
    if (name.length >= 4) break;
  }
  // all-capital acronyms alone ("NATO") and single initials are not people, but keep as named bodies
  const role = tokens.slice(0, i).join(' ').replace(/^(?:a|an|the)\s+/i, '').replace(/[,\s]+$/, '').trim();
  return { name: name.length ? name.join(' ').replace(/[.,]$/, '') : null, role: role || null };
}

/**
 * A role as written, without the article or the possessive pronoun before it: "his chief of staff" points back to
 * someone else, and the role is "chief of staff" ("Norland’s trade minister" keeps its country).
 */
export function roleWords(role: string): string {
  return role.replace(/\s+/g, ' ').trim().replace(/^(?:an?|the|his|her|their|its)\s+/i, '');
}

function cleanRole(s: string | null): string | null {
  if (!s) return null;
  const r = roleWords(s).replace(/[,.;:\s]+$/, '').trim();
  // a courtesy title says how the article addresses someone, not what they do ("Mr. Doe" has no role)
  return r && !/^(?:Mr|Mrs|Ms|Miss|Mx)$/.test(r) ? r : null;
}

/** Clause openers that are never part of the speaker's name ("When she …", "Though he …"). */
export const LEADING_OPENERS = /^(?:(?:such as|when|while|though|although|because|as|if|after|before|since|until|and|but|so|yet|then|also|meanwhile|now|instead)\s+)+/i;
/** A pronoun subject followed by its own words: "she recounted", "he went on to", "She addressed voters in a letter". */
const PRONOUN_CLAUSE = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+[a-z]/;
/** Heads that name a time or open a clause, never a speaker. */
const NOT_A_SPEAKER = new RegExp(
  `^(?:${[...WEEKDAYS, ...MONTHS].join('|')}|today|yesterday|tonight|when|where|what|how|why|who|that|this|it|there|here|in|on|at|a|an|the|of|to|for)$|^(?:in|on|at|during|before|after|under|over|from|with|without|by)\\s`,
  'i',
);
/** Words after a capitalised name that still belong to the phrase ("Jane Doe of Acme", "Doe and Roe"). */
const NAME_CONTINUES = /^(?:of|and|for|at|from|in|de|van|von|al|bin|del|da|la|le|du)\b/;

/** A run-in heading in capitals before a dash ("PORT DEAL FAILS — The union said …"): no part of the speaker. */
const RUN_IN_HEADING = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*?\s[—–―-]+\s+(?=\S)/u;

/** The first verb of a clause: a past form or an auxiliary ("declined", "has"), after an optional adverb. */
const CLAUSE_VERB = /^(?:[a-z]+ed|has|had|have|was|were|is|are|did|does|would|will|could|can)$/;

/** Words that end a noun phrase: a verb form, an auxiliary, a time or a relative ("refused", "has", "last", "who"). */
const OTHER_NOT_NOUN =
  /^(?:says|said|told|sent|put|made|gave|took|went|came|got|held|to|last|this|on|in|at|for|with|by|from|about|less|more|ago|yesterday|today|tonight|also|just|already|who|which|that)$/;
const endsNounPhrase = (w: string) => CLAUSE_VERB.test(w) || OTHER_NOT_NOUN.test(w);

/** The speaker's head without clause openers, and without the verb words after a name ("Doe hit back"). */
function trimHead(h: string): string {
  const t = h.replace(RUN_IN_HEADING, '').replace(LEADING_OPENERS, '').trim();
  const m = /^((?:[A-Z\u00C0-\u00DE][\p{L}’'.\-]*\s+){0,3}[A-Z\u00C0-\u00DE][\p{L}’'.\-]*)\s+([a-z].*)$/u.exec(t);
  if (!m || NAME_CONTINUES.test(m[2]!) || /[A-Z\u00C0-\u00DE]/.test(m[2]!) || /^(?:The|A|An)$/.test(m[1]!)) return t;
  // "The Florida senator is …", "The Rove ad claims": a determiner, capitalised words and the head noun of a speaker
  // (a title, a person, a text, an institution) is a description, not the name "Florida"
  const noun = m[2]!.split(' ')[0]!;
  if (/^(?:The|A|An)\s/.test(m[1]!) && isDescriptionHead(noun)) return `${m[1]} ${noun}`;
  // "A Downing Street spokesman", "Norland's president (last night refused to)": the capitalised words qualify the
  // words after them, up to a verb or a time
  if (/^(?:The|A|An)\s/.test(m[1]!) || (/[’']s$/.test(m[1]!) && !/^(?:There|It|That|Here|What|Who|He|She)[’']s$/.test(m[1]!))) {
    const rest = m[2]!.split(' ');
    const stop = rest.findIndex(endsNounPhrase);
    return stop === 0 ? t : [m[1], ...rest.slice(0, stop < 0 ? rest.length : stop)].join(' ');
  }
  // "His office put out …", "This group said": a determiner, not a name; the phrase is it and its noun
  if (/^(?:His|Her|Their|Its|Our|My|This|That|These|Those)$/.test(m[1]!)) return `${m[1]} ${m[2]!.split(' ')[0]}`;
  return m[1]!;
}

/** NOT_IN_NAME's function words and modifiers: no head noun. */
const NOT_A_HEAD = new Set(
  ('the a an and of for on in at to with but if when while however yet so then also meanwhile after before as this that these those ' +
    'his her their its our my we they he she it i first foreign defence defense interior finance state affairs national international ' +
    'security vice major deputy gen lt col adm sen rep gov mr mrs ms dr prof').split(' '),
);
/** Heads of campaign prose the source-kind lexicon does not hold ("the Doe ad", "the Roe front-runner"). */
const SPEAKING_HEADS = new Set('ad commercial spot front-runner frontrunner contender challenger incumbent hopeful'.split(' '));
/** A head noun that names who or what speaks ("senator", "campaign", "ad"), singular or plural. */
function isDescriptionHead(w: string): boolean {
  const sg = w.replace(/s$/, '');
  return [w, sg].some((x) => SPEAKING_HEADS.has(x) || (NOT_IN_NAME.has(x) && !NOT_A_HEAD.has(x)) || DOCUMENT_HEADS.has(x) || ORGANISATION_HEADS.has(x) || ANONYMOUS_PERSON_HEADS.has(x) || MEDIA_HEADS.has(x));
}

/** "Jane Doe of Springfield" → "Jane Doe" (but "Secretary of State Jane Doe" stays whole). */
function nameBeforeOf(head: string): string {
  const m = /^(.+?)\s+of\s+(?:the\s+)?[A-Z\u00C0-\u00DE].*$/u.exec(head);
  if (!m) return head;
  const before = splitName(m[1]!); // group 1 is not optional
  return before.name && before.name.includes(' ') ? m[1]! : head;
}

/** When, after the subject and before its verb ("Norland's president last night said"): not part of the speaker. */
const TIME_AFTER = new RegExp(`\\s+(?:(?:last|this)\\s+(?:night|week|month|year|morning|afternoon|evening)|yesterday|today|tonight|on\\s+(?:${WEEKDAYS.join('|')}))$`, 'i');

/** Interpret the phrase that names a speaker (head, optional apposition). */
export function interpretPhrase(phrase: string): Omit<Attribution, 'verb' | 'context'> {
  const p = phrase.replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '');
  const comma = p.indexOf(',');
  const rawHead = (comma >= 0 ? p.slice(0, comma) : p)
    .trim()
    .replace(TIME_AFTER, '')
    .replace(/\s+(?:also|later|previously|earlier|has|have|had|was|were|then|once|again|had been|has been)$/i, '')
    .replace(/\s+(?:also|later|previously|earlier|has|have|had)$/i, '');
  const rest = comma >= 0 ? p.slice(comma + 1).trim() : '';
  const base: Omit<Attribution, 'verb' | 'context'> = {
    speaker: null, role: null, anonymous: false, phrase: p, pronoun: false, definite: false, group: 0,
  };
  const head = trimHead(rawHead);
  if (PRONOUNS.test(head) || PRONOUN_CLAUSE.test(head)) return { ...base, pronoun: true };
  if (!head || NOT_A_SPEAKER.test(head)) return base;
  const relative = /^(?:who|which|whose)\b/i.test(rest);
  // split() always returns at least one element
  // a party and state tag ("R-Ky.") is no role
  const appos = rest && !relative && !/^\(?[RDI]-[A-Z][A-Za-z.\u2024]{0,5}\)?$/.test(rest) ? rest.split(/,\s*(?:who|which|where|when)\b/i)[0]! : '';
  const { name, role } = splitName(nameBeforeOf(head));
  // "The mayor, Tom Baker": the apposition is the name
  const ap = appos ? splitName(appos) : null;
  if (!name && ap && ap.name && !ap.role) return { ...base, speaker: ap.name, role: cleanRole(rawHead.replace(LEADING_OPENERS, '')) };
  if (name && !/^(?:The|A|An)$/.test(name)) {
    return { ...base, speaker: name, role: cleanRole(appos) ?? cleanRole(role) };
  }
  const lowerHead = head.toLowerCase();
  const g = GROUP_WORD.exec(lowerHead);
  const anonymous = UNNAMED_SPEAKER_NOUN.test(head) && !/^(?:the|a|an)?\s*(?:group|ministry|government)\b/i.test(head) ? true : ANONYMITY_CUE.test(rest);
  return {
    ...base,
    speaker: head || null,
    role: cleanRole(appos),
    anonymous: anonymous || ANONYMITY_CUE.test(rest),
    definite: /^the\b/i.test(head) && !g,
    group: g ? GROUP_SIZE[g[1]!] ?? 0 : 0, // every alternative of the pattern is a key
  };
}

/** When/where/medium after the verb: "in his nightly address", "on X", "told reporters in Brussels on Wednesday". */
function contextAfter(verb: string, rest: string): string | null {
  const m = /^[^,.;:“”"—–]+/.exec(rest.trim());
  let phrase = m ? m[0].trim() : '';
  phrase = phrase.replace(/\s+(?:that|if|whether|how)\b.*$/i, '').trim();
  if (/^told$/i.test(verb) || /^telling$/i.test(verb)) return phrase ? `${verb} ${phrase}`.replace(/\s+/g, ' ') : null;
  if (/^(?:in|on|at|during|via|through|from|last|late|earlier|this|yesterday|today|on|after|before|while|when|to|speaking)\b/i.test(phrase)) {
    return phrase.replace(/\s+/g, ' ');
  }
  return null;
}

function leadingContext(sentence: string): string | null {
  const m = /^(?:In|At|During|Speaking|Writing|On|Via|Through)\b[^,“”"]{2,80},/.exec(sentence.trim());
  return m ? m[0].slice(0, -1).replace(/\s+/g, ' ') : null;
}

function npBeforeVerb(text: string): string {
  // text before a verb: the subject is the last clause, keeping a trailing apposition "Name, role,"
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.endsWith(',')) {
    t = t.slice(0, -1);
    const c = t.lastIndexOf(',');
    const appos = t.slice(c + 1).trim();
    const before = c >= 0 ? t.slice(0, c) : '';
    const c2 = before.lastIndexOf(',');
    const head = before.slice(c2 + 1).trim();
    return head ? `${head}, ${appos}` : appos;
  }
  const c = t.lastIndexOf(',');
  return firstClauseSubject(t.slice(c + 1).trim());
}


/**
 * A clause, then a coordinator: "Jane Doe declined to comment but (said …)": the words before the clause's first
 * verb are the subject (at most eight of them), else the text as it is.
 */
function firstClauseSubject(t: string): string {
  if (!/\s(?:but|and|yet)$/.test(t)) return t;
  const words = t.split(' ');
  const k = words.findIndex((w, i) => i > 0 && CLAUSE_VERB.test(w));
  const end = k > 1 && /ly$/.test(words[k - 1]!) ? k - 1 : k;
  return end > 0 && end <= 8 ? words.slice(0, end).join(' ') : t;
}

const NP_START = /^(?:[A-Z\u00C0-\u00DE]|(?:he|she|they|we|i|it|the|a|an|one|another|two|three|four|five|his|her|their|its|our)\b)/;
/** A phrase that can name a speaker: a name, a pronoun, a determiner phrase, or a lowercase description
 *  ending in a name ("political scientist Jane Doe", "her nephew John Roe"). */
const NP_OK = {
  test(s: string): boolean {
    if (NP_START.test(s)) return true;
    return /^[a-z][\p{L}\-]*(?:\s+[a-z][\p{L}\-]*){0,4}\s+[A-Z\u00C0-\u00DE][\p{L}’'.\-]+(?:\s+[A-Z\u00C0-\u00DE][\p{L}’'.\-]+)*$/u.test(s.trim());
  },
};

/**
 * Find an attribution for the quote whose marks span [open, close) inside `sentence`.
 * `prevEnd` / `nextStart`: neighbouring quotes' bounds in the same sentence.
 */
export function attribute(original: string, open: number, close: number, prevEnd: number, nextStart: number): Attribution | null {
  const a = attributeMasked(maskInitials(original), open, close, prevEnd, nextStart);
  if (!a) return null;
  const un = (x: string | null) => (x === null ? null : x.replace(/\u2024/g, '.'));
  return { ...a, speaker: un(a.speaker), role: un(a.role), context: un(a.context), phrase: un(a.phrase) };
}

/** "U.S." → "U․S․" and "R-Ky." → "R-Ky․" (same length) so that initialisms and party tags do not end a phrase. */
function maskInitials(s: string): string {
  return s.replace(/\b([RDI]-[A-Z][A-Za-z]{0,3})\.(?=[,)])/g, '$1\u2024').replace(/\b([A-Z])\.(?=[A-Z]\.|\s+[a-z]|[A-Z]|-)/g, '$1\u2024').replace(/\b([A-Z]\u2024[A-Z])\.(?=\s+[a-z]|-)/g, '$1\u2024');
}

type Make = (phrase: string, verb: string | null, context: string | null) => Attribution;
const mkAttribution: Make = (phrase, verb, context) => ({ ...interpretPhrase(phrase), verb, context });

const VERBS = SPEECH_VERBS.join('|');
const VERB_FIRST_AFTER = new RegExp(`^\\s*[,.!?]?\\s*(${VERBS})\\s+(.+)$`, 's');
const NP_FIRST_AFTER = new RegExp(`^\\s*[,.!?]?\\s*([^.;:“”"]{1,160}?)\\s+(${VERBS})\\b([^“”"]*)`, 's');
const INVERTED_AFTER = new RegExp(`,\\s*(${VERBS})\\s+((?:the|a|an|one)\\s[^,.;:“”"]+|[A-Z][^,.;:“”"]+)(,[^.;:“”"]*)?`);

/** "according to Jane Doe" either side; "…,” with Jane Doe warning that …". */
function clauseAttribution(before: string, after: string): Attribution | null {
  const acc = /^\s*[,.]?\s*according to\s+([^.;:“”"]{2,120}?)\s*(?:[.;:]|,\s*(?:who|which)\b|$)/i.exec(after) ?? /\baccording to\s+([^,;:“”"]{2,120}?),\s*$/i.exec(before);
  if (acc) return mkAttribution(acc[1]!, 'according to', null); // group 1 is not optional
  const withClause = /^[^“”".;]{0,40}?\bwith\s+((?:[a-z]+\s+){0,3}[A-Z\u00C0-\u00DE][^,.;:“”"]{1,60}?)\s+(warning|saying|adding|noting|arguing|insisting|telling|writing)\b/u.exec(after);
  if (withClause) return mkAttribution(withClause[1]!, withClause[2]!, null); // both groups are not optional
  // "…” — Jane Doe" and the epigraph bar "…” ― Jane Doe" (U+2015) name the speaker after the quotation
  const dash = /^\s*[,.]?\s*[—–―-]+\s*([^—–―]+?)\s*\.?\s*$/.exec(after);
  const dashNp = dash?.[1]; // group 1 is not optional
  VERB_RE.lastIndex = 0;
  if (dashNp !== undefined && /[A-Z]/.test(dashNp) && !VERB_RE.test(dashNp)) return mkAttribution(dashNp, null, null);
  return null;
}

/** "…,” said Jane Doe, an analyst, in Brussels. */
function verbThenSpeakerAfter(after: string): Attribution | null {
  const vFirst = VERB_FIRST_AFTER.exec(after);
  if (!vFirst) return null;
  // groups 1 and 2 of vFirst, group 1 of m and of ctxM are not optional; m[2] is
  const verb = vFirst[1]!;
  const np = vFirst[2]!.replace(/\s+/g, ' ');
  const m = /^([^,.;:]+)(?:,\s*([^.;:]*?))?(?:[.;:]|,?\s*$)/.exec(np);
  const subject = m?.[1];
  if (!m || subject === undefined || !(NP_OK.test(subject) || /\b[A-Z\u00C0-\u00DE][a-z]/.test(subject))) return null;
  const tail = m[2];
  const appos = tail && !/^(?:who|which)\b/i.test(tail) && !/^(?:in|on|at|during|when|after)\b/i.test(tail) ? `, ${tail}` : '';
  const rel = tail && /^(?:who|which)\b/i.test(tail) ? `, ${tail}` : '';
  const a = mkAttribution(subject + appos + rel, verb, null);
  const ctx = /^[^,]+?\s((?:in|on|at|during)\b[^,.]*)/i.exec(subject)?.[1];
  if (ctx !== undefined) {
    const head = subject.slice(0, subject.indexOf(ctx)).trim();
    Object.assign(a, interpretPhrase(head + appos + rel), { verb, context: ctx });
  }
  return a;
}

/** A short lowercase description right after the quotation, before its verb ("“…,” federal prosecutors wrote",
 *  "“…,” this source told …", "“…,” former agent Jane Doe explained"): no auxiliary, no pronoun alone. */
const LOWER_NP = /^(?!(?:it|there|this|that|which|who|what)$)[a-z][\p{L}\-]*(?:\s+[\p{L}\-.’']+){0,5}$/u;
const NOT_IN_LOWER_NP = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|also|then|it|they|he|she|we|i|you)\b/;

/** "…,” Jane Doe said on Monday. / "…, the rights group says." */
function speakerThenVerbAfter(after: string): Attribution | null {
  const npFirst = NP_FIRST_AFTER.exec(after);
  if (!npFirst) return null;
  // groups 1-3 are not optional (3 may be empty)
  const subject = npFirst[1]!;
  const verb = npFirst[2]!;
  const tail = npFirst[3]!;
  if (NP_OK.test(subject) && subject.split(/\s+/).length <= 16) return mkAttribution(subject, verb, contextAfter(verb, tail));
  if (LOWER_NP.test(subject.trim()) && !NOT_IN_LOWER_NP.test(subject)) return mkAttribution(subject, verb, contextAfter(verb, tail));
  // "… and should be freed, the rights group says.": the phrase after the last comma
  const lastClause = npBeforeVerb(subject);
  if (lastClause !== subject && NP_OK.test(lastClause) && lastClause.split(/\s+/).length <= 8) return mkAttribution(lastClause, verb, contextAfter(verb, tail));
  return null;
}

/** Speech verb before the quote: "Jane Doe said …", "Jane Doe told reporters: “…”", "said Jane Doe, “…”". */
function verbBefore(sentence: string, before: string): Attribution | null {
  const all: RegExpExecArray[] = [];
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) all.push(m);
  // the last verb that is not a participle (participle: use the main verb's subject)
  const last = all.findLast((m, k) => !(/ing$/.test(m[0]) && k > 0)) ?? all[0];
  if (!last) return null;
  const verb = last[0]; // VERB_RE's whole match is its group 1
  const subj = npBeforeVerb(before.slice(0, last.index));
  const tail = before.slice(last.index + verb.length);
  if (subj && NP_OK.test(subj)) return mkAttribution(subj, verb, contextAfter(verb, tail) ?? leadingContext(sentence));
  const np = tail.replace(/\s+/g, ' ').trim().replace(/,$/, '');
  if (np && NP_OK.test(np) && np.split(' ').length <= 20) return mkAttribution(np, verb, null);
  return null;
}

/** The attribution patterns, most specific first. */
function attributeMasked(sentence: string, open: number, close: number, prevEnd: number, nextStart: number): Attribution | null {
  const after = sentence.slice(close, nextStart);
  const before = sentence.slice(prevEnd, open);
  const found = clauseAttribution(before, after) ?? verbThenSpeakerAfter(after) ?? speakerThenVerbAfter(after) ?? verbBefore(sentence, before);
  if (found) return found;
  // inverted attribution later in the sentence: "… mistake, said the official"
  const inv = INVERTED_AFTER.exec(after);
  return inv ? mkAttribution(inv[2]! + (inv[3] ?? ''), inv[1]!, null) : null; // groups 1 and 2 are not optional
}

export function isSpeechVerb(w: string): boolean {
  return VERB_ONE.test(w.toLowerCase());
}
