/**
 * The views pages render (src/lib/views/*.ts), on a small made-up site: three invented outlets,
 * two claims, a few figures, quotes and one shared utterance. Also: no page template names the
 * story or counts the outlets itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, type Collections } from '../../src/lib/site.ts';
import { loadStory } from '../../src/lib/story.ts';
import { claimPaths, claimView } from '../../src/lib/views/claim.ts';
import { figuresDiffer } from '../../src/align/index.ts';
import { comparePair, comparePaths } from '../../src/lib/views/compare.ts';
import { countWord, storyView } from '../../src/lib/views/story.ts';
import { peopleView, personPaths, personView } from '../../src/lib/views/people.ts';
import { quotesView } from '../../src/lib/views/quotes.ts';
import type { ClaimEntry, FigureEntry, PersonEntry, QuoteEntry, SourceEntry, UtteranceEntry } from '../../src/schema/index.ts';

const source = (id: string, outlet: string, order: number): SourceEntry =>
  ({ id, outlet, order, outletKnown: true, headline: `${outlet} headline`, date: '2030-01-02', url: null, sentences: [], blocks: [], text: '' }) as unknown as SourceEntry;

const evidence = (sentence: number, text: string, score = 1) => ({ sentence, text, score, start: 0, end: text.length, review: 'confirmed' as const, confidence: null, credit: null });
type Cov = ClaimEntry['coverage'][number];
const reported = (src: string, text: string, sentence = 0): Cov => ({ source: src, status: 'reported', evidence: [evidence(sentence, text)], difference: null, nearest: null });

function claim(id: string, order: number, coverage: Cov[], extra: Partial<ClaimEntry> = {}): ClaimEntry {
  return { id, order, statement: `The council ${id.replace(/-/g, ' ')}`, topic: 'vote', topicTitle: 'The vote', notes: null, formerSlugs: [], hints: { terms: [], entities: [], measures: [] }, coverage, quotes: [], figures: [], ...extra };
}

function figure(id: string, src: string, value: number, unit: string, group: string | null, normalized = value, qualifier: string | null = null): FigureEntry {
  return { id, source: src, group, text: `${value} ${unit}`, start: 0, end: 1, value, unit, normalized: { value: normalized, unit: 'km' }, qualifier, measures: 'bridge length', category: 'quantity', inQuote: false, sentence: 0 } as unknown as FigureEntry;
}

const quote = (id: string, src: string, text: string, personId: string | null, utterance: string | null): QuoteEntry =>
  ({ id, source: src, text, personId, utterance, speaker: personId ? 'Mara Quill' : null, start: 0, end: text.length, sentence: 1 }) as unknown as QuoteEntry;

const person = (id: string, name: string): PersonEntry => ({ id, name, kind: 'person', variants: [name], roles: [], quoteCounts: {} });

function makeSite(extraSources: SourceEntry[] = []) {
  const sources = [source('north-gazette', 'The North Gazette', 0), source('river-post', 'River Post (riverpost.example)', 1), source('hill-times', 'Hill Times', 2), ...extraSources];
  const claims = [
    claim('approves-bridge', 0, [reported('north-gazette', 'The council approved the new bridge on Monday.'), reported('river-post', 'Councillors approved a new bridge.')], { figures: ['ng-f0', 'rp-f0'], quotes: ['ng-q0'], formerSlugs: ['old-bridge'] }),
    claim('cost-rises', 1, [reported('hill-times', 'The cost rose again.')], { figures: ['ht-f0'] }),
  ];
  const figures = [
    figure('ng-f0', 'north-gazette', 300, 'km', 'bridge-length'),
    figure('rp-f0', 'river-post', 190, 'mi', 'bridge-length', 305.8),
    figure('ng-f1', 'north-gazette', 12000, 'people', 'crowd', 12000),
    figure('rp-f1', 'river-post', 20000, 'people', 'crowd', 20000),
    // A span of time: normalised to days for arithmetic, shown in the years it was written in.
    { ...figure('ht-f0', 'hill-times', 3, 'year', null, 1095.72659722, 'nearly'), text: 'three years', normalized: { value: 1095.72659722, unit: 'day' } },
  ];
  const measures = [
    { id: 'bridge-length', label: 'bridge length', unit: 'km', figures: ['ng-f0', 'rp-f0'], verdict: 'consistent' as const, arithmetic: '…', spread: 0.02 },
    { id: 'crowd', label: 'crowd', unit: null, figures: ['ng-f1', 'rp-f1'], verdict: 'discrepant' as const, arithmetic: '…', spread: 0.67 },
  ];
  const quotes = [
    quote('ng-q0', 'north-gazette', 'We will build it by spring', 'mara-quill', 'u-1'),
    quote('rp-q0', 'river-post', 'we will build it this spring', 'mara-quill', 'u-1'),
    quote('rp-q1', 'river-post', 'It is too dear', 'otto-fenn', null),
  ];
  const utterances = [{ id: 'u-1', personId: 'mara-quill', speaker: 'Mara Quill', quotes: ['ng-q0', 'rp-q0'], pairs: [] } as unknown as UtteranceEntry];
  const people = [person('mara-quill', 'Mara Quill'), person('otto-fenn', 'Otto Fenn')];
  const c: Collections = { sources, claims, quotes, figures, people, utterances, measures };
  return indexSite(c);
}

describe('story view', () => {
  const story = { name: 'the bridge vote', siteName: '{Count} outlets, one vote', event: 'The council voted.', summary: 'the council vote on the bridge' };
  it('takes the number of outlets from the data, in words', () => {
    expect(storyView(story, 5).siteName).toBe('Five outlets, one vote');
    const six = storyView(story, 6);
    expect(six.siteName).toBe('Six outlets, one vote');
    expect(six.nOutlets).toBe('six outlets');
    expect(six.nReports).toBe('six reports');
    expect(storyView(story, 1).nOutlets).toBe('one outlet');
    expect(countWord(13)).toBe('13');
  });
  it('reads the editor’s story file', () => {
    const s = loadStory();
    expect(s.name.length).toBeGreaterThan(0);
    expect(s.siteName).toMatch(/\{count\}|\{Count\}/);
  });
});

describe('claim view', () => {
  const site = makeSite();
  const view = claimView(site, 'approves-bridge');

  it('has one column per outlet in source order, "not reported" where the build gave none', () => {
    expect(view.columns.map((c) => c.source.id)).toEqual(['north-gazette', 'river-post', 'hill-times']);
    expect(view.columns.map((c) => c.coverage.status)).toEqual(['reported', 'reported', 'not-reported']);
    expect(view.summary).toBe('2 of 3 outlets reported this claim: North Gazette, River Post.');
  });

  it('gives every evidence sentence its credit line, the own voice where the data credits no one', () => {
    expect(view.columns.map((c) => c.credits.length)).toEqual(view.columns.map((c) => c.coverage.evidence.length));
    expect(view.columns[0]!.credits[0]).toMatchObject({ cls: 'none', who: null });
  });

  it('an outlet with suggestions only is named apart, as not yet reviewed, never counted as reporting', () => {
    const c = site.claim.get('approves-bridge')!;
    const withSuggestion = { ...c, coverage: [...c.coverage, { source: 'hill-times', status: 'suggested' as const, evidence: [{ ...evidence(0, 'A bridge was approved.'), review: 'suggested' as const, confidence: 0.7 }], difference: null, nearest: null }] };
    const s2 = indexSite({ ...site, claims: [withSuggestion, ...site.claims.filter((x) => x.id !== c.id)] } as unknown as Collections);
    const v = claimView(s2, 'approves-bridge');
    expect(v.summary).toBe('2 of 3 outlets reported this claim: North Gazette, River Post. Suggested by the matcher, not yet reviewed: Hill Times.');
    expect(v.diffPairs.every((p) => p.a.id !== 'hill-times' && p.b.id !== 'hill-times')).toBe(true);
  });

  it('compares only reporting outlets, by their best sentence', () => {
    expect(view.diffPairs).toHaveLength(1);
    const [p] = view.diffPairs;
    expect([p!.a.id, p!.b.id]).toEqual(['north-gazette', 'river-post']);
    expect(p!.share).toBeGreaterThan(0);
    expect(p!.share).toBeLessThan(1);
  });

  it('links figures to their sentence and their measure; position, neighbours, canonical and JSON-LD', () => {
    expect(view.figures.map((f) => [f.figure.id, f.measure.label, f.measure.href])).toEqual([
      ['ng-f0', 'bridge length', '/figures/#m-bridge-length'],
      ['rp-f0', 'bridge length', '/figures/#m-bridge-length'],
    ]);
    expect(view.figures[0]!.href).toBe('/sources/north-gazette/#s-1');
    expect(view.measures.map((m) => m.id)).toEqual(['bridge-length']);
    expect(view.quotes.map((q) => [q.quote.id, q.person?.name])).toEqual([['ng-q0', 'Mara Quill']]);
    expect([view.number, view.total, view.prev, view.next?.id]).toEqual([1, 2, undefined, 'cost-rises']);
    expect(view.canonical).toMatch(/\/claims\/approves-bridge\/$/);
    expect(view.jsonLd['@id']).toBe(view.canonical);
    expect(view.jsonLd.appearance).toHaveLength(2);
    expect(claimPaths(site).filter((p) => p.props.redirect).map((p) => p.params.slug)).toEqual(['old-bridge']);
  });
});

describe('figures in a reader\'s units', () => {
  it('shows a span of time in the years it was written in, never in the days it is compared in', () => {
    const view = claimView(makeSite(), 'cost-rises');
    expect(view.figures.map((f) => f.shown)).toEqual(['nearly 3 years']);
  });
});

describe('compare view', () => {
  const site = makeSite();

  it('"do these figures differ" is the interval rule of the measure verdict, not exact equality', () => {
    const km300 = figure('a', 'x', 300, 'km', 'm');
    const mi190 = figure('b', 'y', 190, 'miles', 'm', 305.8);
    expect(figuresDiffer([km300], [mi190])).toBe(false); // within rounding and conversion
    expect(figuresDiffer([km300], [figure('c', 'y', 500, 'km', 'm')])).toBe(true);
    expect(figuresDiffer([figure('d', 'x', 10000, 'km', 'm', 10000, 'more than')], [figure('e', 'y', 12000, 'km', 'm')])).toBe(false);
    expect(figuresDiffer([km300], [])).toBe(false);
  });

  it('sorts claims into shared and only-one, rows of figures with the verdict, shared quotes and who only one quotes', () => {
    const view = comparePair(site, 'north-gazette', 'river-post');
    expect(view.title).toBe('North Gazette and River Post');
    expect(view.shared.map((x) => x.claim.id)).toEqual(['approves-bridge']);
    expect(view.shared[0]!.words.a.text).toBe('The council approved the new bridge on Monday.');
    expect(view.shared[0]!.showStatus).toBe(false);
    expect(view.onlyA).toEqual([]);
    expect(view.onlyB).toEqual([]);
    expect(view.measures.map((m) => [m.measure.id, m.differ])).toEqual([
      ['bridge-length', false],
      ['crowd', true],
    ]);
    // Each figure in the unit it was written in, the other system's unit beside it.
    expect(view.measures[0]!.a.map((c) => c.shown)).toEqual(['300 km = 186 miles']);
    expect(view.measures[0]!.b.map((c) => c.shown)).toEqual(['190 miles = 306 km']);
    expect(view.quotes.map((q) => [q.utterance.id, q.speaker.name, q.speaker.href])).toEqual([['u-1', 'Mara Quill', '/people/mara-quill/']]);
    expect(view.onlyQuoted.a).toEqual([]);
    expect(view.onlyQuoted.b.map((p) => p.id)).toEqual(['otto-fenn']);
    // Neither credits anyone for the shared claim: nothing credited differently.
    expect(view.credits).toEqual([]);
    const other = comparePair(site, 'north-gazette', 'hill-times');
    expect([other.shared.length, other.onlyA.map((c) => c.id), other.onlyB.map((c) => c.id)]).toEqual([0, ['approves-bridge'], ['cost-rises']]);
    expect(comparePaths(site)).toHaveLength(6);
  });
});

describe('quotes view', () => {
  const base = makeSite();
  const site = indexSite({
    ...base,
    // Two quotations with no identified person: one with a name as written, one with none.
    quotes: [...base.quotes, { ...quote('ht-q0', 'hill-times', 'Nobody asked us', null, null), speaker: 'A Resident' }, quote('ht-q1', 'hill-times', 'It will flood', null, null)],
    people: [...base.people, person('ida-lorne', 'Ida Lorne')],
  });
  const view = quotesView(site);

  it('groups by speaker, most quoted first, then by name; a name as written is its own group', () => {
    expect(view.groups.map((g) => [g.name, g.count, g.anchor, g.personId])).toEqual([
      ['Mara Quill', 2, 'speaker-mara-quill', 'mara-quill'],
      ['A Resident', 1, 'speaker-s-a-resident', null],
      ['Otto Fenn', 1, 'speaker-otto-fenn', 'otto-fenn'],
      ['Speaker not named', 1, 'speaker-s-', null],
    ]);
  });

  it('joins the renderings of one utterance with their outlets; a lone quotation has no anchor', () => {
    const [mara, , otto] = view.groups;
    expect(mara!.utterances.map((u) => [u.id, u.anchor, u.quotes.map((q) => q.id), u.outlets.map((s) => s.id)])).toEqual([
      ['u-1', 'u-1', ['ng-q0', 'rp-q0'], ['north-gazette', 'river-post']],
    ]);
    expect(otto!.utterances.map((u) => [u.id, u.anchor])).toEqual([['single-rp-q1', undefined]]);
  });

  it('offers only the people who are quoted, by name', () => {
    expect(view.speakers.map((p) => p.id)).toEqual(['mara-quill', 'otto-fenn']);
  });

  it('offers a word diff only for renderings that share at least 40% of their words', () => {
    const op = (o: 'equal' | 'insert' | 'delete', text: string) => ({ op: o, text });
    const shared = { a: 'ng-q0', b: 'rp-q0', similarity: 0.9, diff: [op('equal', 'we will build it '), op('delete', 'by'), op('insert', 'this'), op('equal', ' spring')] };
    const fragment = { a: 'ng-q0', b: 'rp-q0', similarity: 1, diff: [op('delete', 'we will build the long bridge over the river '), op('equal', 'by spring')] };
    const withPairs = indexSite({ ...site, utterances: [{ ...site.utterances[0]!, pairs: [shared, fragment] }] } as unknown as Collections);
    const u = quotesView(withPairs).groups[0]!.utterances[0]!;
    expect(u.diffPairs).toEqual([shared]);
  });
});

describe('people view', () => {
  const base = makeSite();
  const counted = (p: PersonEntry, quoteCounts: Record<string, number>, kind: PersonEntry['kind'] = p.kind) => ({ ...p, quoteCounts, kind });
  const site = indexSite({
    ...base,
    people: [
      counted(person('otto-fenn', 'Otto Fenn'), { 'river-post': 1, 'north-gazette': 0 }),
      counted(person('mara-quill', 'Mara Quill'), { 'north-gazette': 1, 'river-post': 1 }),
      counted(person('officials', 'Officials'), { 'hill-times': 1 }, 'anonymous'),
    ],
  });

  it('sorts by quotations, then by name, and counts only outlets that quote them', () => {
    expect(peopleView(site).map((r) => [r.person.id, r.kind, r.quotes, r.outlets])).toEqual([
      ['mara-quill', 'Person', 2, 2],
      ['officials', 'Anonymous source', 1, 1],
      ['otto-fenn', 'Person', 1, 1],
    ]);
  });
});

describe('person view', () => {
  const base = makeSite();
  const mara = { ...person('mara-quill', 'Mara Quill'), roles: [{ source: 'river-post', role: 'mayor' }] };
  const site = indexSite({ ...base, people: [mara, person('otto-fenn', 'Otto Fenn')] });

  it('gives every outlet a row, in source order, with its quotations and the roles it gives', () => {
    const view = personView(site, 'mara-quill');
    expect(view.bySource.map((x) => [x.source.id, x.quotes.map((q) => q.id), x.roles.map((r) => r.role)])).toEqual([
      ['north-gazette', ['ng-q0'], []],
      ['river-post', ['rp-q0'], ['mayor']],
      ['hill-times', [], []],
    ]);
    expect(view.outlets.map((x) => x.source.id)).toEqual(['north-gazette', 'river-post']);
    expect(view.kind).toBe('a person');
    expect(view.description).toBe('Mara Quill: 2 quotations in 2 of the 3 reports, with the role each outlet gives.');
    expect(personView(site, 'otto-fenn').description).toBe('Otto Fenn: 1 quotation in 1 of the 3 reports, with the role each outlet gives.');
    expect(personPaths(site).map((p) => p.params.id)).toEqual(['mara-quill', 'otto-fenn']);
  });
});

describe('no page template names the story or counts the outlets', () => {
  const root = join(import.meta.dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.astro') ? [join(dir, n)] : []));
  const templates = ['pages', 'components', 'layouts'].flatMap((d) => files(join(root, d)));
  // The story's distinctive words (capitalised in its name, e.g. an acronym) and counts from three up.
  const storyWords = loadStory().name.split(/\s+/).filter((w) => /\p{Lu}/u.test(w));
  const counted = /\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

  it('finds the words it looks for (so the check can fail)', () => {
    expect(counted.test('How five outlets reported')).toBe(true);
    expect(storyWords.length).toBeGreaterThan(0);
  });

  it('no .astro file in pages, components or layouts contains them', () => {
    expect(templates.length).toBeGreaterThan(10);
    const offenders = templates.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const words = [...(text.match(counted) ?? []), ...storyWords.filter((w) => text.includes(w))];
      return words.length ? [`${f.slice(root.length)}: ${words.join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
