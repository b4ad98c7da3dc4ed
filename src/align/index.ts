/**
 * Cross-outlet alignment: people, utterances, claims, figures and sourcing profiles.
 * `align` is pure and deterministic: the same input gives the same collections, in the same order.
 * See claims.ts, people.ts, utterances.ts, measures.ts and profiles.ts for each method.
 */
import type {
  ClaimEntry, Extraction, MeasureEntry, PersonEntry, Registry, SourceMeta, SourcingProfile, UtteranceEntry,
} from '../schema/index.ts';
import { assignSentences, proposeClaims, ASSIGN } from './claims.ts';
import { buildPeople } from './people.ts';
import { buildUtterances } from './utterances.ts';
import { buildMeasures, interval } from './measures.ts';
import { buildProfiles } from './profiles.ts';
import { round } from './text.ts';
import { reviewAssignment, type Pick } from '../review/index.ts';
import type { ResolvedReview } from '../collections/reviews.ts';

export { loadRegistry } from './registry.ts';

export interface AlignInput {
  sources: { meta: SourceMeta; text: string; extraction: Extraction }[];
  registry: Registry;
  /** The editors' reviews by article slug (src/collections/reviews.ts); without them every match is a suggestion. */
  reviews?: Map<string, ResolvedReview>;
}
export interface AlignResult {
  claims: ClaimEntry[];
  people: PersonEntry[];
  utterances: UtteranceEntry[];
  measures: MeasureEntry[];
  quoteLinks: Map<string, { personId: string | null; utterance: string | null }>;
  figureGroups: Map<string, string>;
  sentenceClaims: Map<string, string[]>;
  /** `${source}:${sentence}` → those of its claims that are suggestions, not yet reviewed. */
  sentenceSuggested: Map<string, string[]>;
  /** The fitted score → confidence map (null when too few reviewed suggestions to fit). */
  calibration: ReturnType<typeof reviewAssignment>['calibration'];
  /** Suggestions awaiting an editor's verdict (src/review/index.ts). */
  pending: ReturnType<typeof reviewAssignment>['pending'];
  profiles: Map<string, SourcingProfile>;
  proposals: { text: string; sources: string[] }[];
  warnings: string[];
}

/**
 * Share of the assignment floor a sentence must reach to be shown as the closest to a claim not found.
 * Leave-one-out on the five: at 0.75 one is shown for all 17 claims an outlet made but the matcher
 * missed (in 11 it is the sentence making the claim), and for 34 of the 71 an outlet really did not
 * report (52 at 0.5).
 */
export const NEAREST = 0.75;

export const quoteId = (source: string, i: number) => `${source}-q${i + 1}`;
export const figureId = (source: string, i: number) => `${source}-f${i + 1}`;

export function align(input: AlignInput): AlignResult {
  const warnings: string[] = [];
  const order = input.sources.map((s) => s.meta.slug);
  const sentText = (s: AlignInput['sources'][number], i: number) => s.extraction.sentences[i]?.text ?? '';

  // People: every quote's speaker → canonical id.
  const speakerInfos = input.sources.flatMap((s) =>
    s.extraction.quotes.map((q, i) => ({ key: `${s.meta.slug}:${i}`, source: s.meta.slug, speaker: q.speaker, role: q.role, anonymous: q.anonymous })),
  );
  const { people, byQuote: personOf } = buildPeople(speakerInfos, order);

  // Utterances.
  const quoteInfos = input.sources.flatMap((s) =>
    s.extraction.quotes.map((q, i) => ({
      id: quoteId(s.meta.slug, i),
      source: s.meta.slug,
      text: q.text,
      personId: personOf.get(`${s.meta.slug}:${i}`) ?? null,
      speaker: q.speaker,
      sentence: sentText(s, q.sentence),
    })),
  );
  const { utterances, byQuote: utteranceOf } = buildUtterances(quoteInfos);
  const quoteLinks = new Map<string, { personId: string | null; utterance: string | null }>();
  for (const s of input.sources)
    s.extraction.quotes.forEach((_, i) =>
      quoteLinks.set(`${s.meta.slug}:${i}`, { personId: personOf.get(`${s.meta.slug}:${i}`) ?? null, utterance: utteranceOf.get(quoteId(s.meta.slug, i)) ?? null }),
    );

  // Figures compared.
  const figInfos = input.sources.flatMap((s) =>
    s.extraction.figures.map((f, i) => ({ id: figureId(s.meta.slug, i), source: s.meta.slug, figure: f, sentence: sentText(s, f.sentence) })),
  );
  const { measures, byFigure } = buildMeasures(figInfos, order);
  const figureGroups = new Map<string, string>();
  for (const s of input.sources)
    s.extraction.figures.forEach((_, i) => {
      const m = byFigure.get(figureId(s.meta.slug, i));
      if (m) figureGroups.set(`${s.meta.slug}:${i}`, m);
    });
  const measureById = new Map(measures.map((m) => [m.id, m]));

  // Claims.
  // People and utterances are built above: pass them, or assignSentences rebuilds both (performance, issue 7).
  const assignment = assignSentences(input.sources.map((s) => ({ slug: s.meta.slug, extraction: s.extraction })), input.registry, {}, { personOf, utteranceOf });
  // The editors' reviews decide; the matcher suggests the rest (src/review/).
  const reviewed = reviewAssignment(
    input.sources.map((s) => ({ slug: s.meta.slug, text: s.text, extraction: s.extraction })),
    input.registry, assignment, input.reviews ?? new Map(), { personOf, utteranceOf },
  );
  const picksOf = (slug: string, i: number): Pick[] => reviewed.picks.get(`${slug}:${i}`) ?? [];
  const sentenceClaims = new Map<string, string[]>();
  const sentenceSuggested = new Map<string, string[]>();
  for (const s of input.sources)
    s.extraction.sentences.forEach((sent) => {
      const got = picksOf(s.meta.slug, sent.index);
      sentenceClaims.set(`${s.meta.slug}:${sent.index}`, got.map((g) => g.slug));
      sentenceSuggested.set(`${s.meta.slug}:${sent.index}`, got.filter((g) => g.review === 'suggested').map((g) => g.slug));
    });
  const topicTitle = new Map(input.registry.topics.map((t) => [t.id, t.title]));
  // Lookups built once (performance, issue 7: linear scans here made alignment grow ~N² — 1,000 articles):
  // figure by id, each figure's interval, and per discrepant measure the interval the other outlets agree on.
  const figById = new Map(figInfos.map((f) => [f.id, f]));
  const intervalOf = new Map<string, ReturnType<typeof interval>>();
  const ivOf = (id: string) => {
    let v = intervalOf.get(id);
    if (!v) intervalOf.set(id, (v = interval(figById.get(id)!.figure)));
    return v;
  };
  const othersAgree = new Map<string, { n: number; lo: number; hi: number }>();
  const agreeWithout = (m: MeasureEntry, slug: string) => {
    const key = `${m.id}\u0000${slug}`;
    let v = othersAgree.get(key);
    if (!v) {
      v = { n: 0, lo: -Infinity, hi: Infinity };
      for (const id of m.figures) {
        if (id.startsWith(`${slug}-f`)) continue;
        const x = ivOf(id);
        v.n++;
        v.lo = Math.max(v.lo, x.lo);
        v.hi = Math.min(v.hi, x.hi);
      }
      othersAgree.set(key, v);
    }
    return v;
  };
  // Evidence per source and claim in one pass over the sentences (sentence order, first hit's score).
  type Ev = ClaimEntry['coverage'][number]['evidence'][number];
  const evidenceOf = new Map<string, Map<string, Ev[]>>();
  for (const s of input.sources) {
    const byClaim = new Map<string, Ev[]>();
    for (const sent of s.extraction.sentences) {
      const got = picksOf(s.meta.slug, sent.index);
      for (const [i, g] of got.entries()) {
        if (got.findIndex((x) => x.slug === g.slug) !== i) continue;
        let list = byClaim.get(g.slug);
        if (!list) byClaim.set(g.slug, (list = []));
        list.push({ start: sent.start, end: sent.end, text: sent.text, sentence: sent.index, score: round(g.score, 4), review: g.review, confidence: g.confidence });
      }
    }
    evidenceOf.set(s.meta.slug, byClaim);
  }
  // For claims an outlet was given no sentence for: its best-scoring sentence for the claim, when that
  // score reaches NEAREST × the assignment floor (one pass over the ranked scores).
  const nearestOf = new Map<string, Map<string, Ev>>();
  for (const s of input.sources) {
    const best = new Map<string, Ev>();
    for (const sent of s.extraction.sentences)
      for (const r of assignment.ranked.get(`${s.meta.slug}:${sent.index}`) ?? []) {
        if (r.score < NEAREST * ASSIGN.floor || (best.get(r.slug)?.score ?? -1) >= r.score) continue;
        best.set(r.slug, { start: sent.start, end: sent.end, text: sent.text, sentence: sent.index, score: round(r.score, 4), review: 'suggested', confidence: null });
      }
    nearestOf.set(s.meta.slug, best);
  }
  const claims: ClaimEntry[] = input.registry.claims.map((c, ci) => {
    const quotes: string[] = [];
    const figures: string[] = [];
    const coverage = input.sources.map((s) => {
      const slug = s.meta.slug;
      const evidence = evidenceOf.get(slug)?.get(c.slug) ?? [];
      // Quotes, figures and "reported differently" come from confirmed evidence only: a suggestion is not yet a fact.
      const evSent = new Set(evidence.filter((e) => e.review === 'confirmed').map((e) => e.sentence));
      s.extraction.quotes.forEach((q, i) => evSent.has(q.sentence) && quotes.push(quoteId(slug, i)));
      const myFigs: string[] = [];
      s.extraction.figures.forEach((f, i) => evSent.has(f.sentence) && myFigs.push(figureId(slug, i)));
      figures.push(...myFigs);
      // "Reported differently": a figure in the evidence belongs to a discrepant measure and lies
      // outside the range the other outlets' figures for that measure agree on.
      let difference: string | null = null;
      for (const fid of myFigs) {
        const m = measureById.get(byFigure.get(fid) ?? '');
        if (!m || m.verdict !== 'discrepant') continue;
        const mine = figById.get(fid)!;
        const { n, lo, hi } = agreeWithout(m, slug);
        if (!n) continue;
        const me = ivOf(fid);
        if (lo <= hi && (me.hi < lo || me.lo > hi)) {
          difference = `"${mine.figure.text.replace(/\s+/g, ' ')}" where the other outlets agree on ${round(lo, 1)}–${hi === Infinity ? '∞' : round(hi, 1)} ${m.unit ?? ''} (${m.label}). ${m.arithmetic}`;
          break;
        }
      }
      const confirmed = evidence.some((e) => e.review === 'confirmed');
      const status: ClaimEntry['coverage'][number]['status'] = difference ? 'differently' : confirmed ? 'reported' : evidence.length ? 'suggested' : 'not-reported';
      return { source: slug, status, evidence, difference, nearest: evidence.length ? null : nearestOf.get(slug)?.get(c.slug) ?? null };
    });
    return {
      id: c.slug, order: ci + 1, statement: c.statement, topic: c.topic, topicTitle: topicTitle.get(c.topic) ?? c.topic,
      notes: c.notes, formerSlugs: c.formerSlugs, hints: c.hints, coverage, quotes, figures,
    };
  });

  // Proposals: unassigned sentences that find a similar unassigned sentence in another outlet.
  const shown = new Map([...reviewed.picks].map(([k, v]) => [k, v.map((x) => ({ slug: x.slug, score: x.score }))]));
  const proposals = proposeClaims({ ...assignment, bySentence: shown }, input.sources.map((s) => s.meta.slug));

  const profiles = buildProfiles(
    input.sources.map((s) => ({ slug: s.meta.slug, text: s.text, quotePersons: s.extraction.quotes.map((_, i) => personOf.get(`${s.meta.slug}:${i}`) ?? null) })),
    people,
    claims,
  );
  for (const c of claims) if (c.coverage.every((v) => v.status === 'not-reported')) warnings.push(`claim "${c.id}": no article reports it`);
  return { claims, people, utterances, measures, quoteLinks, figureGroups, sentenceClaims, sentenceSuggested, calibration: reviewed.calibration, pending: reviewed.pending, profiles, proposals, warnings };
}

export { ASSIGN };
