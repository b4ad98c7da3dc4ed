// The credit views (src/lib/credits.ts) and the third mark layer (src/lib/marks.ts splitBy), on
// made-up outlets, claims and credits.
import { describe, expect, it } from 'vitest';
import { claimCredits, creditDifferences, creditLine, creditMarks, creditRows, creditText, OWN_VOICE, percent, whoIsCited } from '../../src/lib/credits.ts';
import { CreditRow } from '../../src/schema/index.ts';
import { segment, splitBy } from '../../src/lib/marks.ts';
import type { AttributionEntry, ClaimEntry, Credit, PersonEntry, SourceClass, SourceEntry } from '../../src/schema/index.ts';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
function credit(who: string, cls: SourceClass, extra: { personId?: string; person?: string; citing?: string } = {}): Credit {
  return {
    attribution: 'x-a1',
    match: 'overlaps',
    credited: { ...span(who), class: cls, person: extra.person ?? null, personId: extra.personId ?? null },
    cue: span('said'),
    citing: extra.citing ? { attribution: 'x-a2', credited: { ...span(extra.citing), class: 'anonymous', person: null, personId: null } } : null,
  };
}
const people = new Map<string, PersonEntry>([
  ['mara-quill', { id: 'mara-quill', name: 'Mara Quill', kind: 'person', variants: ['Mara Quill'], roles: [], quoteCounts: {} }],
  ['anonymous-clerks', { id: 'anonymous-clerks', name: 'clerks (anonymous)', kind: 'anonymous', variants: ['a clerk'], roles: [], quoteCounts: {} }],
]);
const source = (id: string, order: number) => ({ id, outlet: id, order }) as unknown as SourceEntry;
const ev = (sentence: number, c: Credit | null, review: 'confirmed' | 'suggested' = 'confirmed') => ({ ...span('x'), sentence, score: 1, review, confidence: null, credit: c });
type Cov = ClaimEntry['coverage'][number];
const cov = (src: string, evidence: Cov['evidence']): Cov => ({ source: src, status: evidence.length ? 'reported' : 'not-reported', evidence, difference: null, nearest: null });
const claim = (id: string, coverage: Cov[]) => ({ id, order: 0, statement: id, topic: 't', topicTitle: 'T', notes: null, formerSlugs: [], hints: { terms: [], entities: [], measures: [] }, coverage, quotes: [], figures: [] }) as ClaimEntry;

describe('creditLine', () => {
  it('says whom, the kind of source in words, and whom another outlet cites', () => {
    expect(creditText(creditLine(credit('two  clerks familiar\nwith the vote', 'anonymous'), people))).toBe('two clerks familiar with the vote · anonymous');
    expect(creditText(creditLine(credit('The Harbour Gazette', 'media', { citing: 'city officials' }), people))).toBe('The Harbour Gazette, citing city officials · another outlet');
    expect(creditLine(null, people).label).toBe(OWN_VOICE);
    expect(creditText(creditLine(null, people))).toBe('Not attributed: the outlet’s own voice');
  });
  it('names a listed person by their name and links their page; an unlisted one by the parser’s name', () => {
    const line = creditLine(credit('she', 'person', { personId: 'mara-quill', person: 'Mara Quill' }), people);
    expect(line.who).toBe('Mara Quill');
    expect(line.href).toMatch(/people\/mara-quill\/$/);
    const unlisted = creditLine(credit('Mayor Dee Other', 'person', { person: 'Dee Other' }), people);
    expect([unlisted.who, unlisted.href]).toEqual(['Dee Other', null]);
  });
  it('links no page for an anonymous group, though the people collection lists it', () => {
    const line = creditLine(credit('a clerk', 'anonymous', { personId: 'anonymous-clerks' }), people);
    expect([line.who, line.href]).toEqual(['a clerk', null]);
  });
});

describe('whoIsCited', () => {
  const sources = [source('north', 0), source('south', 1), source('east', 2)];
  const claims = [
    claim('a', [cov('north', [ev(0, credit('a clerk', 'anonymous')), ev(1, null)]), cov('south', [ev(0, credit('Mara Quill', 'person'))])]),
    claim('b', [cov('north', [ev(2, credit('The Harbour Gazette', 'media'))]), cov('south', [ev(3, credit('x', 'person'), 'suggested')])]),
  ];
  const rows = whoIsCited(sources, claims);
  it('splits a claim evenly over its sentences’ credits, so the shares of an outlet sum to one', () => {
    expect(rows[0]!.claims).toBe(2);
    expect(rows[0]!.shares).toMatchObject({ anonymous: 0.25, none: 0.25, media: 0.5, person: 0 });
    expect(Object.values(rows[0]!.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
  it('counts confirmed evidence only, and an outlet with none has no shares', () => {
    expect(rows[1]!.claims).toBe(1);
    expect(rows[1]!.shares.person).toBe(1);
    expect(rows[2]!.claims).toBe(0);
    expect(Object.values(rows[2]!.shares).every((x) => x === 0)).toBe(true);
  });
  it('rounds shares for reading without hiding a small one', () => {
    expect([percent(0.333), percent(0.004), percent(0)]).toEqual(['33%', '<1%', '0%']);
  });
});

describe('creditDifferences', () => {
  const claims = [
    claim('same-anon', [cov('north', [ev(0, credit('a clerk', 'anonymous'))]), cov('south', [ev(0, credit('two clerks', 'anonymous'))])]),
    claim('class-differs', [cov('north', [ev(1, credit('a clerk', 'anonymous'))]), cov('south', [ev(1, null)])]),
    claim('person-differs', [cov('north', [ev(2, credit('Mara Quill', 'person'))]), cov('south', [ev(2, credit('Dee Other', 'person'))])]),
    claim('one-side', [cov('north', [ev(3, credit('a clerk', 'anonymous'))]), cov('south', [])]),
  ];
  it('lists claims both report with another kind of source or another named source, not two anonymous ones', () => {
    const diffs = creditDifferences(claims, 'north', 'south', people);
    expect(diffs.map((d) => d.claim.id)).toEqual(['class-differs', 'person-differs']);
    expect(diffs[0]!.b.map(creditText)).toEqual(['Not attributed: the outlet’s own voice']);
  });
  it('gives each distinct credit of an outlet once', () => {
    const c = cov('north', [ev(0, credit('a clerk', 'anonymous')), ev(1, credit('a clerk', 'anonymous')), ev(2, null)]);
    expect(claimCredits(c, people).map(creditText)).toEqual(['a clerk · anonymous', 'Not attributed: the outlet’s own voice']);
  });
});

describe('creditMarks and splitBy', () => {
  const TEXT = 'The bridge will close, a clerk said on Monday.';
  const at = (s: string) => span(s, TEXT.indexOf(s));
  const rel = { id: 'x-a1', source: 'x', credited: { ...at('a clerk'), class: 'anonymous', person: null, personId: null }, cue: at('said'), content: [at('The bridge will close')], direct: false, quote: null, sentence: 0, sentences: [0] } as AttributionEntry;
  const noSource = { ...rel, id: 'x-a2', credited: null } as AttributionEntry;
  it('marks the source (with its kind in words) and the cue of each relation that credits someone', () => {
    const marks = creditMarks([rel, noSource]);
    expect(marks.map((m) => [TEXT.slice(m.start, m.end), m.kind, m.label])).toEqual([['a clerk', 'source', 'anonymous'], ['said', 'cue', 'anonymous']]);
  });
  it('cuts segments at the marks, keeping the text whole and each piece’s figure', () => {
    const figure = at('Monday');
    const pieces = splitBy(segment(TEXT, { start: 0, end: TEXT.length }, [], [figure]), creditMarks([rel]));
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
    expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark!.kind])).toEqual([['a clerk', 'source'], ['said', 'cue']]);
    expect(pieces.find((p) => p.text === 'Monday')?.figure).toBe(figure);
  });
});

describe('creditRows (the credits dataset)', () => {
  const claims = [claim('a', [cov('north', [ev(0, credit('The Harbour\nGazette', 'media', { citing: 'city officials' })), ev(4, null)]), cov('south', [])])];
  const rows = creditRows(claims);
  it('has one valid row per evidence sentence, the own voice as an empty class', () => {
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(CreditRow.safeParse(r).success).toBe(true);
    expect(rows[0]).toMatchObject({ id: 'a/north/1', claim: 'a', source: 'north', class: 'media', credited: 'The Harbour Gazette', citing: 'city officials', citingClass: 'anonymous', cue: 'said' });
    expect(rows[1]).toMatchObject({ id: 'a/north/5', class: null, credited: null, attribution: null });
  });
});
