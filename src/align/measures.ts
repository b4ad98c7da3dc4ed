/**
 * Grouping figures that measure the same thing across outlets, and judging whether they agree.
 *
 * Grouping: figures are blocked by the kind of quantity (length, area, troops, duration, …, from
 * the normalised unit). Within a kind, two figures from different articles measure the same thing
 * when what they count is described alike: the Jaccard overlap of the stemmed words naming the
 * counted thing (the figure's own words, e.g. "North Korean troops", and the parser's `measures`)
 * and of the sentence around it, weighted 0.6 / 0.4, reaches `MEASURE.link`. The most similar groups
 * merge first (average link, groupKind), so "50,000 troops" and "10,000 North Korean soldiers" in one
 * sentence stay apart.
 *
 * What is compared: only groups that measure something the story reports — a member's sentence
 * was given a claim whose `measures` hints (content/claims.yaml) name the group's kind (`reported`).
 * Other figures (incidental counts, background numbers) belong to no measure.
 *
 * Verdict (arithmetic.ts): each value becomes an interval: its value ± the rounding its written
 * precision allows (half a unit of its last significant digit, at least 1% and at most 5%),
 * widened to ±5% for "about/some/around/an estimated", open-ended for "more than/at least", and
 * bounded above for "up to/at most" only as a limit. The group is consistent when all intervals
 * share a point — 190 miles = 305.8 km and "up to 300 km" agree — and discrepant otherwise.
 * Figures written in one unit are compared in it; only mixed units are converted (normalised).
 */
import type { ExtractedFigure, MeasureEntry } from '../schema/index.ts';
import type { FigureId } from '../schema/ids.ts';
import { contentStems } from '../lexicon/tokens.ts';
import { foldTroops, foldUnitWord, kindCovered, quantityKind } from '../lexicon/quantity.ts';
import { nameSpans, slugify, cmp } from './text.ts';
import { verdictOf } from './arithmetic.ts';
import { averageLink } from '../util/average-link.ts';

export const MEASURE = { link: 0.3 } as const;

export interface FigureInfo {
  id: FigureId;
  source: string;
  figure: ExtractedFigure;
  sentence: string;
  /**
   * The kinds of figure (storyKinds) the claims given this figure's sentence are about, from the
   * registry's `measures` hints: a figure measures something the story reports when its own kind
   * is among them.
   */
  claimKinds: ReadonlySet<string>;
}

function descriptor(fi: FigureInfo): Set<string> {
  const f = fi.figure;
  // (The scale suffix only as a whole word: "190 miles" keeps "miles".)
  const own = f.text.replace(/[0-9][0-9.,]*\s*(mn|bn|m|k)?\b/gi, ' ');
  // Nouns for the same counted thing are one word here ("troops", "soldiers", "forces"), and so are
  // units of one kind: outlets write one span in months or weeks, one distance in km or miles.
  return new Set(contentStems(`${own} ${f.measures ?? ''}`).map((t) => foldUnitWord(foldTroops(t))));
}
function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 0;
  let i = 0;
  for (const t of a) if (b.has(t)) i++;
  return i / (a.size + b.size - i);
}

/** Figures by quantity kind (figures of no comparable kind left out), kinds in code-unit order. */
function byKind(figs: FigureInfo[]): [string, FigureInfo[]][] {
  const out = new Map<string, FigureInfo[]>();
  for (const f of figs) {
    const k = quantityKind(f.figure);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return [...out.entries()].sort((a, b) => cmp(a[0], b[0]));
}

/**
 * Two figures of one article are two measures unless they restate one value (300 km, or 190
 * miles): a report does not give two values for one thing, so "8,000 sent abroad" and "5,000 at
 * the front" in one article are different scopes, not a contradiction. (10%: beyond rounding.)
 */
function clashes(a: FigureInfo, b: FigureInfo): boolean {
  const x = a.figure.normalized.value!;
  const y = b.figure.normalized.value!;
  return a.source === b.source && Math.abs(x - y) / Math.max(x, y) > 0.1;
}

/**
 * Figures of one kind grouped by what they describe: average-link agglomerative clustering — the two
 * most similar groups merge first, while their average similarity reaches MEASURE.link and they hold
 * no two clashing values of one article. Most similar first, so a near-identical pair ("300 km" and
 * "300 kilometres" of the ATACMS range) is settled before a loosely similar figure (a 75 km range of
 * another weapon) can take its place; the result does not depend on the order figures come in.
 */
function groupKind(list: FigureInfo[]): FigureInfo[][] {
  const desc = list.map(descriptor);
  const ctx = list.map((f) => new Set(contentStems(f.sentence)));
  // What the figure's own words describe counts more than the sentence around it.
  const sim = (i: number, j: number) => 0.6 * jaccard(desc[i]!, desc[j]!) + 0.4 * jaccard(ctx[i]!, ctx[j]!);
  const groups = averageLink(list.length, sim, (i, j) => clashes(list[i]!, list[j]!), MEASURE.link);
  return groups.map((g) => g.map((i) => list[i]!));
}

/**
 * Whether a group measures something the story reports: some member's sentence was given a claim
 * whose `measures` hints name the group's kind (the ATACMS range in a sentence about the range;
 * not "two countries" in a quotation, nor the length of the war in a sentence about something else).
 * An editor decides what is compared by naming kinds of figure in content/claims.yaml.
 */
function reported(kind: string, members: FigureInfo[]): boolean {
  return members.some((m) => kindCovered(kind, m.claimKinds));
}

export function buildMeasures(figs: FigureInfo[], sourceOrder: string[]): { measures: MeasureEntry[]; byFigure: Map<FigureId, string> } {
  // How many figures' sentences name each place or body: a label prefers the specific ones.
  const nameDf = new Map<string, number>();
  for (const f of figs) for (const n of new Set(nameSpans(f.sentence))) nameDf.set(n, (nameDf.get(n) ?? 0) + 1);
  const groups = byKind(figs)
    .flatMap(([kind, list]) => groupKind(list).map((members) => ({ kind, members })))
    .filter((g) => reported(g.kind, g.members));
  const used = new Set<string>();
  const measures: MeasureEntry[] = [];
  const byFigure = new Map<FigureId, string>();
  const order = (s: string) => sourceOrder.indexOf(s);
  for (const g of groups) {
    g.members.sort((a, b) => order(a.source) - order(b.source) || cmp(a.id, b.id));
    const label = labelOf(g.members, g.kind, nameDf);
    let id = slugify(label);
    for (let i = 2; used.has(id); i++) id = `${slugify(label)}-${i}`;
    used.add(id);
    const { verdict, arithmetic, spread, unit } = verdictOf(g.members);
    measures.push({ id, label, unit, figures: g.members.map((m) => m.id), verdict, arithmetic, spread });
    for (const m of g.members) byFigure.set(m.id, id);
  }
  measures.sort((a, b) => (a.verdict === 'single' ? 1 : 0) - (b.verdict === 'single' ? 1 : 0) || cmp(a.id, b.id));
  return { measures, byFigure };
}

/** Stems of a description, with the interchangeable nouns for soldiers folded to one. */
function describedStems(text: string): Set<string> {
  return new Set(contentStems(text).map(foldTroops));
}

/**
 * A readable label from what the figures measure (the parser's `measures`, e.g. "rocket range",
 * "foreign troops"): the description that the most members' descriptions contain (ties: the
 * more specific one), followed by "in <place>" when most members' sentences name the same place
 * or body the description does not already name ("foreign troops in Donetsk"). Without any
 * description, the words most members' sentences share.
 */
const KIND_NOUN: Record<string, string> = { duration: 'time span', percent: 'percentage', length: 'distance', area: 'area', troops: 'troops' };
const DEMONYM = /^[A-Z][a-z]+(ian|ean|ese|ish|an)$/;
/** Capitalised words that are dates, not places. */
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function labelOf(members: FigureInfo[], kind: string, nameDf: Map<string, number>): string {
  const first = members[0]!.figure;
  const descs = members.map((m) => m.figure.measures?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  if (!descs.length && members.length < 2) return first.text.replace(/\s+/g, ' ');
  if (!descs.length && kind === 'duration') {
    const span = spanLabel(members);
    if (span) return span;
  }
  const sets = descs.map(describedStems);
  const lower = descs.map((d) => new Set(d.toLowerCase().split(' ')));
  let base = descs[0] ?? KIND_NOUN[kind] ?? sharedWordsLabel(members);
  let baseScore = -1;
  for (const [i, d] of descs.entries()) {
    const st = sets[i]!;
    if (!st.size) continue;
    const contained = sets.filter((o) => [...st].every((t) => o.has(t))).length;
    const literal = d.toLowerCase().split(' ').reduce((n, w) => n + lower.filter((l) => l.has(w)).length, 0);
    const score = contained * 10000 + st.size * 100 + literal;
    if (score > baseScore || (score === baseScore && cmp(d, base) < 0)) (baseScore = score), (base = d);
  }
  if (members.length < 2) return base;
  const baseStems = describedStems(base);
  const counts = new Map<string, number>();
  const firstSeen: string[] = [];
  for (const m of members) {
    const names = new Set(nameSpans(m.sentence).filter((n) => !DEMONYM.test(n) && !CALENDAR.test(n) && !contentStems(n).some((t) => baseStems.has(t) || /^[0-9]/.test(t))));
    for (const n of names) {
      if (!counts.has(n)) firstSeen.push(n);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  const need = Math.max(2, Math.ceil(members.length * 0.6));
  const specificity = (n: string) => (counts.get(n) ?? 0) / (nameDf.get(n) ?? 1);
  const place = firstSeen.filter((n) => (counts.get(n) ?? 0) >= need).sort((x, y) => specificity(y) - specificity(x))[0];
  let label = base;
  if (kind === 'duration' && descs.length && !/\b(time|period|day|week|month|year)s?\b/i.test(base)) label = `length of the ${base}`;
  if (place && !/\b(in|of)\s+[A-Z]/.test(base)) label = descs.length ? `${label} in ${place}` : `${label} (${place})`;
  return label || first.text;
}

/**
 * A span of time the parser could not describe, named by the clause after it in the members' sentences
 * ("three weeks before the new parliament meets" → "time before the new parliament meets"), cut at the first comma,
 * conjunction or preposition phrase: of the members' clauses, the one sharing most words with the others'
 * sentences (so a pronoun-only "before he leaves office" loses to one that names who).
 */
const SPAN_CLAUSE = /^\s+(before|after|until|since|ahead of)\s+((?:(?!(?:and|but|or|to|on|in|at|by|with|for|as|while|when)\b)[\p{L}\p{N}'’-]+\s*){1,8})/iu;
function spanLabel(members: FigureInfo[]): string | null {
  const stems = members.map((m) => new Set(contentStems(m.sentence)));
  let best: string | null = null;
  let bestScore = 0;
  members.forEach((m, i) => {
    const at = m.sentence.indexOf(m.figure.text);
    const rel = at >= 0 ? SPAN_CLAUSE.exec(m.sentence.slice(at + m.figure.text.length)) : null;
    if (!rel) return;
    const label = `time ${rel[1]!.toLowerCase()} ${rel[2]!.trim()}`; // both groups are not optional
    const shared = contentStems(rel[2]!).reduce((n, t) => n + stems.filter((o, j) => j !== i && o.has(t)).length, 0);
    if (shared > bestScore || (shared === bestScore && best !== null && cmp(label, best) < 0)) (bestScore = shared), (best = label);
  });
  return best;
}

/** Label from the words most members' sentences share (figures the parser could not describe). */
function sharedWordsLabel(members: FigureInfo[]): string {
  const first = members[0]!.figure;
  const per = members.map((m) => new Set(contentStems(m.sentence)));
  const need = Math.max(2, Math.ceil(per.length * 0.6));
  const own = new Set(contentStems(first.text));
  const unitStems = new Set(members.flatMap((m) => contentStems(`${m.figure.unit ?? ''} ${m.figure.normalized.unit ?? ''} kilometres kilometers miles`)));
  const picked: string[] = [];
  const seen = new Set<string>();
  for (const word of members[0]!.sentence.split(/[^A-Za-z0-9'’-]+/)) {
    const st = contentStems(word)[0];
    if (!st || seen.has(st) || /^[0-9]/.test(st) || unitStems.has(st)) continue;
    seen.add(st);
    if (per.filter((p) => p.has(st)).length >= need || (own.has(st) && !/^(km|mi|mile|kilometr)/.test(st))) picked.push(word);
  }
  return picked.slice(0, 5).join(' ') || quantityKind(first) || 'figure';
}
