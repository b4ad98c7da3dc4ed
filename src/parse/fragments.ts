/**
 * Is a quoted fragment inside the reporter's sentence somebody's words (a partial quotation), or a
 * scare quote, a title, a nickname or a term? A small logistic model over surface features of the
 * fragment and its sentence decides; its weights (fragment-weights.json) are fitted on polnear-train
 * by scripts/train/fragments.ts. Full quotations (a sentence of speech) come here only when they are
 * a few words long (a title at the head of its sentence looks like one). Features include whether the
 * attribution parser puts the fragment in what somebody is credited with saying (fragment-cues.ts),
 * and whether the article quotes the same words elsewhere (terms and titles recur).
 */
import weights from './fragment-weights.json' with { type: 'json' };
import { SPEECH_VERBS } from './speakers.ts';
import type { FragmentSyntax } from './fragment-syntax.ts';

const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'i');
const SAID = /\b(?:said|says|say|told|tells)\b/i;
/** Stems of verbs that report or judge what someone said ("accused her of", "praised the", "dubbed"). */
const COMMUNICATION =
  /\b(?:accus|call|describ|defend|promis|pledg|prais|derid|dub|brand|label|insist|urg|vow|claim|argu|blast|slam|critici[sz]|attack|mock|refer|term|dismiss|den(?:y|ied|ies)|decr|warn|condemn|tout|hail|prais|push|ask|demand|suggest|acknowledg|admit|boast|complain|lament|predict|question|rail|lash|deem|characteri[sz]|portray|dubb|cast|quot|cit|thank|vow|tweet|wr(?:ite|ote|iting)|post|announc|declar|describ|reject)\w*/i;
/** A gloss or a name, not speech: pronounced “…”, the so-called “…”, the term “…”, a film titled “…”. */
const GLOSS_BEFORE =
  /\b(?:pronounced|spelled|spelt|nicknamed|titled|entitled|so-called|known as|code-?named|hashtag|the word|the term|the phrase|the slogan|the book|the film|the song|the show|the movie|the series)\s*$/i;
/** Calling someone something is often a quotation of the caller: called him a “…”. */
const CALLED_BEFORE = /\b(?:call(?:ed|ing|s)?|named|dubb(?:ed|ing)|labell?(?:ed|ing)|brand(?:ed|ing))\s+(?:\S+\s+){0,3}$/i;
const DET_BEFORE = /\b(?:a|an|the|his|her|their|its|our|this|that|these|those|my|your)\s*$/i;
const FUNCTION_AFTER =
  /^(?:and|or|but|that|which|who|to|in|on|of|for|with|as|at|by|from|is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|if|when|while|because|than|then|so|not|he|she|they|it|we|i|said|says|told|the|a|an)$/;
/** Nouns that name a work, a programme or a label: the quoted words are its title or its wording
 *  (a book, a show, a slogan on a shirt), not somebody's speech in this sentence. */
const WORK_NOUN =
  'book|memoir|novel|film|movie|documentary|series|sitcom|show|program|programme|podcast|episode|song|album|play|musical|ad|advert|video|article|column|commentary|op-ed|essay|headline|blog|newsletter|magazine|slogan|hashtag|motto|phrase|term|word|label|nickname|title|level|category|brand|movement|logo|shirt|t-shirt|sign|hat|pin|banner|poster|narrative';
const WORK_BEFORE = new RegExp(`\\b(?:${WORK_NOUN})s?(?:\\s+(?:called|named|titled|entitled))?[,:]?\\s*$`, 'i');
// a modifier may come between: “…” radio program, “…,” a documentary, “…” campaign pins (not "“…” that shows")
const WORK_AFTER = new RegExp(`^[,.]?\\s*(?:(?!(?:that|which|who)\\b)[a-z]+\\s+)?(?:${WORK_NOUN})s?\\b`, 'i');
/** A title after a verb of appearing or speaking and a preposition: on ABC's “…”, told “…”, in an interview with “…”. */
const MEDIUM_BEFORE = /\b(?:on|told|tells?|telling|with|to|in|at)\s+(?:(?:[A-Z\u00C0-\u00DE][\p{L}.&]*\s+){0,3}[A-Z\u00C0-\u00DE][\p{L}.&]*(?:’s|'s)\s+)?$/u;
/** One personal pronoun alone in quotation marks is the word mentioned (“she” is a “he”), not speech. */
const LONE_PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|they|them|it)[,.!?]?$/i;

/** A citation's byline after the quoted words: “…,” by Jane Doe / by the Courier's Jane Doe — a headline or a title. */
export const BYLINE_AFTER = /^[\s,.]*by\s+(?:the\s+)?[A-Z\u00C0-\u00DE]/u;

/** Every word capitalised but the short function words, the first word too: a title, a name, a slogan. */
export function isTitleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[A-Z\u00C0-\u00DE0-9]/.test(w) || /^(?:of|the|a|an|and|in|on|to|for|at)$/.test(w)) && /^[A-Z\u00C0-\u00DE]/.test(inner);
}

const NAME = /(?:^|[^\p{L}])[A-Z\u00C0-\u00DE][\p{L}’'\-]+\s+[A-Z\u00C0-\u00DE][\p{L}’'\-]+/u;

export interface FragmentContext extends FragmentSyntax {
  inner: string;
  /** the sentence(s) text with every quotation blanked out */
  outside: string;
  /** text of the sentence before the opening mark, and after the closing mark */
  before: string;
  after: string;
  attributed: boolean;
  attributedNeighbour: boolean;
  headline: boolean;
  /** the same words are in quotation marks elsewhere in the article */
  quotedElsewhere: boolean;
  /** a short quotation quote-spans.ts read as a full one (a sentence of speech) */
  full: boolean;
  quotesInSentence: number;
  /** the fragment lies in the content of an attribution relation of its sentence (fragment-cues.ts), with a source */
  inContent: boolean;
  sourcedContent: boolean;
  /** …and one such relation's cue comes before the fragment ("called it a “…”", not "On “…,” she said") */
  cueBefore: boolean;
}

/** Tags of words that make a noun phrase (a name, a thing, a label), no verb among them. */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'CCONJ', 'PART', 'SYM', 'X']);

/** Features of the fragment's place in its sentence (fragment-syntax.ts), the attribution parser's answer aside. */
function syntaxFeatures(c: FragmentContext): Record<string, number> {
  const b = (x: boolean) => (x ? 1 : 0);
  const verb = c.verbBefore;
  const speechVerb = verb !== null && (SPEECH.test(verb) || COMMUNICATION.test(verb));
  return {
    verbBeforeSpeech: b(speechVerb),
    verbBeforeOther: b(verb !== null && !speechVerb),
    innerNominal: b(c.innerTags.length > 0 && c.innerTags.every((t) => NOMINAL_TAGS.has(t))),
    // a clause ending like a sentence (“It is fine.”): a sentence of speech, not a name or a label
    sentenceClause: b(/[.!?]$/.test(c.inner) && c.innerTags.some((t) => t === 'VERB' || t === 'AUX')),
    oneNoun: b(c.innerTags.length === 1 && c.innerTags[0] === 'NOUN'),
    adpNext: b(c.nextTag === 'ADP'),
    // opening its sentence and closed by a comma, the layout of speech before its attribution (“…,” she said)
    openingComma: b(/^[\s(—–-]*$/.test(c.before) && (/,$/.test(c.inner) || /^\s*,/.test(c.after))),
  };
}

/**
 * The features that depend on what the attribution parser says of the fragment (inContent, sourcedContent,
 * cueBefore), given the others (`base`): quote-spans.ts tries each possible answer on one `base` and asks
 * the parser only when the verdicts differ.
 */
export function coverFeatures(c: Pick<FragmentContext, 'inContent' | 'sourcedContent' | 'cueBefore' | 'nextTag'>, base: Record<string, number>): Record<string, number> {
  const b = (x: boolean) => (x ? 1 : 0);
  // nobody is credited with words in the sentence: no speech verb, no attribution covering the fragment
  const noCredit = !base.speechVerb && !base.communication && !c.inContent;
  return {
    inContent: b(c.inContent),
    sourcedContent: b(c.sourcedContent),
    titleNotInContent: b(!!base.titleCase && !c.inContent),
    cueAfterOnly: b(c.inContent && !c.cueBefore),
    noCredit: b(noCredit),
    nominalNoCredit: b(!!base.innerNominal && noCredit),
    nounNextNoCredit: b((c.nextTag === 'NOUN' || c.nextTag === 'PROPN') && noCredit),
  };
}

export function fragmentFeatures(c: FragmentContext): Record<string, number> {
  const base = baseFeatures(c);
  return { ...base, ...coverFeatures(c, base) };
}

/** Every feature but coverFeatures'. */
export function baseFeatures(c0: FragmentContext): Record<string, number> {
  // "so-called" names a term; its "called" is nobody speaking
  const c = { ...c0, outside: c0.outside.replace(/\bso[\s-]called\b/gi, (m) => ' '.repeat(m.length)) };
  const words = c.inner.split(/\s+/).filter(Boolean);
  const n = words.length;
  const nextWord = (/^[\s]*([\p{L}’'\-]+)/u.exec(c.after)?.[1] ?? '').toLowerCase();
  const nextLower = /^[a-z]/.test((/^\s*(\S)/.exec(c.after)?.[1] ?? ''));
  const b = (x: boolean) => (x ? 1 : 0);
  const titleCase = isTitleCase(c.inner);
  const nounAfter = nextLower && nextWord !== '' && !FUNCTION_AFTER.test(nextWord);
  return {
    bias: 1,
    attributed: b(c.attributed),
    attributedNeighbour: b(c.attributedNeighbour),
    speechVerb: b(SPEECH.test(c.outside)),
    said: b(SAID.test(c.outside)),
    communication: b(COMMUNICATION.test(c.outside)),
    words1: b(n === 1),
    words2: b(n === 2),
    words3: b(n === 3),
    words4to6: b(n >= 4 && n <= 6),
    words7plus: b(n >= 7),
    titleCase: b(titleCase),
    firstCapital: b(/^[A-Z\u00C0-\u00DE]/.test(c.inner)),
    endsInPunctuation: b(/[,.!?…]$/.test(c.inner)),
    determinerBefore: b(DET_BEFORE.test(c.before)),
    nounAfter: b(nounAfter),
    glossBefore: b(GLOSS_BEFORE.test(c.before)),
    calledBefore: b(CALLED_BEFORE.test(c.before)),
    possessiveBefore: b(/(?:’s|'s|s’)\s*$/.test(c.before)),
    prepositionBefore: b(/\b(?:on|for|in|at|of|from|with|by|about|into|like)\s*$/i.test(c.before)),
    betweenNames: b(/[A-Z\u00C0-\u00DE][\p{L}.]*\s*$/u.test(c.before) && /^\s*[A-Z\u00C0-\u00DE]/.test(c.after)),
    commaEnclosed: b(/,\s*$/.test(c.before) && /^\s*,/.test(c.after)),
    hyphenatedWord: b(n === 1 && /\p{L}-\p{L}/u.test(c.inner)),
    markup: b(/<[a-z]+[\s>]|<\/[a-z]+>/i.test(c.before + c.after)),
    asBefore: b(/\bas\s*$/i.test(c.before)),
    nameInSentence: b(NAME.test(c.outside)),
    pronounInSentence: b(/\b(?:he|she|they)\b/i.test(c.outside)),
    firstPerson: b(/\b(?:I|we|my|our|me|us|you|your)\b/.test(c.inner)),
    headline: b(c.headline),
    full: b(c.full),
    quotedElsewhere: b(c.quotedElsewhere),
    severalQuotes: b(c.quotesInSentence > 1),
    hashOrAt: b(/^[#@]/.test(c.inner)),
    lonePronoun: b(n === 1 && LONE_PRONOUN.test(c.inner)),
    bylineAfter: b(BYLINE_AFTER.test(c.after)),
    workBefore: b(WORK_BEFORE.test(c.before)),
    workAfter: b(WORK_AFTER.test(c.after)),
    mediumTitle: b(titleCase && MEDIUM_BEFORE.test(c.before)),
    lowerTerm: b(n <= 2 && /^[a-z]/.test(c.inner) && DET_BEFORE.test(c.before)),
    lowerModifier: b(n <= 3 && /^[a-z]/.test(c.inner) && nounAfter),
    quoteList: b(/[”"],?\s*(?:and|or)?\s*$/.test(c.before) || /^\s*,?\s*(?:and|or)?\s*[“"]/.test(c.after)),
    speechBefore: b(SPEECH.test(c.before.replace(/\bso[\s-]called\b/gi, ''))),
    speechAfter: b(SPEECH.test(c.after)),
    ...syntaxFeatures(c),
  };
}

const W = weights.weights as Record<string, number>;

/** Probability that the fragment is somebody's words. */
export function speechProbability(f: Record<string, number>): number {
  let z = 0;
  for (const [k, v] of Object.entries(f)) z += (W[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** How a word is said or written, or a work's title: never anybody's speech, whatever the model says. */
const NEVER_SPEECH_BEFORE = /\b(?:pronounced|spelled|spelt|hashtag|titled|entitled)\s*[:,]?\s*$/i;

/** "the so-called “red line”": somebody's words only when the sentence credits somebody with words. */
const SO_CALLED_BEFORE = /\bso[\s-]called\s*$/i;

export function isSpeechFragment(f: Record<string, number>, before: string): boolean {
  if (NEVER_SPEECH_BEFORE.test(before) || f.lonePronoun) return false;
  // a title cited with its author (“Storm Closes the Harbour,” by Ann Ward): a work, not words said; a
  // lowercase fragment before "by" is often a passive's words ("called “reckless” by the mayor")
  if (f.titleCase && f.bylineAfter) return false;
  if (SO_CALLED_BEFORE.test(before) && !f.speechVerb && !f.communication) return false;
  return speechProbability(f) >= weights.threshold;
}
