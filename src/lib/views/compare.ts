/**
 * The data of /compare/<a>/<b>/, computed once (the page only renders it): the claims both
 * outlets reported, those only one did, the figures both give for the same measure and whether
 * they differ, the quotations both carry, who only one of them quotes, and the claims they credit
 * to different sources.
 */
import { figuresDiffer } from '../../align/index.ts';
import type { ClaimEntry, FigureEntry, MeasureEntry, PersonEntry, QuoteEntry, SourceEntry, UtteranceEntry } from '../../schema/index.ts';
import { creditDifferences, type CreditDifference } from '../credits.ts';
import { formatReading } from '../format.ts';
import { shortOutlet } from '../outlet-initials.ts';
import { bestEvidence, coverageOf, reports, type Coverage, type Site } from '../site.ts';
import { personUrl, sentenceUrl } from '../urls.ts';

export interface SideWords {
  /** The outlet's best evidence sentence for the claim, whitespace collapsed. */
  text: string;
  href: string;
}

export interface SharedClaimView {
  claim: ClaimEntry;
  a: Coverage;
  b: Coverage;
  /** Show the two statuses: one of them reported it differently. */
  showStatus: boolean;
  words: { a: SideWords; b: SideWords };
}

export interface FigureCellView {
  figure: FigureEntry;
  href: string;
  /** The figure in a reader's units ("about 190 miles = 306 km"), or the text as written when it has no value. */
  shown: string;
}

export interface MeasureRowView {
  measure: MeasureEntry;
  a: FigureCellView[];
  b: FigureCellView[];
  differ: boolean;
}

export interface SharedQuoteView {
  utterance: UtteranceEntry;
  speaker: { name: string; href: string | null };
  a: QuoteEntry[];
  b: QuoteEntry[];
  /** The renderings joined, for the word-by-word diff. */
  diff: { a: string; b: string };
}

export interface ComparePairView {
  A: SourceEntry;
  B: SourceEntry;
  title: string;
  description: string;
  shared: SharedClaimView[];
  onlyA: ClaimEntry[];
  onlyB: ClaimEntry[];
  measures: MeasureRowView[];
  quotes: SharedQuoteView[];
  onlyQuoted: { a: PersonEntry[]; b: PersonEntry[] };
  /** Claims both report that they credit to different sources (another class, or another named source). */
  credits: CreditDifference[];
}

/** Both orders, so /compare/x/y/ and /compare/y/x/ both answer. */
export function comparePaths(site: Site): { params: { a: string; b: string }; props: { a: string; b: string } }[] {
  return site.sources.flatMap((a) => site.sources.filter((b) => b.id !== a.id).map((b) => ({ params: { a: a.id, b: b.id }, props: { a: a.id, b: b.id } })));
}

function sideWords(source: SourceEntry, c: Coverage): SideWords {
  const best = bestEvidence(c);
  return { text: best?.text.replace(/\s+/g, ' ').trim() ?? '', href: sentenceUrl(source.id, best?.sentence ?? 0) };
}

function claimSides(site: Site, A: SourceEntry, B: SourceEntry) {
  const status = site.claims.map((claim) => ({ claim, a: coverageOf(claim, A.id), b: coverageOf(claim, B.id) }));
  return {
    shared: status
      .filter((x) => reports(x.a) && reports(x.b))
      .map((x) => ({ ...x, showStatus: x.a.status !== 'reported' || x.b.status !== 'reported', words: { a: sideWords(A, x.a), b: sideWords(B, x.b) } })),
    onlyA: status.filter((x) => reports(x.a) && !reports(x.b)).map((x) => x.claim),
    onlyB: status.filter((x) => !reports(x.a) && reports(x.b)).map((x) => x.claim),
  };
}

function measureRows(site: Site, A: SourceEntry, B: SourceEntry): MeasureRowView[] {
  const cells = (source: string, measure: string) =>
    site.figures
      .filter((f) => f.source === source && f.group === measure)
      .map((f) => ({ figure: f, href: sentenceUrl(f.source, f.sentence), shown: formatReading(f, { beside: 'equals' }) ?? f.text }));
  return site.measures
    .map((measure) => ({ measure, a: cells(A.id, measure.id), b: cells(B.id, measure.id) }))
    .filter((x) => x.a.length > 0 && x.b.length > 0)
    .map((x) => ({ ...x, differ: figuresDiffer(x.a.map((c) => c.figure), x.b.map((c) => c.figure)) }));
}

function sharedQuotes(site: Site, A: SourceEntry, B: SourceEntry): SharedQuoteView[] {
  const of = (u: UtteranceEntry, source: string) => u.quotes.map((id) => site.quote.get(id)).filter((q) => q !== undefined && q.source === source) as QuoteEntry[];
  return site.utterances
    .map((utterance) => ({ utterance, a: of(utterance, A.id), b: of(utterance, B.id) }))
    .filter((x) => x.a.length > 0 && x.b.length > 0)
    .map((x) => {
      const person = x.utterance.personId ? site.person.get(x.utterance.personId) : undefined;
      const name = person?.name ?? x.utterance.speaker ?? 'Speaker not named';
      const join = (qs: QuoteEntry[]) => qs.map((q) => q.text).join(' … ');
      return { ...x, speaker: { name, href: x.utterance.personId ? personUrl(x.utterance.personId) : null }, diff: { a: join(x.a), b: join(x.b) } };
    });
}

/** People one outlet quotes and the other does not. */
function onlyQuoted(site: Site, A: SourceEntry, B: SourceEntry): { a: PersonEntry[]; b: PersonEntry[] } {
  const speakers = (s: string) => new Set(site.quotes.filter((q) => q.source === s).map((q) => q.personId).filter((p) => p !== null));
  const [sa, sb] = [speakers(A.id), speakers(B.id)];
  const only = (mine: Set<string>, theirs: Set<string>) => [...mine].filter((p) => !theirs.has(p)).map((p) => site.person.get(p)).filter((p) => p !== undefined);
  return { a: only(sa, sb), b: only(sb, sa) };
}

export function comparePair(site: Site, a: string, b: string): ComparePairView {
  const A = site.source.get(a);
  const B = site.source.get(b);
  if (!A || !B || A === B) throw new Error(`no pair of outlets "${a}" and "${b}"`);
  const sides = claimSides(site, A, B);
  return {
    A,
    B,
    title: `${shortOutlet(A)} and ${shortOutlet(B)}`,
    description: `${A.outlet} and ${B.outlet} side by side: ${sides.shared.length} claims in common, ${sides.onlyA.length} only in one, ${sides.onlyB.length} only in the other; differing figures and quotes.`,
    ...sides,
    measures: measureRows(site, A, B),
    quotes: sharedQuotes(site, A, B),
    onlyQuoted: onlyQuoted(site, A, B),
    credits: creditDifferences(site.claims, A.id, B.id, site.person),
  };
}
