/**
 * What kind of source a phrase names: a person, an anonymous one, an organisation, another
 * news outlet, or a document. General English: the kinds of words newsrooms use for each
 * (the heads of noun phrases), and the shape of a personal name; nothing about one story.
 */
import type { Token } from './attributions-tokens.ts';
import { ANONYMOUS_PERSON_HEADS, DOCUMENT_HEADS, MEDIA_HEADS, ORGANISATION_HEADS } from '../lexicon/source-kinds.ts';
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
  let h: Token | undefined;
  for (const t of ts.slice(0, phraseEnd(ts))) if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') h = t;
  return h ?? ts[ts.length - 1];
}

/** A capitalised run of two or more words, or one that follows a title: the shape of a name. */
function looksNamed(ts: readonly Token[]): boolean {
  return ts.some((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && !MEDIA_HEADS.has(t.lower) && !ORGANISATION_HEADS.has(t.lower));
}

export function classify(ts: readonly Token[]): SourceClass {
  // "Rybar, a channel with …": an apposition says what the name is
  const comma = ts.findIndex((t) => t.text === ',');
  // "officials, who were …": a relative clause after the comma describes the head, it names no other kind
  if (comma > 0 && !RELATIVE.has(ts[comma + 1]?.lower ?? '')) {
    const what = classifyHead(ts.slice(comma + 1));
    if (what === 'media' || what === 'document' || what === 'organisation') return what;
    return classifyHead(ts.slice(0, comma));
  }
  return classifyHead(ts);
}

function classifyHead(ts: readonly Token[]): SourceClass {
  const words = ts.map((t) => t.lower);
  const h = head(ts);
  const hw = h?.lower ?? '';
  if (h?.pos === 'PRON') return hw === 'it' ? 'organisation' : PERSON_PRONOUNS.has(hw) ? 'person' : 'anonymous';
  if (DOCUMENT_HEADS.has(hw)) return 'document';
  if (MEDIA_HEADS.has(hw) || words.some((w) => w === 'reuters' || w === 'axios' || w === 'bloomberg')) return 'media';
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
  if (h?.pos === 'NOUN') return 'anonymous';
  return 'person';
}
