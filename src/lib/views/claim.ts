/**
 * The claim page's data, computed once from the site (as Starlight's generateRouteData feeds its
 * components): every outlet's coverage, the word-by-word pairs, related quotes and figures, the
 * summary line and the schema.org Claim. The page only renders it.
 */
import type { ClaimEntry, FigureEntry, MeasureEntry, PersonEntry, QuoteEntry, SourceEntry } from '../../schema/index.ts';
import { creditLine, type CreditLine } from '../credits.ts';
import { formatReading } from '../format.ts';
import { claimStems } from '../key-terms.ts';
import { shortOutlet } from '../outlet-initials.ts';
import { bestEvidence, coverageOf, pairs, reports, suggestedOnly, type Coverage, type Site } from '../site.ts';
import { absoluteUrl, claimUrl, measureUrl, sentenceUrl, sourceUrl, topicUrl } from '../urls.ts';
import { sharedWordShare, sharesEnough, wordDiff } from '../word-diff.ts';

export interface ClaimColumnView {
  source: SourceEntry;
  coverage: Coverage;
  /** Whom the outlet credits for each evidence sentence (same order as `coverage.evidence`). */
  credits: CreditLine[];
}

export interface DiffPairView {
  a: SourceEntry;
  b: SourceEntry;
  /** Each outlet's closest sentence to the claim (its best-scored evidence). */
  ta: string;
  tb: string;
  /** Share of words the two have in common, 0–1. */
  share: number;
}

export interface FigureRowView {
  figure: FigureEntry;
  source: SourceEntry;
  href: string;
  /** What it measures: the measure's label and address when it was grouped, else the parser's words. */
  measure: { label: string; href: string | null };
  shown: string;
}

export interface ClaimView {
  claim: ClaimEntry;
  /** 1-based position in the registry, and the number of claims. */
  number: number;
  total: number;
  prev: ClaimEntry | undefined;
  next: ClaimEntry | undefined;
  topicHref: string;
  keys: Set<string>;
  columns: ClaimColumnView[];
  diffPairs: DiffPairView[];
  quotes: { quote: QuoteEntry; source: SourceEntry; person: PersonEntry | undefined }[];
  figures: FigureRowView[];
  measures: (MeasureEntry & { href: string })[];
  canonical: string;
  /** "3 of 5 outlets reported this claim: FT, WP, Reuters." (+ the outlets with only unreviewed suggestions) */
  summary: string;
  jsonLd: Record<string, unknown>;
}

/** Every address a claim answers at: its own, and a redirect for each former slug. */
export function claimPaths(site: Site): { params: { slug: string }; props: { id: string; redirect: boolean } }[] {
  const pages = site.claims.map((claim) => ({ params: { slug: claim.id }, props: { id: claim.id, redirect: false } }));
  const former = site.claims.flatMap((claim) => claim.formerSlugs.map((slug) => ({ params: { slug }, props: { id: claim.id, redirect: true } })));
  return [...pages, ...former];
}

/** Confirmed reporting is stated as fact; outlets with suggestions only are named apart, as not yet reviewed. */
function summaryOf(reported: number, outlets: number, names: string, suggested: string[]): string {
  const head = `${reported} of ${outlets} outlets reported this claim${reported ? `: ${names}` : ''}.`;
  return suggested.length ? `${head} Suggested by the matcher, not yet reviewed: ${suggested.join(', ')}.` : head;
}

function diffPairsOf(columns: ClaimColumnView[]): DiffPairView[] {
  const reporting = columns.filter((c) => reports(c.coverage));
  // Whole sets of sentences differ too much to read: compare each outlet's best evidence sentence.
  const text = (s: SourceEntry) => bestEvidence(reporting.find((c) => c.source === s)!.coverage)?.text ?? '';
  return pairs(reporting.map((c) => c.source)).map(([a, b]) => {
    const ta = text(a);
    const tb = text(b);
    return { a, b, ta, tb, share: sharedWordShare(wordDiff(ta, tb)) };
  }).filter((p) => sharesEnough(p.share)); // only renderings that share wording (same copy, same quote)
}

function figureRows(site: Site, claim: ClaimEntry): FigureRowView[] {
  return claim.figures
    .map((id) => site.figure.get(id))
    .filter((f) => f !== undefined)
    .map((f) => {
      const measure = f.group ? site.measure.get(f.group) : undefined;
      return {
        figure: f,
        source: site.source.get(f.source)!,
        href: sentenceUrl(f.source, f.sentence),
        measure: f.group ? { label: measure?.label ?? f.measures ?? '—', href: measureUrl(f.group) } : { label: f.measures ?? '—', href: null },
        shown: formatReading(f) ?? '',
      };
    });
}

function claimJsonLd(claim: ClaimEntry, reporting: ClaimColumnView[], canonical: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': canonical,
    url: canonical,
    name: claim.statement,
    text: claim.statement,
    about: claim.topicTitle,
    appearance: reporting.map(({ source, coverage }) => ({
      '@type': 'NewsArticle',
      headline: source.headline ?? undefined,
      url: source.url ?? absoluteUrl(sourceUrl(source.id)),
      datePublished: source.date,
      publisher: source.outletKnown ? { '@type': 'Organization', name: source.outlet } : undefined,
      text: coverage.evidence.map((e) => e.text.replace(/\s+/g, ' ').trim()).join(' '),
    })),
  };
}

export function claimView(site: Site, id: string): ClaimView {
  const claim = site.claim.get(id);
  if (!claim) throw new Error(`no claim "${id}"`);
  const index = site.claims.indexOf(claim);
  const columns = site.sources.map((source) => {
    const coverage = coverageOf(claim, source.id);
    return { source, coverage, credits: coverage.evidence.map((e) => creditLine(e.credit, site.person)) };
  });
  const reporting = columns.filter((c) => reports(c.coverage));
  const figures = figureRows(site, claim);
  const groups = [...new Set(figures.map((f) => f.figure.group).filter((g) => g !== null))];
  const canonical = absoluteUrl(claimUrl(claim.id));
  const names = reporting.map((c) => shortOutlet(c.source)).join(', ');
  return {
    claim,
    number: index + 1,
    total: site.claims.length,
    prev: site.claims[index - 1],
    next: site.claims[index + 1],
    topicHref: topicUrl(claim.topic),
    keys: claimStems(claim, site.claims),
    columns,
    diffPairs: diffPairsOf(columns),
    quotes: claim.quotes
      .map((q) => site.quote.get(q))
      .filter((q) => q !== undefined)
      .map((quote) => ({ quote, source: site.source.get(quote.source)!, person: quote.personId ? site.person.get(quote.personId) : undefined })),
    figures,
    measures: groups.map((g) => site.measure.get(g)).filter((m) => m !== undefined).map((m) => ({ ...m, href: measureUrl(m.id) })),
    canonical,
    summary: summaryOf(reporting.length, site.sources.length, names, columns.filter((c) => suggestedOnly(c.coverage)).map((c) => shortOutlet(c.source))),
    jsonLd: claimJsonLd(claim, reporting, canonical),
  };
}
