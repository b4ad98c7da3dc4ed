/**
 * What kind of source a phrase names: a person, an anonymous one, an organisation, another
 * news outlet, or a document. General English: the kinds of words newsrooms use for each
 * (the heads of noun phrases), and the shape of a personal name; nothing about one story.
 */
import type { Token } from './attributions-tokens.ts';
import { ANONYMOUS_PERSON_HEADS, DOCUMENT_HEADS, MEDIA_HEADS, ORGANISATION_HEADS, TITLE_ONLY_MEDIA_HEADS } from '../lexicon/source-kinds.ts';
import { isPlace } from './attributions-places.ts';

export type SourceClass = 'person' | 'anonymous' | 'organisation' | 'media' | 'document';

const GROUPS = new Set(['trio', 'pair', 'duo', 'quartet']);
const NAMED_GROUP_HEADS = new Set(['leaders', 'presidents', 'ministers', 'men', 'women', 'candidates', 'senators', 'brothers', 'sisters']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'you', 'him', 'her', 'me', 'we', 'they', 'us', 'them', 'who']);

/** Where a phrase's own words end: at a linking preposition, a comma, "to" or a relative pronoun. */
function phraseEnd(ts: readonly Token[]): number {
  // "people close to the Kremlin", "officials who …": the head comes before
  const k = ts.findIndex((t) => t.pos === 'ADP' || t.pos === 'SCONJ' || t.text === ',' || t.lower === 'to' || RELATIVE.has(t.lower));
  return k < 0 ? ts.length : k;
}

/** The head of a phrase: its last noun before a linking preposition ("spokesman for the campaign"). */
function head(ts: readonly Token[]): Token | undefined {
  const own = ts.slice(0, phraseEnd(ts));
  let h: Token | undefined;
  for (const t of own) if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') h = t;
  // "chief of staff": the tagger reads "chief" as an adjective; it is still the head, not "staff" after "of"
  const last = own[own.length - 1];
  return h ?? (last?.pos === 'ADJ' ? last : ts[ts.length - 1]);
}

/** A capitalised run of two or more words, or one that follows a title: the shape of a name. */
function looksNamed(ts: readonly Token[]): boolean {
  return ts.some((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !MEDIA_HEADS.has(t.lower) && !ORGANISATION_HEADS.has(t.lower));
}

/** A phrase that is only a name: capitalised proper nouns (up to the next comma). */
function isName(ts: readonly Token[]): boolean {
  const end = ts.findIndex((t) => t.text === ',');
  const own = end < 0 ? ts : ts.slice(0, end);
  return own.length > 0 && own.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
}

export function classify(ts: readonly Token[]): SourceClass {
  // "Rybar, a channel with …": an apposition says what the name is
  const comma = ts.findIndex((t) => t.text === ',');
  // "officials, who were …": a relative clause after the comma describes the head, it names no other kind
  if (comma > 0 && !RELATIVE.has(ts[comma + 1]?.lower ?? '')) {
    const after = ts.slice(comma + 1);
    const what = classifyHead(after);
    if (what === 'media' || what === 'document' || what === 'organisation') return what;
    const before = classifyHead(ts.slice(0, comma));
    // "Norland's trade minister, Ilse Varga": a role, then the name of the person who holds it
    return before === 'anonymous' && isName(after) ? 'person' : before;
  }
  return classifyHead(ts);
}

function classifyHead(ts: readonly Token[]): SourceClass {
  const words = ts.map((t) => t.lower);
  const h = head(ts);
  const hw = h?.lower ?? '';
  if (h?.pos === 'PRON') return hw === 'it' ? 'organisation' : PERSON_PRONOUNS.has(hw) ? 'person' : 'anonymous';
  if (DOCUMENT_HEADS.has(hw)) return 'document';
  const titled = !TITLE_ONLY_MEDIA_HEADS.has(hw) || /^\p{Lu}/u.test(h?.text ?? '');
  if ((MEDIA_HEADS.has(hw) && titled) || words.some((w) => w === 'reuters' || w === 'axios' || w === 'bloomberg')) return 'media';
  const proper = ts.filter((t) => t.pos === 'PROPN');
  // "the three leaders", "the trio": a numbered definite group points back to people the story named
  if (words[0] === 'the' && (GROUPS.has(hw) || (ts.some((t) => t.pos === 'NUM') && NAMED_GROUP_HEADS.has(hw)))) return 'person';
  if (ANONYMOUS_PERSON_HEADS.has(hw)) {
    // "spokeswoman Jane Doe" is named; a name inside "officials who doubted Doe" or "… of Ukraine" is not the source's
    const phrase = ts.slice(0, phraseEnd(ts));
    return looksNamed(phrase) && proper.some((t) => t.start > (h?.end ?? 0) && phrase.includes(t)) ? 'person' : 'anonymous';
  }
  if (ORGANISATION_HEADS.has(hw)) return 'organisation';
  if (isPlace(ts.filter((t) => t.pos !== 'DET').map((t) => t.text).join(' '))) return 'organisation';
  // "Defenders of the plan", "Engineers who …" capitalised at a sentence start: a plural group, not a name
  const next = h ? ts[ts.indexOf(h) + 1] : undefined;
  if (h?.pos === 'PROPN' && h === ts[0] && (next?.lower === 'of' || next?.lower === 'who') && /\p{Ll}s$/u.test(h.text)) return 'anonymous';
  if (h?.pos === 'PROPN') return /^[A-Z]{2,}$/.test(h.text) || isPlace(h.text) ? 'organisation' : 'person';
  // an adjective as head is a noun the tagger misread ("chief") or a quantifier ("Many in the party"): unnamed people
  if (h?.pos === 'NOUN' || h?.pos === 'ADJ') return 'anonymous';
  return 'person';
}
