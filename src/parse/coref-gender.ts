/**
 * The gender of each person an article names (by surname), for "he said" / "she said" (coref.ts): courtesy titles
 * ("Mr. Doe") and the first pronoun after a mention, and the first-name list (name-gender.ts), which the article's own
 * evidence overrules when it is strong. Two people of one family, whose evidence splits, have none.
 */
import type { Sentence } from '../schema/index.ts';
import type { Gender, PersonMention } from './coref.ts';
import { firstNameGender } from './name-gender.ts';

export const HE = /\b(?:he|him|his|himself)\b/i;
export const SHE = /\b(?:she|her|hers|herself)\b/i;

/** What the article says of one surname's gender: courtesy titles ("Mr. Doe") and the first pronoun after a mention. */
interface GenderVotes {
  title: { m: number; f: number };
  pronoun: { m: number; f: number };
}

function genderVotes(text: string, sentences: readonly Sentence[], mentions: readonly PersonMention[][]): Map<string, GenderVotes> {
  const votes = new Map<string, GenderVotes>();
  const vote = (key: string, kind: keyof GenderVotes, g: Gender) => {
    const v = votes.get(key) ?? { title: { m: 0, f: 0 }, pronoun: { m: 0, f: 0 } };
    v[kind][g]++;
    votes.set(key, v);
  };
  for (const [k, list] of mentions.entries()) {
    for (const [i, m] of list.entries()) {
      const honor = /\b(Mr|Mrs|Ms)\.\s*(?:[A-Z][\p{L}’'\-]+\s+)?$/u.exec(text.slice(Math.max(0, m.pos - 20), m.pos));
      if (honor) vote(m.key, 'title', honor[1] === 'Mr' ? 'm' : 'f');
      const next = list[i + 1];
      const sentenceEnd = sentences[k]!.end; // mentions is indexed like sentences
      const nextSentence = sentences[k + 1];
      const upTo = next ? next.pos : mentions[k + 1]?.[0]?.pos ?? nextSentence?.end ?? sentenceEnd;
      const span = text.slice(m.pos + m.name.length, upTo);
      const he = span.search(HE);
      const she = span.search(SHE);
      if (he >= 0 && (she < 0 || he < she)) vote(m.key, 'pronoun', 'm');
      else if (she >= 0) vote(m.key, 'pronoun', 'f');
    }
  }
  return votes;
}

/** The gender the votes give, when they clearly agree (a split, two people of one family, gives none). */
function clear(v: { m: number; f: number }, min = 1): Gender | null {
  if (Math.max(v.m, v.f) < min || Math.min(v.m, v.f) * 3 >= Math.max(v.m, v.f)) return null;
  return v.m > v.f ? 'm' : 'f';
}

/** Gender per surname from the article: the first pronoun after a mention, before any other name; Mr./Ms. A surname
 *  the evidence splits on (two people of one family, "Jane and John Doe") has none. */
export function genders(text: string, sentences: readonly Sentence[], mentions: readonly PersonMention[][]): Map<string, Gender> {
  return fromVotes(genderVotes(text, sentences, mentions));
}

function fromVotes(votes: ReadonlyMap<string, GenderVotes>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) {
    const g = clear({ m: v.title.m + v.pronoun.m, f: v.title.f + v.pronoun.f });
    if (g) out.set(key, g);
  }
  return out;
}

/** Evidence in the article strong enough to overrule the first-name list: a courtesy title, or several pronouns and
 *  none of the other gender ("Jan", "Marty", "Robin" are listed under one gender and given to both). */
function overrules(v: GenderVotes | undefined): Gender | null {
  if (!v) return null;
  return clear(v.title) ?? (Math.min(v.pronoun.m, v.pronoun.f) === 0 ? clear(v.pronoun, 2) : null);
}

/** A listed first name says more than the article's first pronoun after a mention, unless the article's evidence is
 *  strong (overrules); a surname whose mentions have first names of both genders ("Jane and John Doe") has none. */
export function withFirstNames(text: string, sentences: readonly Sentence[], mentions: readonly PersonMention[][]): { gender: Map<string, Gender>; contested: Set<string> } {
  const votes = genderVotes(text, sentences, mentions);
  const gender = fromVotes(votes);
  const contested = new Set<string>();
  const byName = new Map<string, Set<Gender>>();
  for (const list of mentions) {
    for (const m of list) {
      const g = m.name.includes(' ') ? firstNameGender(m.name) : null;
      if (g) byName.set(m.key, (byName.get(m.key) ?? new Set<Gender>()).add(g));
    }
  }
  for (const [key, gs] of byName) {
    const strong = overrules(votes.get(key));
    const listed = [...gs][0]!;
    if (gs.size === 1 && strong && strong !== listed) gender.set(key, strong);
    else if (gs.size === 1) {
      // the article's pronouns say the other gender, too weakly to overrule the list: a pronoun of either gender may mean them
      if (gender.get(key) !== undefined && gender.get(key) !== listed) contested.add(key);
      gender.set(key, listed);
    } else gender.delete(key);
  }
  return { gender, contested };
}
