/**
 * Canonical people, organisations and anonymous-source groups from the quotes' speakers.
 *
 * Names are matched by a general method, not a table: after stripping titles and demonyms
 * ("Ukrainian President"), two names are one person when their surnames sound alike (Double
 * Metaphone) or differ by a transliteration-sized edit (Levenshtein ≤ 1 on ≥ 5 letters, e.g.
 * Zelenskyy/Zelensky), and their first names, when both are given, agree in initial and sound.
 * A surname alone ("Zelensky") joins the single full name with that surname; if several people
 * share it, the one whose role as written shares most words wins (surname plus context).
 * Anonymous sources are grouped by their description with counts and articles removed and the
 * head noun pluralised ("a senior U.S. official" → "senior US officials").
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { PersonEntry } from '../schema/index.ts';
import type { QuoteId } from '../schema/ids.ts';
import { fold, words } from '../lexicon/tokens.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';
import { TITLE_WORDS } from '../lexicon/titles.ts';
import { ANONYMOUS_SOURCE } from '../lexicon/anonymous.ts';
import { QUANTIFIERS } from '../lexicon/numbers.ts';
import { slugify, cmp } from './text.ts';

const ORG_WORDS = /\b(house|pentagon|kremlin|ministry|department|council|committee|agency|office|government|statement|channel|army|forces|command|parliament|duma|commission|union|organisation|organization|nato|un|assessment|service|administration|embassy)\b/i;

export interface SpeakerInfo {
  /** The quote this speaker said (its id). */
  key: QuoteId;
  source: string;
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
}

interface Name {
  first: string | null;
  surname: string;
  full: string;
}

/** "Ukrainian President Volodymyr Zelenskyy" → { first: Volodymyr, surname: Zelenskyy }. */
export function personName(speaker: string): Name | null {
  const toks = fold(speaker)
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  // A name is the trailing run of capitalised tokens that are not titles or demonyms.
  const name: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = (toks[i] ?? '').replace(/[^A-Za-z'-]/g, '');
    if (!t || !/^[A-Z]/.test(t) || TITLE_WORDS.has(t.toLowerCase()) || /^[A-Z][a-z]+(ian|ean|ese|ish)$/.test(t)) {
      if (name.length) break;
      continue;
    }
    name.unshift(t);
  }
  if (!name.length) return null;
  return { first: name.length > 1 ? (name[0] ?? null) : null, surname: name[name.length - 1] ?? '', full: name.join(' ') };
}

// doubleMetaphone is pure: computed once per distinct name (performance: every quote compares names).
const metaphones = new Map<string, [string, string]>();
function metaphone(x: string): [string, string] {
  let m = metaphones.get(x);
  if (!m) metaphones.set(x, (m = doubleMetaphone(x)));
  return m;
}

function soundsAlike(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 5 && distance(x, y) <= 1) return true;
  const [pa, sa] = metaphone(x);
  const [pb, sb] = metaphone(y);
  // Metaphone alone is too lenient for short names; require it plus a small edit distance.
  return (pa === pb || pa === sb || sa === pb) && distance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 3));
}

function samePerson(a: Name, b: Name): boolean {
  if (!soundsAlike(a.surname, b.surname)) return false;
  if (!a.first || !b.first) return true;
  return a.first.charAt(0).toLowerCase() === b.first.charAt(0).toLowerCase() && soundsAlike(a.first, b.first);
}

/** "two senior U.S. officials" / "a senior US official" → "senior US officials". */
export function anonymousDescription(text: string): string {
  const ws = fold(text)
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .replace(/[^A-Za-z\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !QUANTIFIERS.has(w.toLowerCase()) && !/^(anonymous|unnamed|who|said)$/i.test(w));
  // "one of the officials": the partitive's "of" is left at the front once its quantifier and article go
  while (ws[0]?.toLowerCase() === 'of') ws.shift();
  // Keep up to the head noun (the first anonymous-source noun), so trailing clauses drop.
  const head = ws.findIndex((w) => ANONYMOUS_SOURCE.test(w));
  const kept = head >= 0 ? ws.slice(0, head + 1) : ws.slice(0, 4);
  const last = kept.length - 1;
  if (last >= 0) {
    const w = (kept[last] ?? '').toLowerCase();
    kept[last] = w === 'person' ? 'people' : /s$/.test(w) || w === 'people' ? w : `${w}s`;
  }
  return kept.map((w) => (/^[A-Z]{2,}$/.test(w) || /^[A-Z][a-z]+$/.test(w) ? w : w.toLowerCase())).join(' ') || 'sources';
}

export interface PeopleResult {
  people: PersonEntry[];
  /** quote → person id (null: no speaker, or not a person the build lists) */
  byQuote: Map<QuoteId, string | null>;
}

interface Cluster { kind: PersonEntry['kind']; names: Name[]; members: SpeakerInfo[]; variants: Map<string, number> }

const cluster = (kind: PersonEntry['kind']): Cluster => ({ kind, names: [], members: [], variants: new Map() });

/** Add a quote to a cluster under the spelling `label`. */
function addTo(c: Cluster, q: SpeakerInfo, label: string, name?: Name): void {
  // A spelling already in the cluster adds nothing to compare against (performance, issue 7).
  if (name && !c.variants.has(label)) c.names.push(name);
  c.members.push(q);
  c.variants.set(label, (c.variants.get(label) ?? 0) + 1);
}

/** Speakers sorted into anonymous groups and organisations (by description), full names, and surnames alone. */
interface Sorted { groups: Map<string, Cluster>; people: Cluster[]; surnameOnly: { info: SpeakerInfo; name: Name }[] }

/** Put one quote's speaker where it belongs (see Sorted). */
function sortSpeaker(q: SpeakerInfo & { speaker: string }, into: Sorted): void {
  const looksAnon = q.anonymous || (!/[A-Z]/.test(q.speaker.replace(/\b(?:U\.?S|UK|EU|UN|NATO)\b\.?/g, '')) && ANONYMOUS_SOURCE.test(q.speaker));
  if (looksAnon) {
    const desc = anonymousDescription(q.speaker);
    let c = into.groups.get(desc);
    if (!c) into.groups.set(desc, (c = cluster('anonymous')));
    return addTo(c, q, desc);
  }
  const name = personName(q.speaker);
  // Several people speaking together ("the leaders of A, B and C", a joint statement) are a group.
  const several = /,|\band\b/.test(q.speaker.replace(/\(.*?\)/g, '')) && (q.speaker.match(/\b[A-Z][a-z]+/g) ?? []).length > 3;
  const isOrg = several || (ORG_WORDS.test(q.speaker) && (!name || !name.first || ORG_WORDS.test(name.full)));
  if (!name || isOrg) {
    const label = q.speaker.trim();
    const key = `org:${slugify(label)}`;
    let c = into.groups.get(key);
    if (!c) into.groups.set(key, (c = cluster('organisation')));
    return addTo(c, q, label);
  }
  if (!name.first) {
    into.surnameOnly.push({ info: q, name });
    return;
  }
  let c = into.people.find((k) => k.names.some((n) => samePerson(n, name)));
  if (!c) into.people.push((c = cluster('person')));
  addTo(c, q, name.full, name);
}

/** A surname alone joins the one person it can be; among several, the one whose roles share most words with its role. */
function attachSurname({ info, name }: Sorted['surnameOnly'][number], people: Cluster[]): void {
  const cands = people.filter((k) => k.names.some((n) => soundsAlike(n.surname, name.surname)));
  let c: Cluster | undefined = cands[0];
  if (cands.length > 1) {
    const roleWords = new Set(words(info.role ?? '').filter((w) => !STOPWORDS.has(w)));
    const overlap = (k: Cluster) => k.members.reduce((n, m) => n + words(m.role ?? '').filter((w) => roleWords.has(w)).length, 0);
    c = [...cands].sort((a, b) => overlap(b) - overlap(a))[0];
  }
  if (!c) people.push((c = cluster('person')));
  addTo(c, info, name.full, name);
}

/** Each cluster with its display name: a person's fullest, then most quoted, then first spelling; a group's first label. */
function named(people: Cluster[], groups: Map<string, Cluster>): { c: Cluster; name: string }[] {
  const out: { c: Cluster; name: string }[] = people.map((c) => ({
    c,
    name: [...c.variants.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? '',
  }));
  for (const c of groups.values()) {
    const label = [...c.variants.keys()].sort(cmp)[0] ?? '';
    out.push({ c, name: c.kind === 'anonymous' ? `${label} (anonymous)` : label });
  }
  return out;
}

/** The person entry of a cluster: quote counts and roles per source, in source order. */
function personEntry(id: string, name: string, c: Cluster, sourceOrder: string[]): PersonEntry {
  const counts: Record<string, number> = {};
  for (const s of sourceOrder) {
    const n = c.members.filter((m) => m.source === s).length;
    if (n) counts[s] = n;
  }
  const roles: PersonEntry['roles'] = [];
  const seen = new Set<string>();
  for (const s of sourceOrder)
    for (const m of c.members)
      if (m.source === s && m.role && !seen.has(`${s}\u0000${m.role}`)) {
        seen.add(`${s}\u0000${m.role}`);
        roles.push({ source: s, role: m.role });
      }
  const variants = [...new Set(c.members.map((m) => m.speaker!.trim()))].sort(cmp);
  return { id, name, kind: c.kind, variants, roles, quoteCounts: counts };
}

/**
 * A lookup from a name as written ("US President Joe Biden", "Zelensky") to the id of the one
 * person entry it names, by the same rules that group speakers (sound-alike surname, agreeing
 * first name); null when it names no listed person or several. Indexed by the surname's sound, so
 * each lookup compares only a few entries.
 */
export function personFinder(people: PersonEntry[]): (written: string) => string | null {
  const bySound = new Map<string, { id: string; name: Name }[]>();
  for (const p of people) {
    if (p.kind !== 'person') continue;
    for (const v of p.variants) {
      const name = personName(v);
      if (!name) continue;
      for (const key of new Set(metaphone(name.surname.toLowerCase()))) {
        let list = bySound.get(key);
        if (!list) bySound.set(key, (list = []));
        list.push({ id: p.id, name });
      }
    }
  }
  return (written) => {
    const name = personName(written);
    if (!name) return null;
    const ids = new Set<string>();
    for (const key of new Set(metaphone(name.surname.toLowerCase())))
      for (const c of bySound.get(key) ?? []) if (samePerson(c.name, name)) ids.add(c.id);
    return ids.size === 1 ? [...ids][0]! : null;
  };
}

export function buildPeople(quotes: SpeakerInfo[], sourceOrder: string[]): PeopleResult {
  const sorted: Sorted = { groups: new Map(), people: [], surnameOnly: [] };
  for (const q of quotes) if (q.speaker) sortSpeaker({ ...q, speaker: q.speaker }, sorted);
  for (const s of sorted.surnameOnly) attachSurname(s, sorted.people);
  const used = new Set<string>();
  const people: PersonEntry[] = [];
  const byQuote = new Map<QuoteId, string | null>();
  for (const { c, name } of named(sorted.people, sorted.groups)) {
    let id = c.kind === 'anonymous' ? `anonymous-${slugify(name.replace(/\s*\(anonymous\)$/, ''))}` : slugify(name);
    for (let i = 2; used.has(id); i++) id = `${id.replace(/-\d+$/, '')}-${i}`;
    used.add(id);
    for (const m of c.members) byQuote.set(m.key, id);
    people.push(personEntry(id, name, c, sourceOrder));
  }
  people.sort((a, b) => cmp(a.id, b.id));
  for (const q of quotes) if (!byQuote.has(q.key)) byQuote.set(q.key, null);
  return { people, byQuote };
}
