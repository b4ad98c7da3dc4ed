/**
 * Person mentions: names with the office or role the article gives them ("Ukrainian President Jane
 * Doe", "one of her advisers, John Roe,"), kept in a registry so that a later surname, pronoun or
 * description can be resolved to the full name and carry the role. Linear in the sentence: the
 * role is read from at most a few words before the office, never from the whole sentence prefix.
 */
import { LEADING_OPENERS, roleWords, splitName } from './speakers.ts';
import { otherFamilyMember } from './name-gender.ts';

const TITLE_BEFORE_NAME =
  /\b(?:President|President-elect|Prime Minister|Minister|minister|Secretary|secretary|Chancellor|[Ll]eader|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|Senator|Sen\.|Rep\.|Gov\.|Gen\.|General|Ambassador|ambassador|Chairman|chairman|[Aa]dviser|[Aa]dvisor|Governor|Mayor|Director|director|[Aa]nalyst|expert|official|King|Pope|Mr\.|Mrs\.|Ms\.|Dr\.)\s+((?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+\s+){0,2}[A-Z\u00C0-\u00DE][\p{L}’'\-]+)/gu;

/** Words that may qualify an office before it ("former", "foreign", "deputy"): general English. */
const OFFICE_MODIFIERS = new Set(['former', 'foreign', 'defence', 'defense', 'interior', 'finance', 'top', 'senior', 'deputy', 'first', 'vice', 'state', 'prime', 'acting', 'chief', 'military', 'security', 'policy']);
/** Capitalised words that open a sentence or clause and never qualify an office. */
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'When', 'While', 'As', 'After', 'Before', 'If', 'So', 'Yet', 'Then', 'Meanwhile', 'However', 'By', 'From', 'With', 'For', 'Of', 'To', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'said', 'says', 'told']);

/** A role is never longer than this many words before its office word. */
const ROLE_LOOKBACK = 8;

/** Up to `max` whitespace-separated tokens ending before `pos`, nearest first. */
function tokensBefore(st: string, pos: number, max: number): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let e = pos;
  while (out.length < max) {
    while (e > 0 && /\s/.test(st[e - 1]!)) e--;
    if (e === 0) break;
    let b = e;
    while (b > 0 && !/\s/.test(st[b - 1]!)) b--;
    out.push({ index: b, text: st.slice(b, e) });
    e = b;
  }
  return out;
}

/**
 * The role a mention gives a person: the office word that precedes the name and the modifiers
 * before it, as written ("Ukrainian President", "Poland’s foreign minister", "former defence
 * minister"). Lowercase words count as modifiers when they are known office qualifiers, or when
 * (at most three of them) sit between the office and a capitalised word such as a country's name.
 */
export function roleBefore(st: string, officeStart: number, officeEnd: number): string {
  const tokens = tokensBefore(st, officeStart, ROLE_LOOKBACK);
  const capitalised = (t: string) => /^[A-Z\u00C0-\u00DE][\p{L}’'.\-]*$/u.test(t) && !NOT_MODIFIERS.has(t);
  const lowercase = (t: string) => /^[a-z][a-z\-]*$/.test(t) && !NOT_MODIFIERS.has(t);
  let start = officeStart;
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!.text;
    if (capitalised(t) || OFFICE_MODIFIERS.has(t)) {
      start = tokens[k]!.index;
      k++;
      continue;
    }
    // a short run of lowercase words anchored by a capitalised word before it
    let j = k;
    while (j < tokens.length && j - k < 3 && lowercase(tokens[j]!.text)) j++;
    const anchor = tokens[j];
    if (j > k && anchor && capitalised(anchor.text)) {
      start = anchor.index;
      k = j + 1;
      continue;
    }
    break;
  }
  return st.slice(start, officeEnd).replace(/\s+/g, ' ');
}

/** Nouns that name what a person does, at the end of a role in apposition ("a senior adviser", "the party's chairman"). */
const OFFICE =
  'advis[eo]rs?|spokes(?:man|woman|person)|officials?|ministers?|secretary|ambassador|leaders?|chief|director|analysts?|experts?|fellow|' +
  'lawmakers?|senators?|commanders?|diplomats?|professor|strategist|economist|president|chairman|chairwoman|candidate|nominee|governor|' +
  'mayor|congressman|congresswoman|representative|attorney|lawyer|chief of staff|researcher|scholar|historian|manager|aide';
// every word is bounded: a run of letters with no space (a pasted base64 image) must not make the scan quadratic
const NAME_WORDS = "(?:[A-Z\\u00C0-\\u00DE][\\p{L}’'\\-]{1,30}\\s+){1,2}[A-Z\\u00C0-\\u00DE][\\p{L}’'\\-]{1,30}";

/**
 * "one of the president’s closest advisers, Jane Doe, said …", "Norland’s trade minister, Jane Doe, …", "His chief
 * of staff, Jane Doe, …": a role in apposition before a name.
 */
const ROLE_THEN_NAME = new RegExp(
  `\\b((?:[Oo]ne of|[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}\\-]{0,30}[’']s)\\s[^,.;“”"]{2,60}?\\b(?:${OFFICE})),\\s+(${NAME_WORDS}),`,
  'gu',
);

/** "Jane Doe, a researcher at a Vienna bank, said …": a name, then its role in apposition (an office word in its first words). */
const NAME_THEN_ROLE = new RegExp(`(?:^|[,;:]\\s+|\\s)(${NAME_WORDS}),\\s+(?:an?|the)\\s+((?:[^,.;“”"\\s]{1,30}\\s+){0,3}(?:${OFFICE})\\b[^,.;“”"]{0,50}),`, 'gu');

const APPOSITIVE_NAME = /,\s+[A-Z\u00C0-\u00DE][\p{L}’'\-]+\s+[A-Z\u00C0-\u00DE][^,]{0,40},/u;
const NAME_COMMA_ARTICLE = /[A-Z\u00C0-\u00DE][\p{L}’'\-]{1,30},\s+(?:an?|the)\s/u;

/** Appositions: the pattern, its name and role groups, and the cheap test its comma needs ("…, Name Name," or "Name, a …"). */
const APPOSITIONS = [
  [ROLE_THEN_NAME, 2, 1, APPOSITIVE_NAME],
  [NAME_THEN_ROLE, 1, 2, NAME_COMMA_ARTICLE],
] as const;

export interface Mention {
  name: string;
  role: string | null;
  pos: number;
}

/** Named people with a role in one sentence (`offset`: the sentence's start in the article). */
export function titledMentions(st: string, offset: number): Mention[] {
  const out: Mention[] = [];
  TITLE_BEFORE_NAME.lastIndex = 0;
  for (let m = TITLE_BEFORE_NAME.exec(st); m; m = TITLE_BEFORE_NAME.exec(st)) {
    const { name } = splitName(m[1]!); // group 1 is not optional
    const officeEnd = m.index + m[0].length - m[1]!.length;
    const office = st.slice(m.index, officeEnd).trim();
    const honorific = /^(?:Mr|Mrs|Ms|Dr)\.$/.test(office);
    if (name && (name.includes(' ') || honorific)) out.push({ name, role: honorific ? null : roleBefore(st, m.index, officeEnd).trim(), pos: offset + m.index });
  }
  for (const [re, nameAt, roleAt, gate] of APPOSITIONS) {
    if (!gate.test(st)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(st); m; m = re.exec(st)) {
      // a sentence opener is no part of the name ("Now Jane Doe, the …")
      const { name } = splitName(m[nameAt]!.replace(LEADING_OPENERS, '')); // both groups are not optional
      if (name && name.includes(' ')) out.push({ name, role: roleWords(m[roleAt]!), pos: offset + m.index });
    }
  }
  return out;
}

function surname(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1]!; // split() always returns at least one element
}

const words = (n: string) => n.split(' ').length;

/**
 * Surname → the fullest mention so far, with the first role the article gave. The article may name two
 * people of one family ("Jane Doe", "John Doe"): each full name is kept with its own role, so that neither
 * takes the other's office (which of them "Mr. Doe" or "she said" means, quote-resolve.ts decides).
 */
export class Registry {
  readonly bySurname = new Map<string, Mention>();
  /** every registered mention in article order (for "most recent person" resolution) */
  readonly order: Mention[] = [];
  /** each distinct full name per surname, with the first role given to that name */
  private readonly family = new Map<string, Mention[]>();

  register(name: string, role: string | null, pos: number): void {
    const key = surname(name);
    const names = this.family.get(key) ?? [];
    this.family.set(key, names);
    const own = names.find((m) => m.name === name);
    if (!own) names.push({ name, role, pos });
    else own.role ??= role;
    const old = this.bySurname.get(key);
    // another person of the family ("Jane Doe" after "John Doe") is no fuller form of the name: the bare surname goes
    // to the one named last, with their own role (a longer name would otherwise keep it for the rest of the article)
    const kin = old !== undefined && otherFamilyMember(old.name, name);
    const fuller = old && !kin && words(old.name) > words(name) ? old.name : name;
    const kept = kin ? (own?.role ?? role) : (old?.role ?? role);
    this.bySurname.set(key, { name: fuller, role: kept, pos });
    this.order.push({ name: fuller, role: kept, pos });
  }

  /** A bare surname → the full name the article used earlier (quote-resolve.ts picks among a family by gender). */
  expand(name: string): string {
    const key = surname(name);
    const known = this.bySurname.get(key);
    if (!known) return name;
    if (!name.includes(' ')) return known.name;
    return known.name.endsWith(name) ? known.name : name;
  }

  has(name: string): boolean {
    return this.bySurname.has(surname(name));
  }

  /**
   * The role of the person. Two people of one family ("Jane Doe", "John Doe": full names whose first
   * names are listed first names) each keep their own; otherwise the surname's first role is carried
   * (a name read with a stray word, "Like Doe", is the same person).
   */
  roleOf(name: string): string | null {
    const key = surname(name);
    const names = this.family.get(key) ?? [];
    if (name.includes(' ') && names.some((m) => otherFamilyMember(name, m.name))) return names.find((m) => m.name === name)?.role ?? null;
    return this.bySurname.get(key)?.role ?? null;
  }
}
