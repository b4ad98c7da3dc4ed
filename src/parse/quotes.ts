/**
 * Direct quotations: spans between double quotation marks (curly, straight, guillemets), kind,
 * and speaker resolution across sentences (continuations, pronouns, "the official", groups).
 * Embedded social-media posts become quotes of kind 'post' by the footer's author.
 */
import type { Block, ExtractedQuote, Sentence } from '../schema/index.ts';
import { quotationRanges } from './sentences.ts';
import { attribute, splitName, type Attribution } from './speakers.ts';
import { isSpace, urlSpans } from './text.ts';

/** Words that introduce a name or a gloss, not speech: pronounced “zy-lo-fen”, so-called “…”. */
const NON_SPEECH_BEFORE =
  /\b(?:pronounced|spelled|spelt|dubbed|nicknamed|titled|entitled|so-called|called|named|known as|code-?named|labell?ed|branded|hashtag|the word|the term|the phrase)\s*$/i;

const TITLE_BEFORE_NAME =
  /\b(?:President|President-elect|Prime Minister|Minister|minister|Secretary|secretary|Chancellor|leader|spokesman|spokeswoman|spokesperson|Senator|Sen\.|Gen\.|General|Ambassador|ambassador|Chairman|chairman|adviser|advisor|Governor|Mayor|Director|director|analyst|expert|official|King|Pope)\s+((?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+\s+){0,2}[A-Z\u00C0-\u00DE][\p{L}’'\-]+)/gu;

/** Words that may qualify an office before it ("former", "foreign", "deputy"): general English. */
const OFFICE_MODIFIERS = new Set(['former', 'foreign', 'defence', 'defense', 'interior', 'finance', 'top', 'senior', 'deputy', 'first', 'vice', 'state', 'prime', 'acting', 'chief', 'military', 'security', 'policy']);
/** Capitalised words that open a sentence or clause and never qualify an office. */
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'When', 'While', 'As', 'After', 'Before', 'If', 'So', 'Yet', 'Then', 'Meanwhile', 'However', 'By', 'From', 'With', 'For', 'Of', 'To', 'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'said', 'says', 'told']);

/**
 * The role a mention gives a person: the office word that precedes the name and the modifiers
 * before it, as written ("Ukrainian President", "Poland’s foreign minister", "former defence
 * minister"). Lowercase words count as modifiers when they are known office qualifiers, or when
 * (at most three of them) sit between the office and a capitalised word such as a country's name.
 */
function roleBefore(st: string, officeStart: number, officeEnd: number): string {
  const tokens = [...st.slice(0, officeStart).matchAll(/\S+/g)];
  const capitalised = (t: string) => /^[A-Z\u00C0-\u00DE][\p{L}’'.\-]*$/u.test(t) && !NOT_MODIFIERS.has(t);
  const lowercase = (t: string) => /^[a-z][a-z\-]*$/.test(t);
  let start = officeStart;
  let k = tokens.length - 1;
  const adjacent = (i: number, to: number) => st.slice(tokens[i]!.index + tokens[i]![0].length, to).trim() === '';
  while (k >= 0 && adjacent(k, start)) {
    const t = tokens[k]![0];
    if (capitalised(t) || OFFICE_MODIFIERS.has(t)) {
      start = tokens[k]!.index;
      k--;
      continue;
    }
    // a short run of lowercase words anchored by a capitalised word before it
    let j = k;
    while (j >= 0 && k - j < 3 && lowercase(tokens[j]![0]) && !NOT_MODIFIERS.has(tokens[j]![0]) && (j === k || adjacent(j, tokens[j + 1]!.index))) j--;
    if (j >= 0 && j < k && capitalised(tokens[j]![0]) && adjacent(j, tokens[j + 1]!.index)) {
      start = tokens[j]!.index;
      k = j - 1;
      continue;
    }
    break;
  }
  return st.slice(start, officeEnd).replace(/\s+/g, ' ');
}

/** "one of the president’s closest advisers, Jane Doe, said …": a role in apposition before a name. */
const ROLE_THEN_NAME =
  /\b((?:one of|an?|the)\s[^,.;“”"]{2,60}?\b(?:advis[eo]rs?|spokes(?:man|woman|person)|officials?|ministers?|secretary|ambassador|leaders?|chief|director|analysts?|experts?|fellow|lawmakers?|senators?|commanders?|diplomats?)),\s+((?:[A-Z\u00C0-\u00DE][\p{L}’'\-]+\s+){1,2}[A-Z\u00C0-\u00DE][\p{L}’'\-]+),/gu;

interface Person {
  name: string;
  role: string | null;
  pos: number;
}

function surname(name: string): string {
  const parts = name.split(/\s+/);
  return parts[parts.length - 1]!; // split() always returns at least one element
}

export function extractQuotes(text: string, blocks: readonly Block[], sentences: readonly Sentence[]): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  const people: Person[] = [];
  const registry = new Map<string, Person>(); // surname → fullest mention
  const register = (name: string, role: string | null, pos: number) => {
    const p = { name, role, pos };
    people.push(p);
    const key = surname(name);
    const old = registry.get(key);
    if (!old || (name.split(' ').length > old.name.split(' ').length) || (!old.role && role)) {
      registry.set(key, { name: old && old.name.split(' ').length > name.split(' ').length ? old.name : name, role: old?.role ?? role, pos });
    }
  };
  const expand = (name: string): string => {
    if (name.includes(' ')) return name;
    return registry.get(name)?.name ?? name;
  };
  const doubleMarks = /["“”«»„]/.test(text);
  let lastSpeaker: ExtractedQuote | null = null;
  let lastGroup: ExtractedQuote | null = null;
  let lastAnonMention: string | null = null;
  let prevSentenceQuote: ExtractedQuote | null = null;
  let prevSubject: string | null = null;
  let carryOpen = false; // a quotation left open at the end of the previous paragraph

  const sentencesByBlock = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const arr = sentencesByBlock.get(s.block) ?? [];
    arr.push(s);
    sentencesByBlock.set(s.block, arr);
  }

  for (const block of blocks) {
    const bs = sentencesByBlock.get(block.index) ?? [];
    if (block.kind === 'post') {
      // the whole post, minus trailing links
      let end = block.end;
      const urls = urlSpans(block.text);
      for (;;) {
        while (end > block.start && isSpace(text[end - 1])) end--;
        const u = urls.find((x) => block.start + x.end === end);
        if (!u) break;
        end = block.start + u.start;
      }
      const firstSentence = bs[0];
      if (end > block.start && firstSentence) {
        quotes.push({
          text: text.slice(block.start, end), start: block.start, end, kind: 'post', speaker: block.author,
          role: block.handle, anonymous: false, verb: null, context: null, sentence: firstSentence.index,
        });
        if (block.author) register(block.author, null, block.start);
      }
      continue;
    }
    if (block.kind === 'caption' || block.kind === 'post-footer' || block.kind === 'contributors') continue;
    for (const s of bs) {
      const st = s.text;
      // person mentions with a title (for pronoun and surname resolution)
      TITLE_BEFORE_NAME.lastIndex = 0;
      for (let m = TITLE_BEFORE_NAME.exec(st); m; m = TITLE_BEFORE_NAME.exec(st)) {
        const { name } = splitName(m[1]!); // group 1 is not optional
        const officeEnd = m.index + m[0].length - m[1]!.length;
        if (name && name.includes(' ')) register(name, roleBefore(st, m.index, officeEnd).trim(), s.start + m.index);
      }
      ROLE_THEN_NAME.lastIndex = 0;
      for (let m = ROLE_THEN_NAME.exec(st); m; m = ROLE_THEN_NAME.exec(st)) {
        const { name } = splitName(m[2]!); // both groups are not optional
        if (name && name.includes(' ')) register(name, m[1]!.replace(/\s+/g, ' ').replace(/^(?:an?|the)\s+/i, ''), s.start + m.index);
      }
      const anon = /\b(?:one|a|an|another|a second|a third|two|three|several)\s+(?:[\w.’'-]+\s+){0,3}?(?:officials?|sources?|diplomats?|aides?)\b(?=[^.]*\b(?:said|says|told)\b)/i.exec(st);
      if (anon) lastAnonMention = anon[0];
      const ranges = doubleMarks ? quotationRanges(st) : singleRanges(st);
      const found: { q: ExtractedQuote; attr: Attribution | null; open: number; close: number }[] = [];
      for (const [k, r] of ranges.entries()) {
        const closed = r.end <= st.length && /["”»]/.test(st[r.end - 1] ?? '') && r.end - r.start > 1 || (!doubleMarks && st[r.end - 1] === '’');
        let a = r.start + 1;
        let b = closed ? r.end - 1 : r.end;
        while (b > a && isSpace(st[b - 1])) b--;
        while (a < b && isSpace(st[a])) a++;
        if (b <= a) continue;
        if (NON_SPEECH_BEFORE.test(st.slice(0, r.start))) continue;
        const inner = st.slice(a, b);
        const prevEnd = ranges[k - 1]?.end ?? 0;
        const nextStart = ranges[k + 1]?.start ?? st.length;
        const attr = attribute(st, r.start, r.end, prevEnd, nextStart);
        const pre = st.slice(prevEnd, r.start);
        const atStart = /^[\s(—–-]*$/.test(st.slice(0, r.start));
        const afterColon = /[:]\s*$/.test(pre);
        const capital = /^[A-Z\u00C0-\u00DE0-9‘'"]/.test(inner);
        const full = atStart || (capital && /[,:—–-]\s*$/.test(pre)) || (k > 0 && found.at(-1)?.q.kind === 'full' && /,\s*$/.test(pre)) || afterColon;
        // a short fragment with no attribution anywhere is a scare quote, not speech
        if (!full && !attr && inner.split(/\s+/).length <= 3 && !found.some((f) => f.attr)) {
          const sentenceHasVerb = /\b(?:said|says|told|called|described|noted|wrote|warned)\b/.test(st);
          if (!sentenceHasVerb) continue;
        }
        found.push({
          q: { text: text.slice(s.start + a, s.start + b), start: s.start + a, end: s.start + b, kind: full ? 'full' : 'partial', speaker: null, role: null, anonymous: false, verb: null, context: null, sentence: s.index },
          attr, open: r.start, close: r.end,
        });
      }
      // quotes split by their attribution share it
      for (const [k, f] of found.entries()) {
        if (f.attr) continue;
        const other = found[k - 1]?.attr ?? found[k + 1]?.attr ?? null;
        if (other) f.attr = other;
      }
      for (const f of found) {
        resolve(f.q, f.attr);
        quotes.push(f.q);
        if (f.q.speaker) {
          lastSpeaker = f.q;
          if (!f.q.anonymous && f.q.speaker.includes(' ') && /^[A-Z]/.test(f.q.speaker)) register(f.q.speaker, f.q.role, f.q.start);
        }
      }
      prevSentenceQuote = found.at(-1)?.q ?? null;
      prevSubject = subjectOf(st);
      const lastRange = ranges.at(-1);
      carryOpen = lastRange !== undefined && !/["”»]/.test(st[lastRange.end - 1] ?? '');
    }
  }
  return quotes;

  function subjectOf(st: string): string | null {
    const t = st.replace(/^(?:But|And|Yet|So|However|Meanwhile|Still|Then)\b,?\s+/, '');
    const m = /^((?:[A-Z\u00C0-\u00DE][\p{L}’'.\-]*\s+){0,5}[A-Z\u00C0-\u00DE][\p{L}’'\-]*)\s+(?:[a-z]|,)/u.exec(t);
    if (!m) return null;
    const { name } = splitName(m[1]!); // group 1 is not optional
    if (!name) return null;
    if (name.includes(' ') || registry.has(name)) return expand(name);
    return null;
  }

  function resolve(q: ExtractedQuote, a: Attribution | null): void {
    const inherit = (src: ExtractedQuote | null) => {
      if (!src) return;
      q.speaker = src.speaker;
      q.anonymous = src.anonymous;
      q.role = src.role;
    };
    if (!a) {
      // continuation: the previous quotation's speaker
      inherit(lastSpeaker ?? null);
      if (!lastSpeaker && prevSubject) q.speaker = prevSubject;
      return;
    }
    q.verb = a.verb;
    q.context = a.context;
    if (a.pronoun) {
      if (prevSentenceQuote?.speaker) inherit(prevSentenceQuote);
      else if (prevSubject) {
        q.speaker = prevSubject;
        q.role = registry.get(surname(prevSubject))?.role ?? null;
      } else inherit(lastSpeaker);
      return;
    }
    if (a.group > 1) {
      if (lastGroup && lastGroup.speaker && lastGroup.speaker.split(/,| and /).length === a.group) {
        inherit(lastGroup);
        return;
      }
      // the N people named in the nearest earlier sentence that names N
      let names: string[] = [];
      for (let k = q.sentence - 1; k >= Math.max(0, q.sentence - 3) && names.length < a.group; k--) {
        const prev = sentences[k];
        if (!prev) continue; // `sentences` is indexed by Sentence.index, so k (< q.sentence) is in range
        const st = prev.text;
        const hits: { pos: number; name: string }[] = [];
        for (const [key, p] of registry) {
          const i = st.search(new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
          if (i >= 0) hits.push({ pos: i, name: p.name });
        }
        hits.sort((x, y) => x.pos - y.pos);
        names = [...new Set(hits.map((h) => h.name))];
      }
      if (names.length >= a.group) {
        names = names.slice(0, a.group);
        q.speaker = names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1]!; // names.length >= a.group > 1
        q.role = a.speaker;
        lastGroup = q;
        return;
      }
    }
    if (a.definite && a.anonymous) {
      const prevAnon = lastSpeaker?.anonymous ? lastSpeaker.speaker : null;
      q.speaker = prevAnon ?? lastAnonMention ?? a.speaker;
      q.anonymous = true;
      q.role = a.role;
      return;
    }
    q.speaker = a.speaker ? (a.anonymous ? a.speaker : expand(a.speaker)) : null;
    q.anonymous = a.anonymous;
    q.role = a.role ?? (q.speaker && !a.anonymous ? registry.get(surname(q.speaker))?.role ?? null : null);
  }
}

/** Single-quote quotations ‘…’ for texts that use no double marks at all (British style). */
function singleRanges(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(^|[\s(—–-])[‘']([^‘’']*?[^\s‘’'])[’'](?![\p{L}])/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[1]!.length; // group 1 is not optional (may be empty)
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}
