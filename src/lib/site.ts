/**
 * The whole dataset, loaded once per build and indexed for pages: lookups by id and the
 * few derived views several pages share (coverage cells, pairs, "only here", discrepancies).
 * Pure reading: every number was computed by the build script.
 */
import type { AttributionEntry, ClaimEntry, CoverageStatus, FigureEntry, MeasureEntry, PersonEntry, QuoteEntry, SourceEntry, UtteranceEntry } from '../schema/index.ts';

export type Coverage = ClaimEntry['coverage'][number];

export interface Site {
  sources: SourceEntry[];
  claims: ClaimEntry[];
  quotes: QuoteEntry[];
  figures: FigureEntry[];
  people: PersonEntry[];
  utterances: UtteranceEntry[];
  measures: MeasureEntry[];
  /** Every attribution relation, in reading order within each source. */
  attributions: AttributionEntry[];
  source: Map<string, SourceEntry>;
  claim: Map<string, ClaimEntry>;
  quote: Map<string, QuoteEntry>;
  figure: Map<string, FigureEntry>;
  person: Map<string, PersonEntry>;
  utterance: Map<string, UtteranceEntry>;
  measure: Map<string, MeasureEntry>;
}

const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

/** The collections as the build wrote them (attributions optional: views that do not mark them are tested without). */
export type Collections = Pick<Site, 'sources' | 'claims' | 'quotes' | 'figures' | 'people' | 'utterances' | 'measures'> & { attributions?: AttributionEntry[] };

/** Index the collections for pages (pure: views and their tests build a Site from made-up entries). */
export function indexSite(c: Collections): Site {
  // Quotes and figures in reading order within each source.
  const order = new Map(c.sources.map((s, i) => [s.id, i]));
  const inOrder = <T extends { source: string; start: number }>(xs: T[]) =>
    [...xs].sort((a, b) => (order.get(a.source) ?? -1) - (order.get(b.source) ?? -1) || a.start - b.start);
  const quotes = inOrder(c.quotes);
  const figures = inOrder(c.figures);
  const attributions = [...(c.attributions ?? [])].sort(
    (a, b) => (order.get(a.source) ?? -1) - (order.get(b.source) ?? -1) || (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0),
  );
  return {
    ...c,
    quotes,
    figures,
    attributions,
    source: index(c.sources),
    claim: index(c.claims),
    quote: index(quotes),
    figure: index(figures),
    person: index(c.people),
    utterance: index(c.utterances),
    measure: index(c.measures),
  };
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= (async (): Promise<Site> => {
    // Imported here, not at the top: data.ts needs Astro's astro:content, and the rest of this
    // module (indexSite and the helpers) is pure, for views and their unit tests.
    const { getAttributions, getClaims, getFigures, getMeasures, getPeople, getQuotes, getSources, getUtterances } = await import('./data.ts');
    const [sources, claims, quotes, figures, people, utterances, measures, attributions] = await Promise.all([
      getSources(),
      getClaims(),
      getQuotes(),
      getFigures(),
      getPeople(),
      getUtterances(),
      getMeasures(),
      getAttributions(),
    ]);
    return indexSite({ sources, claims, quotes, figures, people, utterances, measures, attributions });
  })();
  return cached;
}

export const STATUS_LABEL: Record<CoverageStatus, string> = {
  reported: 'Reported',
  suggested: 'Suggested, not yet reviewed',
  'not-reported': 'Not reported',
  differently: 'Reported differently',
};
/** A glyph for each status, so the matrix does not rely on colour alone. */
export const STATUS_GLYPH: Record<CoverageStatus, string> = { reported: '●', suggested: '◌', 'not-reported': '○', differently: '◐' };

/** What a suggested match says about itself, in words (never colour alone); null for a confirmed one. */
export function reviewNote(e: { review: 'confirmed' | 'suggested'; confidence: number | null }): string | null {
  if (e.review === 'confirmed') return null;
  return `Suggested by the matcher, not yet reviewed · ${e.confidence === null ? 'confidence unknown (no reviewed articles to measure it on)' : `confidence ${e.confidence.toFixed(2)}`}`;
}

/** One outlet's coverage of a claim; "not reported" when the build left the outlet out. */
export function coverageOf(claim: ClaimEntry, source: string): Coverage {
  return claim.coverage.find((c) => c.source === source) ?? { source, status: 'not-reported', evidence: [], difference: null, nearest: null };
}

/**
 * Whether the site may say the outlet reported the claim: an editor confirmed its evidence. A coverage
 * with suggestions only is shown, marked as such, but never counted as reporting.
 */
export const reports = (c: Coverage) => c.status === 'reported' || c.status === 'differently';

/** Only the matcher's suggestions, not yet reviewed. */
export const suggestedOnly = (c: Coverage) => c.status === 'suggested';

/** An outlet's evidence sentence closest to the claim (highest score), or null. */
export const bestEvidence = (c: Coverage) => [...c.evidence].sort((a, b) => b.score - a.score)[0] ?? null;

/** Claims grouped by topic, in registry order. */
export function byTopic(claims: ClaimEntry[]): { topic: string; title: string; claims: ClaimEntry[] }[] {
  const groups: { topic: string; title: string; claims: ClaimEntry[] }[] = [];
  for (const c of claims) {
    let g = groups.find((x) => x.topic === c.topic);
    if (!g) groups.push((g = { topic: c.topic, title: c.topicTitle, claims: [] }));
    g.claims.push(c);
  }
  return groups;
}

/** Claims exactly one outlet reported, with that outlet. */
export function onlyOne(site: Site): { claim: ClaimEntry; source: SourceEntry }[] {
  const out: { claim: ClaimEntry; source: SourceEntry }[] = [];
  for (const claim of site.claims) {
    const by = site.sources.filter((s) => reports(coverageOf(claim, s.id)));
    if (by.length === 1) out.push({ claim, source: by[0]! });
  }
  return out;
}

/** Discrepant measures, largest relative spread first. */
export function discrepancies(site: Site): MeasureEntry[] {
  return site.measures.filter((m) => m.verdict === 'discrepant').sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
}

/** Measures several outlets give with different numbers that still agree within conversion and rounding, widest first. */
export function roundingDifferences(site: Site): MeasureEntry[] {
  return site.measures.filter((m) => m.verdict === 'consistent' && (m.spread ?? 0) > 0).sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
}

/** Every unordered pair of sources, in source order. */
export function pairs(sources: SourceEntry[]): [SourceEntry, SourceEntry][] {
  const out: [SourceEntry, SourceEntry][] = [];
  sources.forEach((a, i) => sources.slice(i + 1).forEach((b) => out.push([a, b])));
  return out;
}

export { shortOutlet } from './outlet-initials.ts';

/** The claims a quote bears on: those listing it, and those its sentence was assigned to. */
export function quoteClaims(site: Site, q: QuoteEntry): ClaimEntry[] {
  const sentence = site.source.get(q.source)?.sentences.find((s) => s.index === q.sentence);
  // A claim a quote's sentence is only *suggested* for is not listed: not yet reviewed.
  return site.claims.filter((c) => c.quotes.includes(q.id) || ((sentence?.claims.includes(c.id) ?? false) && !sentence?.suggested.includes(c.id)));
}
