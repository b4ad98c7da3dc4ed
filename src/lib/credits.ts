/**
 * Whom an outlet credits, in words: the credit line under an outlet's wording on a claim page
 * ("two people familiar with the decision · anonymous"), the home page's "Who is cited" shares,
 * and the compare page's differing credits. Pure: reads the credits the build stored on each
 * evidence sentence (src/align/credits.ts); pages only render these.
 */
import type { AttributionEntry, ClaimEntry, Credit, CreditedSource, CreditRow, PersonEntry, SourceClass, SourceEntry } from '../schema/index.ts';
import { bestEvidence, coverageOf, reports, type Coverage } from './site.ts';
import { personUrl } from './urls.ts';

/** A credit's class, or `none`: not attributed, the outlet's own voice. */
export type CreditClass = SourceClass | 'none';
export const CREDIT_CLASSES: CreditClass[] = ['person', 'anonymous', 'media', 'organisation', 'document', 'none'];

/** What one credit is, after the source's words ("Joe Biden · named person"). */
export const CLASS_LABEL: Record<CreditClass, string> = {
  person: 'named person',
  anonymous: 'anonymous',
  media: 'another outlet',
  organisation: 'organisation',
  document: 'document',
  none: 'not attributed',
};
/** The same, for many claims (the "Who is cited" view). */
export const CLASS_GROUP: Record<CreditClass, string> = {
  person: 'named people',
  anonymous: 'anonymous sources',
  media: 'other media',
  organisation: 'organisations',
  document: 'documents',
  none: 'unattributed (own voice)',
};
export const OWN_VOICE = 'not attributed: the outlet’s own voice';

export interface CreditLine {
  cls: CreditClass;
  /** Who is credited, as the outlet names them (a named person by their full name); null when no one. */
  who: string | null;
  /** The person page, when the credited person has one. */
  href: string | null;
  /** Whom the credited outlet cites ("U.S. officials"), or null. */
  citing: string | null;
  /** The class in words: "anonymous", "another outlet", or the own-voice sentence. */
  label: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A credited source's name for a reader: a listed person's name, else the parser's named person, else the words. */
function nameOf(c: CreditedSource, people: Map<string, PersonEntry>): string {
  const person = c.personId ? people.get(c.personId) : undefined;
  if (person && person.kind === 'person') return person.name;
  return collapse(c.class === 'person' && c.person ? c.person : c.text);
}

export function creditLine(credit: Credit | null, people: Map<string, PersonEntry>): CreditLine {
  if (!credit) return { cls: 'none', who: null, href: null, citing: null, label: OWN_VOICE };
  const c = credit.credited;
  const linked = c.personId && people.get(c.personId)?.kind === 'person' ? c.personId : null;
  return {
    cls: c.class,
    who: nameOf(c, people),
    href: linked ? personUrl(linked) : null,
    citing: credit.citing ? nameOf(credit.citing.credited, people) : null,
    label: CLASS_LABEL[c.class],
  };
}

/** The whole line as plain text, for tests and aria descriptions. */
export const creditText = (l: CreditLine) => (l.who ? `${l.who}${l.citing ? `, citing ${l.citing}` : ''} · ${l.label}` : l.label.charAt(0).toUpperCase() + l.label.slice(1));

/** The confirmed evidence of a coverage row (suggestions are not yet facts). */
const confirmed = (c: Coverage) => c.evidence.filter((e) => e.review === 'confirmed');

export interface WhoIsCitedRow {
  source: SourceEntry;
  /** Claims the outlet reports with confirmed evidence. */
  claims: number;
  /** Share of those claims per class, 0–1, summing to 1 (0 when no claims). */
  shares: Record<CreditClass, number>;
}

/**
 * Per outlet, the share of its claims credited to each class. A claim counts once, split evenly
 * over its evidence sentences: reported in two sentences, one credited to officials and one in the
 * outlet's own voice, it counts half to each.
 */
export function whoIsCited(sources: SourceEntry[], claims: ClaimEntry[]): WhoIsCitedRow[] {
  return sources.map((source) => {
    const shares = Object.fromEntries(CREDIT_CLASSES.map((k) => [k, 0])) as Record<CreditClass, number>;
    let n = 0;
    for (const claim of claims) {
      const ev = confirmed(coverageOf(claim, source.id));
      if (!ev.length) continue;
      n++;
      for (const e of ev) shares[e.credit?.credited.class ?? 'none'] += 1 / ev.length;
    }
    for (const k of CREDIT_CLASSES) shares[k] = n ? shares[k] / n : 0;
    return { source, claims: n, shares };
  });
}

/** One outlet's credits for a claim: each distinct credit line of its confirmed evidence, in order. */
export function claimCredits(c: Coverage, people: Map<string, PersonEntry>): CreditLine[] {
  const ev = confirmed(c).length ? confirmed(c) : c.evidence;
  const lines = ev.map((e) => creditLine(e.credit, people));
  return lines.filter((l, i) => lines.findIndex((x) => creditText(x) === creditText(l)) === i);
}

/** What makes two credits the same for a comparison: the class, and for a named source whom it names. */
function creditKey(l: CreditLine): string {
  if (l.cls === 'none' || l.cls === 'anonymous') return l.cls;
  return `${l.cls}:${(l.who ?? '').toLowerCase().replace(/^(the|a|an)\s+/, '')}`;
}

export interface CreditDifference {
  claim: ClaimEntry;
  a: CreditLine[];
  b: CreditLine[];
}

/**
 * Claims both outlets report for which they credit different sources: a different class, or a
 * different named person, outlet, organisation or document (two anonymous credits count as the same).
 */
export function creditDifferences(claims: ClaimEntry[], a: string, b: string, people: Map<string, PersonEntry>): CreditDifference[] {
  const out: CreditDifference[] = [];
  for (const claim of claims) {
    const [ca, cb] = [coverageOf(claim, a), coverageOf(claim, b)];
    if (!reports(ca) || !reports(cb) || !bestEvidence(ca) || !bestEvidence(cb)) continue;
    const [la, lb] = [claimCredits(ca, people), claimCredits(cb, people)];
    const [ka, kb] = [new Set(la.map(creditKey)), new Set(lb.map(creditKey))];
    const same = ka.size === kb.size && [...ka].every((k) => kb.has(k));
    if (!same) out.push({ claim, a: la, b: lb });
  }
  return out;
}

/** Percent, rounded, for the table: "33%"; a share above 0 never shows as "0%". */
export const percent = (x: number) => (x > 0 && x < 0.005 ? '<1%' : `${Math.round(x * 100)}%`);

/** A credited source or its cue, marked in an article's text (the source page). */
export interface CreditMark {
  start: number;
  end: number;
  kind: 'source' | 'cue';
  /** The source's class in words ("anonymous"), shown after it; the cue's relation's, for reference. */
  label: string;
  cls: SourceClass;
}

/** The sources and cues of one article's relations that credit someone (a cue without a source credits no one). */
export function creditMarks(attributions: AttributionEntry[]): CreditMark[] {
  const out: CreditMark[] = [];
  for (const a of attributions) {
    if (!a.credited) continue;
    const { class: cls } = a.credited;
    out.push({ start: a.credited.start, end: a.credited.end, kind: 'source', label: CLASS_LABEL[cls], cls });
    if (a.cue) out.push({ start: a.cue.start, end: a.cue.end, kind: 'cue', label: CLASS_LABEL[cls], cls });
  }
  return out;
}

/** The credits dataset: one flat row per claim, outlet and evidence sentence, in claim and outlet order. */
export function creditRows(claims: ClaimEntry[]): CreditRow[] {
  return claims.flatMap((claim) =>
    claim.coverage.flatMap((v) =>
      v.evidence.map((e) => {
        const c = e.credit;
        return {
          id: `${claim.id}/${v.source}/${e.sentence + 1}`,
          claim: claim.id,
          source: v.source,
          sentence: e.sentence,
          review: e.review,
          class: c?.credited.class ?? null,
          credited: c ? collapse(c.credited.text) : null,
          personId: c?.credited.personId ?? null,
          cue: c?.cue ? collapse(c.cue.text) : null,
          citing: c?.citing ? collapse(c.citing.credited.text) : null,
          citingClass: c?.citing?.credited.class ?? null,
          match: c?.match ?? null,
          attribution: c?.attribution ?? null,
          start: e.start,
          end: e.end,
        };
      }),
    ),
  );
}
