/**
 * The source of a cue: the noun phrase that is its subject ("two people familiar with the
 * decision said"), after it ("…, said the official"; "according to Reuters"), or, for a
 * participle ("…, adding"), the subject of the clause it hangs on. Clause structure comes from
 * wink-nlp's part-of-speech tags, not from word lists about any article.
 */
import type { Token } from './attributions-tokens.ts';

export type Range = [number, number]; // token indices, inclusive

const NP_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);
/** Words that join two parts of one noun phrase: "a spokesman for the campaign", "head of state". */
const NP_LINKS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', '’s', "'s", '-', '&', 'and']);
/** Between a subject and its verb: "has", "also", "would not", "then". */
const SKIP_POS = new Set(['ADV', 'AUX', 'PART']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const ARTICLES = new Set(['the', 'a', 'an', 'no', 'every', 'each']);
/** Marks that close a quotation (a doubled '' is two tokens; the second is the one before the cue). */
const CLOSING = new Set(['”', '"', "'", '’', '»']);
/** Verbs whose next noun phrase is the one addressed, never the speaker: "told reporters". */
const OBJECT_VERBS = new Set(['tell', 'ask', 'inform', 'assure', 'urge', 'warn', 'brief', 'remind', 'call']);

/** "officials cited by the newspaper": the source is whoever relays them. */
function relayed(ts: readonly Token[], agent: Range): Range {
  const v = ts[agent[1] + 1];
  if (v && /^(?:cited|quoted|interviewed)$/.test(v.lower) && ts[agent[1] + 2]?.lower === 'by') return npStartingAt(ts, agent[1] + 3) ?? agent;
  return agent;
}

function isNp(t: Token | undefined): boolean {
  return !!t && (NP_POS.has(t.pos) || t.text === '’s' || t.text === "'s") && !RELATIVE.has(t.lower) && t.lower !== 'that';
}

/** The noun phrase ending at token `end` (inclusive), walking left; null when there is none. */
export function npEndingAt(ts: readonly Token[], end: number): Range | null {
  if (ts[end] && RELATIVE.has(ts[end]!.lower)) return [end, end]; // "…, who said": the relative is the subject
  if (ts[end]?.text === ')') {
    // "Rep. Jane Doe (D-Ore.) said": step over the parenthesis
    let k = end;
    while (k > 0 && end - k < 8 && ts[k]!.text !== '(') k--;
    if (ts[k]?.text === '(' && k > 0) {
      const np = npEndingAt(ts, k - 1);
      return np ? [np[0], end] : null;
    }
  }
  if (!isNp(ts[end])) return null;
  // "Some chanted", "Many believe": a determiner standing alone is the subject; "the" or "a" never is
  if (ts[end]!.pos === 'DET') return ARTICLES.has(ts[end]!.lower) || isNp(ts[end - 1]) ? null : [end, end];
  if (ts[end]!.pos === 'ADJ') return null; // an adjective alone ("many") is a predicate, not a subject
  let i = end;
  while (i - 1 >= 0) {
    const p = ts[i - 1]!;
    if (isNp(p)) { i--; continue; }
    if (NP_LINKS.has(p.lower) && isNp(ts[i - 2]) && ts[i - 2]!.pos !== 'PRON') { i -= 2; continue; }
    // "people close to the Kremlin", "aides loyal to him"
    if (p.lower === 'to' && (ts[i - 2]?.pos === 'ADJ' || ts[i - 2]?.pos === 'ADV') && isNp(ts[i - 3])) { i -= 3; continue; }
    // "an assessment shared with the newspaper": a participle modifying the noun before it
    if (p.pos === 'ADP' && ts[i - 2]?.pos === 'VERB' && /ed$/.test(ts[i - 2]!.lower) && isNp(ts[i - 3]) && ts[i - 3]!.pos !== 'PRON') { i -= 3; continue; }
    break;
  }
  return [i, end];
}

/** The noun phrase starting at token `start`, walking right; null when there is none. */
export function npStartingAt(ts: readonly Token[], start: number): Range | null {
  if (!isNp(ts[start])) return null;
  let j = start;
  while (j + 1 < ts.length) {
    const n = ts[j + 1]!;
    if (isNp(n)) { j++; continue; }
    if (NP_LINKS.has(n.lower) && n.lower !== 'and' && isNp(ts[j + 2])) { j += 2; continue; }
    break;
  }
  const hasHead = ts.slice(start, j + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  return hasHead ? [start, j] : null;
}

/** "X, a spokesman for Y," or "X, who …," just before the verb: the phrase before the first comma. */
function beforeAppositive(ts: readonly Token[], comma: number): Range | null {
  for (let k = comma - 1; k >= 0 && comma - k <= 25; k--) {
    const t = ts[k]!;
    if (t.pos === 'PUNCT' && t.text !== ',' && !/^[-‐–().’']$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    const np = npEndingAt(ts, k - 1);
    const inner = ts[k + 1]!;
    // "And a third, Jane Doe, said" (the tagger's "third" is an adjective): the name between the commas
    if (!np) return inner.pos === 'PROPN' && npStartingAt(ts, k + 1)?.[1] === comma - 1 ? [k + 1, comma - 1] : null;
    const apposition = RELATIVE.has(inner.lower) || (inner.pos === 'VERB' && inner.lower.endsWith('ing')) || inner.pos === 'DET' || inner.pos === 'NOUN' || inner.pos === 'ADJ' || inner.pos === 'PROPN' || inner.pos === 'NUM' || POSSESSIVE.has(inner.lower);
    // "Jane Doe, for example, said": a short aside is no part of the subject
    // ("Jane Doe, in a letter to the board, said": a prepositional aside may be longer)
    const aside = (comma - k <= 4 && (inner.pos === 'ADV' || inner.pos === 'CCONJ')) || (comma - k <= 12 && inner.pos === 'ADP');
    if (aside) return withRelative(ts, np);
    if (!apposition) return null;
    // "Her father, Tom, 39, said": appositions in a row hang on the first noun phrase, when it opens
    // the sentence (else it may end a clause before: "…, Tom Doe, a lawyer, said")
    const outer = ts[np[0] - 1]?.text === ',' && np[0] > 1 ? (beforeAppositive(ts, np[0] - 1) ?? npEndingAt(ts, np[0] - 2)) : null;
    return [outer?.[0] === 0 ? 0 : np[0], comma - 1];
  }
  return null;
}

/** The subject to the left of a verb cue at token `c`. */
export function subjectBefore(ts: readonly Token[], c: number): Range | null {
  let k = c - 1;
  while (k >= 0 && SKIP_POS.has(ts[k]!.pos) && !(ts[k]!.text === '’s' || ts[k]!.text === "'s")) k--;
  if (k < 0) return null;
  // "X went on to say", "X tried to explain": the subject of the verb the cue hangs on
  if (ts[k]!.pos === 'VERB' && (ts[k + 1]!.lower === 'to' || ts[k + 1]!.lower === 'on')) return subjectBefore(ts, k);
  // "Officials, however, believe": step over a one-word aside
  if (ts[k]!.text === ',' && (ts[k - 1]?.pos === 'ADV' || ts[k - 1]?.pos === 'SCONJ') && ts[k - 2]?.text === ',') k -= 3;
  if (k < 0) return null;
  if (ts[k]!.text === ',') return beforeAppositive(ts, k);
  // "Jane Doe — a teacher from Ohio — says": the subject and the aside between dashes
  if (DASH.has(ts[k]!.text)) {
    for (let d = k - 2; d > 0 && k - d <= 25; d--) {
      if (!DASH.has(ts[d]!.text)) continue;
      const np = npEndingAt(ts, d - 1);
      return np ? [np[0], k - 1] : null;
    }
    return null;
  }
  // "those surveyed say", "voters polled believe": a noun phrase with a participle after it
  if (ts[k]!.pos === 'VERB' && /(?:ed|en)$/.test(ts[k]!.lower) && k > 0 && isNp(ts[k - 1])) {
    const np = npEndingAt(ts, k - 1);
    return np ? [np[0], k] : null;
  }
  // "Jane Doe on Monday said": a day between the subject and its verb is when, not who
  // ("Jane Doe earlier Tuesday said", "… on Monday said")
  if (DAY.test(ts[k]!.lower) && k > 1 && (ts[k - 1]!.pos === 'ADP' || ts[k - 1]!.pos === 'ADV')) return subjectBefore(ts, k - 1);
  const np = npEndingAt(ts, k);
  // "X, Y and Z have all said": the quantifier floats after the subject it counts
  if (np && np[0] === np[1] && FLOATING.has(ts[k]!.lower)) {
    let j = k - 1;
    while (j >= 0 && SKIP_POS.has(ts[j]!.pos)) j--;
    const before = j < 0 ? null : ts[j]!.text === ',' ? beforeAppositive(ts, j) : npEndingAt(ts, j);
    if (before) return [before[0], k];
  }
  return withRelative(ts, np);
}

const FLOATING = new Set(['all', 'both', 'each']);
const POSSESSIVE = new Set(['its', 'his', 'her', 'their', 'our']);
const DASH = new Set(['—', '–', '--']);
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/**
 * "Officials who had doubted the plan have said": the noun phrase before the verb closes a
 * relative clause; the subject is the noun the clause hangs on, with the clause.
 */
function withRelative(ts: readonly Token[], np: Range | null): Range | null {
  if (!np) return null;
  for (let k = np[0] - 1; k > 0 && np[0] - k <= 20; k--) {
    const t = ts[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return np;
    if (t.lower !== 'who' && t.lower !== 'whom') continue;
    const head = npEndingAt(ts, k - 1);
    return head ? [head[0], np[1]] : np;
  }
  return np;
}

const BE = /^(?:is|was|were|are|been|be|being)$/; // not "'s": "he's predicted" is active
const RAISING = new Set(['seem', 'appear']);

/** A passive participle ("is expected", "was widely seen") with no "by" agent after it. */
function agentless(ts: readonly Token[], [c, e]: Range): boolean {
  return ts[e + 1]?.lower !== 'by' && beBefore(ts, [c, e]);
}

/** A participle ending the cue with a be-form inside it or just before it ("was named", "is widely expected"). */
function beBefore(ts: readonly Token[], [c, e]: Range): boolean {
  const last = ts[e]!;
  if (last.pos !== 'VERB' || !/(?:ed|en|wn)$/.test(last.lower)) return false;
  // the be-form: inside the cue ("is expected") or just before it, adverbs between and nothing else
  let k = e - 1;
  while (k >= 0 && k >= c - 3 && (ts[k]!.pos === 'ADV' || ts[k]!.pos === 'PART')) k--;
  return k >= 0 && k >= c - 1 && k <= c && BE.test(ts[k]!.lower) && ts[k]!.pos === 'AUX';
}

/** "… and also warned": a conjunction before the cue, adverbs and auxiliaries between. */
function afterConjunction(ts: readonly Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && SKIP_POS.has(ts[k]!.pos)) k--;
  return ts[k]?.pos === 'CCONJ';
}

/** Whether only punctuation follows the phrase. */
function closesSentence(ts: readonly Token[], r: Range): boolean {
  return ts.slice(r[1] + 1).every((t) => t.pos === 'PUNCT');
}

/** Which side of the cue the source is on, and where: the grammatical reading of the cue. */
export function findSource(ts: readonly Token[], cue: Range, earlier: readonly Range[]): Range | null {
  const [c, e] = cue;
  const head = ts[c]!;
  // "citing" is said by whoever cites ("…, the paper wrote, citing officials"): a participle like the rest
  if (head.lower === 'according' || head.lower === 'per') {
    const from = ts[e + 1]?.lower === 'to' ? e + 2 : e + 1;
    return npStartingAt(ts, from) ?? phraseAfter(ts, from);
  }
  const prev = ts[c - 1];
  const afterContent = !prev || prev.text === ',' || CLOSING.has(prev.text);
  const participle = head.lower.endsWith('ing') && (head.pos === 'VERB' || head.pos === 'NOUN');
  // "Noting that …, Jane Doe argued": a participle opening the sentence is said by the main clause's subject
  if (participle && c === 0) return mainSubjectAfter(ts, e);
  // a participle hanging on a clause: "…, arguing that …", "… by telling them …", "… while insisting …"
  // is said by that clause's subject
  if (participle && (prev?.text === ',' || (c > 1 && (prev?.pos === 'ADP' || prev?.pos === 'SCONJ')))) {
    const s = earlier[earlier.length - 1] ?? subjectOfClause(ts, c);
    if (s) return s;
  }
  // passive: "was first reported by the newspaper"
  // (the cue may start with an adverb: "…, first reported by …")
  const last = ts[e]!;
  // ("Asked by the host whether …, she said": a participle opening the sentence)
  const passive = (prev && BE.test(prev.lower)) || (c === 0 && /ed$/.test(last.lower)) || (last.pos === 'VERB' && /ed$/.test(last.lower) && prev?.text === ',') || beBefore(ts, cue);
  // ("an option seen by organizers": a participle names its agent too; a noun seldom does in a way that
  // credits the sentence: "after months of pleas by the president to …")
  const byAgent = passive || (last.pos === 'VERB' && /(?:ed|en|wn)$/.test(last.lower));
  if (byAgent && ts[e + 1]?.lower === 'by') {
    const agent = npStartingAt(ts, e + 2);
    if (agent) return relayed(ts, agent);
  }
  // "X is expected to …", "X was considered …": a passive with no agent credits nobody (its subject is
  // what is said); so do "X seems …", "X appears to …" (raising verbs: whoever judges is not named)
  if (agentless(ts, cue) || RAISING.has(head.lemma)) return null;
  // "X stepped in to defend …", "X is the first to confirm …": an infinitive's speaker is the clause's subject
  if (prev?.lower === 'to' && prev.pos === 'PART' && ts[c - 2] && ts[c - 2]!.pos !== 'VERB' && ts[c - 2]!.pos !== 'AUX') {
    const s = subjectOfClause(ts, c - 1);
    if (s) return s;
  }
  // "Doe's latest assertion", "her blunt warning": a noun cue is said by its owner
  const owner = head.pos === 'NOUN' ? possessor(ts, c) : null;
  if (owner) return owner;
  const left = subjectBefore(ts, c);
  const right = withTail(ts, npStartingAt(ts, e + 1));
  // "…, Jane Doe, a spokeswoman, said": a subject with an apposition wins over what follows, unless
  // what follows is a name running to the sentence's end and the words before do not open the
  // sentence ("…, whom he had angered, said Jane Doe, a spokeswoman.")
  const inverted0 = left && right && left[0] > 0 && ts[e]!.pos === 'VERB' && closesSentence(ts, right) && !DAY.test(ts[right[1]]!.lower);
  if (left && prev?.text === ',' && !inverted0) return left;
  // "…,” said the official." / "…, says Smith.": verb then subject, nothing else after it
  // (or opening a sentence in lower case: "…?” / asked the official." split after the question)
  const opening = ts.slice(0, c).every((t) => CLOSING.has(t.text));
  const inverted = c > 1 || (opening && head.pos === 'VERB' && /^\p{Ll}/u.test(head.text));
  // ("“…?” asked the official": after a quotation even "asked" names its speaker, not whom it asked)
  if (afterContent && right && inverted && (!OBJECT_VERBS.has(head.lemma) || CLOSING.has(prev?.text ?? '')) && (right[1] + 1 >= ts.length || ts[right[1] + 1]!.pos === 'PUNCT')) {
    if (head.lower.endsWith('ing')) return earlier[earlier.length - 1] ?? left ?? subjectOfClause(ts, c);
    return right;
  }
  if (left) return left;
  // a participle or a second verb of one subject: "…, adding that …", "and warned that …", "but did note …"
  if ((head.pos === 'VERB' || head.pos === 'AUX') && (afterContent || afterConjunction(ts, c))) return earlier[earlier.length - 1] ?? subjectOfClause(ts, c);
  return null;
}

/** The possessive before a noun cue, over up to three modifiers ("Doe's recent, evidence-free claim"). */
function possessor(ts: readonly Token[], c: number): Range | null {
  let k = c - 1;
  while (k >= 0 && c - k <= 3 && (ts[k]!.pos === 'ADJ' || ts[k]!.pos === 'ADV' || (ts[k]!.pos === 'NOUN' && k < c - 1) || ts[k]!.text === '-')) k--;
  if (k === c - 1) return null; // a possessive right before the cue: subjectBefore reads it already
  const t = ts[k];
  if (!t) return null;
  if (POSSESSIVE.has(t.lower)) return [k, k];
  return t.text === '’s' || t.text === "'s" ? npEndingAt(ts, k) : null;
}

/**
 * A subject after its verb, with what describes it to the sentence end: "said Jane Doe, a
 * spokeswoman for the council." or "wrote a reader who runs the account." (the whole is the source).
 */
function withTail(ts: readonly Token[], np: Range | null): Range | null {
  if (!np) return null;
  const next = ts[np[1] + 1];
  const apposition = next?.text === ',' && (isNp(ts[np[1] + 2]) || RELATIVE.has(ts[np[1] + 2]?.lower ?? ''));
  if (!next || !(apposition || RELATIVE.has(next.lower))) return np;
  let j = ts.length - 1;
  while (j > np[1] && ts[j]!.pos === 'PUNCT') j--;
  const tail = ts.slice(np[1] + 1, j + 1);
  // a quotation or another clause after it is not part of the subject
  if (tail.some((t) => t.text === '“' || t.text === '"' || t.text === ';' || t.text === ':') || tail.length > 20) return np;
  return [np[0], j];
}

/** The subject of the main clause after a fronted participle's clause (after its first comma). */
function mainSubjectAfter(ts: readonly Token[], e: number): Range | null {
  for (let k = e + 1; k < ts.length - 1; k++) {
    if (ts[k]!.text !== ',') continue;
    const np = npStartingAt(ts, k + 1);
    if (!np) continue;
    let v = np[1] + 1;
    while (v < ts.length && SKIP_POS.has(ts[v]!.pos)) v++;
    if (ts[v]?.pos === 'VERB') return np;
  }
  return null;
}

/** The words after `start` up to the next comma or the sentence end ("according to exit polls"). */
function phraseAfter(ts: readonly Token[], start: number): Range | null {
  let j = start;
  while (j < ts.length && ts[j]!.pos !== 'PUNCT' && j - start < 12) j++;
  return j > start ? [start, j - 1] : null;
}

/** The first noun phrase of the clause before `c` that is followed by a verb: its subject. */
function subjectOfClause(ts: readonly Token[], c: number): Range | null {
  for (let i = 0; i < c; i++) {
    if (!isNp(ts[i])) {
      if (ts[i]!.text === '“' || ts[i]!.text === '"') return null; // the clause is a quotation
      continue;
    }
    const np = npStartingAt(ts, i);
    if (!np) continue;
    let k = np[1] + 1;
    while (k < c && SKIP_POS.has(ts[k]!.pos)) k++;
    if (ts[k]?.pos === 'VERB') return np;
    i = np[1];
  }
  return null;
}
