/**
 * The claims collection: for each registry claim and each outlet, the sentences given the claim
 * (evidence), the closest sentence when none was, and whether the outlet's figures for it differ
 * from what the other outlets agree on ("reported differently").
 */
import type { ClaimEntry, Extraction, MeasureEntry, Registry } from '../schema/index.ts';
import { sentenceId, type FigureId, type IdentifiedFigure, type IdentifiedQuote, type SentenceId } from '../schema/ids.ts';
import { ASSIGN, type Assignment } from './claims/index.ts';
import type { FigureInfo } from './measures.ts';
import { inComparisonUnit, interval } from './interval.ts';
import { amount, num } from './arithmetic.ts';
import { round } from './text.ts';
import type { Pick } from './review.ts';
import { sentenceCredits, type CreditRelation } from './credits.ts';

/**
 * Share of the assignment floor a sentence must reach to be shown as the closest to a claim not found.
 * Leave-one-out on the five: at 0.75 one is shown for all 17 claims an outlet made but the matcher
 * missed (in 11 it is the sentence making the claim), and for 34 of the 71 an outlet really did not
 * report (52 at 0.5).
 */
export const NEAREST = 0.75;

/** One source as coverage reads it: its sentences and its identified quotes and figures. */
export interface CoverageSource {
  slug: string;
  extraction: Extraction;
  quotes: IdentifiedQuote[];
  figures: IdentifiedFigure[];
  /** The article's attribution relations, for each evidence sentence's credit (credits.ts). */
  relations: CreditRelation[];
}
type Source = CoverageSource;
type Evidence = ClaimEntry['coverage'][number]['evidence'][number];
type Sentence = Extraction['sentences'][number];

/** Each source's credit per sentence, computed once (credits.ts). */
const creditsOf = new WeakMap<Source, ReturnType<typeof sentenceCredits>>();
function creditFor(s: Source, sent: Sentence) {
  let f = creditsOf.get(s);
  if (!f) creditsOf.set(s, (f = sentenceCredits(s.extraction.sentences, s.relations)));
  return f({ start: sent.start, end: sent.end, sentence: sent.index });
}

const excerpt = (s: Source, sent: Sentence, score: number, pick?: Pick): Evidence => ({
  start: sent.start, end: sent.end, text: sent.text, sentence: sent.index, score: round(score, 4),
  review: pick?.review ?? 'suggested', confidence: pick?.confidence ?? null,
  credit: creditFor(s, sent),
});

/** Claim → the source's sentences given it (confirmed or suggested, review.ts), in sentence order (a claim listed twice for one sentence counts once). */
function evidenceOf(s: Source, picks: Map<SentenceId, Pick[]>): Map<string, Evidence[]> {
  const byClaim = new Map<string, Evidence[]>();
  for (const sent of s.extraction.sentences) {
    const got = picks.get(sentenceId(s.slug, sent.index));
    if (!got) continue;
    for (const [i, g] of got.entries()) {
      if (got.findIndex((x) => x.slug === g.slug) !== i) continue;
      let list = byClaim.get(g.slug);
      if (!list) byClaim.set(g.slug, (list = []));
      list.push(excerpt(s, sent, g.score, g));
    }
  }
  return byClaim;
}

/** Claim → the source's best-scoring sentence for it, when that reaches NEAREST × the floor (first of equals). */
function nearestOf(s: Source, a: Assignment): Map<string, Evidence> {
  const best = new Map<string, Evidence>();
  for (const sent of s.extraction.sentences)
    for (const r of a.ranked.get(sentenceId(s.slug, sent.index)) ?? []) {
      if (r.score < NEAREST * ASSIGN.floor || (best.get(r.slug)?.score ?? -1) >= r.score) continue;
      best.set(r.slug, excerpt(s, sent, r.score));
    }
  return best;
}

/** Figures compared, with each figure's interval and what a measure's other outlets agree on (memoised). */
export function figureJudge(figures: FigureInfo[], measures: MeasureEntry[], byFigure: Map<FigureId, string>) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  // Each figure's interval in its measure's comparison unit (interval.ts inComparisonUnit), as the verdict read it.
  const intervals = new Map<FigureId, ReturnType<typeof interval>>();
  for (const m of measures) {
    const ids = m.figures as FigureId[];
    inComparisonUnit(ids.map((id) => byId.get(id)!.figure)).figures.forEach((f, i) => intervals.set(ids[i]!, interval(f)));
  }
  const ivOf = (id: FigureId) => intervals.get(id)!;
  const agreed = new Map<string, Map<string, { n: number; lo: number; hi: number }>>();
  /** The interval the figures of measure `m` from sources other than `source` share (n: how many). */
  const agreeWithout = (m: MeasureEntry, source: string) => {
    let bySource = agreed.get(m.id);
    if (!bySource) agreed.set(m.id, (bySource = new Map()));
    let v = bySource.get(source);
    if (!v) {
      v = { n: 0, lo: -Infinity, hi: Infinity };
      for (const id of m.figures as FigureId[]) {
        if (byId.get(id)!.source === source) continue;
        const x = ivOf(id);
        v.n++;
        v.lo = Math.max(v.lo, x.lo);
        v.hi = Math.min(v.hi, x.hi);
      }
      bySource.set(source, v);
    }
    return v;
  };
  /** "Reported differently": the first of these figures in a discrepant measure outside what the others agree on. */
  return (ids: FigureId[], source: string): string | null => {
    for (const fid of ids) {
      const m = measureById.get(byFigure.get(fid) ?? '');
      if (!m || m.verdict !== 'discrepant') continue;
      const { n, lo, hi } = agreeWithout(m, source);
      if (!n) continue;
      const me = ivOf(fid);
      if (lo <= hi && (me.hi < lo || me.lo > hi))
        return `"${byId.get(fid)!.figure.text.replace(/\s+/g, ' ')}" where the other outlets agree on ${hi === Infinity ? `at least ${amount(lo, m.unit)}` : `${num(lo)}–${amount(hi, m.unit)}`} (${m.label}). ${m.arithmetic}`;
    }
    return null;
  };
}

export interface CoverageInput {
  sources: Source[];
  registry: Registry;
  assignment: Assignment;
  /** The claims shown per sentence, confirmed or suggested (review.ts mergeReviews). */
  picks: Map<SentenceId, Pick[]>;
  /** figureJudge(…) over the measures. */
  differs: (figures: FigureId[], source: string) => string | null;
}

/** One ClaimEntry per registry claim, in registry order, with one coverage row per source in source order. */
export function claimEntries({ sources, registry, assignment, picks, differs }: CoverageInput): ClaimEntry[] {
  const topicTitle = new Map(registry.topics.map((t) => [t.id, t.title]));
  const evidence = new Map(sources.map((s) => [s.slug, evidenceOf(s, picks)]));
  const nearest = new Map(sources.map((s) => [s.slug, nearestOf(s, assignment)]));
  return registry.claims.map((c, ci) => {
    const quotes: string[] = [];
    const figures: string[] = [];
    const coverage = sources.map((s) => {
      const slug = s.slug;
      const ev = evidence.get(slug)?.get(c.slug) ?? [];
      // Quotes, figures and "reported differently" come from confirmed evidence only: a suggestion is not yet a fact.
      const evSent = new Set(ev.filter((e) => e.review === 'confirmed').map((e) => e.sentence));
      for (const q of s.quotes) if (evSent.has(q.sentence)) quotes.push(q.id);
      const mine = s.figures.filter((f) => evSent.has(f.sentence)).map((f) => f.id);
      figures.push(...mine);
      const difference = differs(mine, slug);
      const confirmed = ev.some((e) => e.review === 'confirmed');
      const status: ClaimEntry['coverage'][number]['status'] = difference ? 'differently' : confirmed ? 'reported' : ev.length ? 'suggested' : 'not-reported';
      return { source: slug, status, evidence: ev, difference, nearest: ev.length ? null : nearest.get(slug)?.get(c.slug) ?? null };
    });
    return {
      id: c.slug, order: ci + 1, statement: c.statement, topic: c.topic, topicTitle: topicTitle.get(c.topic) ?? c.topic,
      notes: c.notes, formerSlugs: c.formerSlugs, hints: c.hints, coverage, quotes, figures,
    };
  });
}
