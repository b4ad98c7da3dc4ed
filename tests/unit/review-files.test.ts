/**
 * Reviews as editorial data (content/reviews/*.yaml): the text-quote selectors, the merge of reviews
 * with the matcher, and bad review files through the real `npm run content` — each a located error
 * with the fix, a non-zero exit, and the previous collections untouched.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brokenRun, edit, root, runContent, scratch, type Scratch } from '../helpers/content-run.ts';
import { findQuote, flatten, quoteFor } from '../../src/review/selectors.ts';
import { formatReview } from '../../src/review/format.ts';
import { labelOf, truthOf } from '../../src/align/review.ts';
import { ReviewFile, type ClaimEntry, type SourceEntry } from '../../src/schema/index.ts';
import { extract } from '../../src/parse/index.ts';
import { loadRegistry } from '../../src/collections/registry.ts';

const registrySlugs = loadRegistry(readFileSync(join(root, 'content/claims.yaml'), 'utf8'), 'content/claims.yaml').claims.map((c) => c.slug);

// A made-up article: two sentences share their words, hard wraps and curly quotes as in real copy.
const ARTICLE = 'The council approved the plan.\nIt was “a\nbig step”, the mayor said.\nThe council approved the plan. Critics left.\n';

describe('text-quote selectors', () => {
  const flat = flatten(ARTICLE);
  it('finds words across hard wraps and typographic quotes, at the original offsets', () => {
    const m = findQuote(flat, { exact: 'It was "a big step", the mayor said.', prefix: '', suffix: '' });
    expect(m.kind).toBe('found');
    if (m.kind === 'found') expect(ARTICLE.slice(m.start, m.end)).toBe('It was “a\nbig step”, the mayor said.');
  });
  it('tells repeated words apart by prefix or suffix, and says when it cannot', () => {
    expect(findQuote(flat, { exact: 'The council approved the plan.', prefix: '', suffix: '' })).toMatchObject({ kind: 'ambiguous', count: 2 });
    const second = findQuote(flat, { exact: 'The council approved the plan.', prefix: 'the mayor said.', suffix: '' });
    expect(second.kind === 'found' && second.start).toBe(ARTICLE.lastIndexOf('The council'));
    const first = findQuote(flat, { exact: 'The council approved the plan.', prefix: '', suffix: 'It was' });
    expect(first.kind === 'found' && first.start).toBe(0);
    expect(findQuote(flat, { exact: 'The council rejected the plan.', prefix: '', suffix: '' }).kind).toBe('missing');
  });
  it('a selector written for each sentence finds that sentence again (every sentence of the five articles)', () => {
    // Parsed here, not read from content/data: a fresh clone runs the unit tests before any build.
    const dir = join(root, 'content/articles');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) {
      const f = flatten(text);
      for (const x of extract(text).sentences) {
        const m = findQuote(f, quoteFor(text, x.start, x.end));
        // A sentence repeated verbatim with the same context is the only way to fail; none of the five has one.
        expect(m).toEqual({ kind: 'found', start: x.start, end: x.end });
      }
    }
  });
});

describe('review files', () => {
  it('the written layout reads back as the same review', () => {
    const r: ReviewFile = { article: 'made-up', complete: false, reviewedClaims: [], sentences: [{ exact: 'It was "a big step".', prefix: 'plan.', suffix: '', confirmed: ['a'], added: [], rejected: ['b', 'c'], note: 'why: "quoted"' }] };
    expect(ReviewFile.parse(parse(formatReview(r)))).toEqual(r);
    // A complete review lists the claims it was read against, wrapped: it still reads back the same.
    const slugs = Array.from({ length: 30 }, (_, i) => `claim-number-${i}`);
    const done: ReviewFile = { ...r, complete: true, reviewedClaims: slugs };
    expect(formatReview(done).split('\n').filter((l) => !l.startsWith('#')).every((l) => l.length <= 100)).toBe(true);
    expect(ReviewFile.parse(parse(formatReview(done)))).toEqual(done);
  });
  it('labels a suggestion right, wrong, or not yet reviewed', () => {
    const verdicts = new Map([[0, new Map([['a', 'confirmed' as const], ['b', 'rejected' as const]])]]);
    const open = truthOf({ article: 'x', complete: false, reviewedClaims: new Set(['a', 'b', 'c']), verdicts });
    expect([labelOf(open, 0, 'a'), labelOf(open, 0, 'b'), labelOf(open, 0, 'c'), labelOf(open, 1, 'a')]).toEqual([true, false, null, null]);
    const done = truthOf({ article: 'x', complete: true, reviewedClaims: new Set(['a', 'b', 'c']), verdicts });
    expect([labelOf(done, 0, 'c'), labelOf(done, 1, 'a')]).toEqual([false, false]);
    // A claim the article was not read against (added to the registry later) is still open.
    expect([labelOf(done, 0, 'new-claim'), labelOf(done, 1, 'new-claim')]).toEqual([null, null]);
  });
  it('the five reviews are complete and name every sentence the hand mapping gives claims', () => {
    const mapping = parse(readFileSync(join(root, 'tests/fixtures/align/mapping.yaml'), 'utf8')) as Record<string, { s: string; c: string[] }[]>;
    for (const slug of Object.keys(mapping)) {
      const r = ReviewFile.parse(parse(readFileSync(join(root, `content/reviews/${slug}.yaml`), 'utf8')));
      expect(r.complete).toBe(true);
      expect(new Set(r.reviewedClaims)).toEqual(new Set(registrySlugs));
      const text = readFileSync(join(root, `content/articles/${slug}.txt`), 'utf8');
      const sentences = extract(text).sentences;
      const flat = flatten(text);
      const reviewed = new Set<number>();
      for (const e of r.sentences) {
        const m = findQuote(flat, e);
        if (m.kind === 'found') for (const s of sentences) if (s.start < m.end && s.end > m.start) reviewed.add(s.index);
      }
      for (const { s } of mapping[slug]!) {
        const at = text.indexOf(s);
        expect(reviewed.has(sentences.find((x) => x.start <= at && at < x.end)!.index), `${slug}: ${s}`).toBe(true);
      }
    }
  });
});

describe('npm run content with reviews', () => {
  it('shows only confirmed evidence for the five reviewed articles, and no rejected match', () => {
    const s = scratch();
    expect(runContent(s).code).toBe(0);
    const claims = JSON.parse(readFileSync(join(s.out, 'claims.json'), 'utf8')) as ClaimEntry[];
    const sources = JSON.parse(readFileSync(join(s.out, 'sources.json'), 'utf8')) as SourceEntry[];
    const evidence = claims.flatMap((c) => c.coverage.flatMap((v) => v.evidence.map((e) => ({ ...e, claim: c.id, source: v.source }))));
    expect(evidence.length).toBeGreaterThan(150);
    expect(evidence.filter((e) => e.review !== 'confirmed')).toEqual([]);
    expect(claims.flatMap((c) => c.coverage).filter((v) => v.status === 'suggested')).toEqual([]);
    for (const src of sources) for (const x of src.sentences) expect(x.suggested).toEqual([]);
    // No rejected verdict reaches the data: find each rejected sentence by its selector.
    let rejected = 0;
    for (const src of sources) {
      const r = ReviewFile.parse(parse(readFileSync(join(s.reviews, `${src.id}.yaml`), 'utf8')));
      const flat = flatten(src.text);
      for (const e of r.sentences) {
        const m = findQuote(flat, e);
        if (m.kind !== 'found') throw new Error(`selector not found: ${e.exact}`);
        const sent = src.sentences.filter((x) => x.start < m.end && x.end > m.start).map((x) => x.index);
        for (const c of e.rejected) {
          rejected++;
          if (e.confirmed.includes(c) || e.added.includes(c)) continue;
          expect(evidence.some((x) => x.claim === c && x.source === src.id && sent.includes(x.sentence)), `${src.id}: ${c} on ${e.exact}`).toBe(false);
        }
      }
    }
    expect(rejected).toBeGreaterThan(30);
  });

  it('without reviews, every match is a suggestion with a null confidence (nothing to fit on)', () => {
    const s = scratch();
    for (const f of ['financial-times', 'defense-mirror', 'washington-post', 'reuters-via-aap', 'unidentified-outlet']) writeFileSync(join(s.reviews, `${f}.yaml`), `article: ${f}\n`);
    const r = runContent(s);
    expect(r.code).toBe(0);
    const claims = JSON.parse(readFileSync(join(s.out, 'claims.json'), 'utf8')) as ClaimEntry[];
    const evidence = claims.flatMap((c) => c.coverage.flatMap((v) => v.evidence));
    expect(evidence.length).toBeGreaterThan(100);
    expect(evidence.every((e) => e.review === 'suggested' && e.confidence === null)).toBe(true);
    expect(claims.flatMap((c) => c.coverage).some((v) => v.status === 'suggested')).toBe(true);
    expect(claims.flatMap((c) => c.coverage).some((v) => v.status === 'reported' || v.status === 'differently')).toBe(false);
  });

  it('a claim added to the registry after a review was completed is shown as a suggestion, not hidden', () => {
    const s = scratch();
    // A claim the editors did not read the five articles against (written for this test, in registry words).
    edit(s.registry, (t) => `${t.trimEnd()}\n\n  - slug: missile-reach-in-kilometres\n    statement: The missile can hit targets about 300 kilometres (190 miles) away.\n    topic: weapon\n    hints:\n      terms: [range, kilometres, kilometers, miles, reach]\n      entities: [ATACMS]\n      measures: [range]\n`);
    const r = runContent(s);
    expect(r.code, r.stderr).toBe(0);
    const claims = JSON.parse(readFileSync(join(s.out, 'claims.json'), 'utf8')) as ClaimEntry[];
    const added = claims.find((c) => c.id === 'missile-reach-in-kilometres')!;
    const evidence = added.coverage.flatMap((v) => v.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.review === 'suggested' && typeof e.confidence === 'number')).toBe(true);
    expect(added.coverage.some((v) => v.status === 'suggested')).toBe(true);
    // The claims the reviews vouch for still show confirmed evidence only.
    const others = claims.filter((c) => c.id !== added.id).flatMap((c) => c.coverage.flatMap((v) => v.evidence));
    expect(others.filter((e) => e.review !== 'confirmed')).toEqual([]);
  });

  it('warns, located, about reviewedClaims that name no claim or are set on an incomplete review', () => {
    const s = scratch();
    edit(join(s.reviews, 'financial-times.yaml'), (t) => t.replace('reviewedClaims: [biden-authorises-strikes-inside-russia,', 'reviewedClaims: [biden-authorises-strike-inside-russia,'));
    edit(join(s.reviews, 'washington-post.yaml'), (t) => t.replace(/^complete: true/m, 'complete: false'));
    const r = runContent(s);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/financial-times\.yaml:\d+:\d+: warning: reviewedClaims names "biden-authorises-strike-inside-russia", which is not in the registry\n\s+fix: .*did you mean "biden-authorises-strikes-inside-russia"/);
    expect(r.stdout).toMatch(/washington-post\.yaml:\d+:\d+: warning: reviewedClaims has no effect: the review is not complete/);
  });

  const ft = (s: Scratch) => join(s.reviews, 'financial-times.yaml');
  const cases: [string, (s: Scratch) => void, RegExp][] = [
    ['an unknown claim slug', (s) => edit(ft(s), (t) => t.replace('confirmed: [biden-authorises-strikes-inside-russia', 'confirmed: [biden-authorises-strike-inside-russia')),
      /financial-times\.yaml:\d+:\d+: error: unknown claim slug "biden-authorises-strike-inside-russia"\n\s+fix: .*did you mean "biden-authorises-strikes-inside-russia"/],
    ['a selector not found in the article', (s) => edit(ft(s), (t) => t.replace(/exact: "US President Joe Biden has/, 'exact: "US President Joseph Biden has')),
      /financial-times\.yaml:\d+:\d+: error: the sentence "US President Joseph Biden has.*" is not in financial-times\n\s+fix: the article or its parse changed/],
    ['an ambiguous selector', (s) => edit(ft(s), (t) => `${t}  - exact: "Ukraine"\n    rejected: [atacms-range]\n`),
      /financial-times\.yaml:\d+:\d+: error: "Ukraine" occurs \d+ times in financial-times\n\s+fix: make "prefix" .* or "suffix"/],
    ['a review of an unknown article', (s) => writeFileSync(join(s.reviews, 'no-such-outlet.yaml'), 'article: no-such-outlet\nsentences: []\n'),
      /no-such-outlet\.yaml:1:10: error: review of unknown article "no-such-outlet"\n\s+fix: use the slug of an article in sources\.yaml/],
    ['a file named for another article', (s) => cpSync(ft(s), join(s.reviews, 'ft.yaml')),
      /ft\.yaml:\d+:\d+: error: the file is named ft\.yaml but reviews "financial-times"\n\s+fix: rename the file to financial-times\.yaml/],
    ['one claim given two verdicts', (s) => edit(ft(s), (t) => t.replace(/(confirmed: \[biden-authorises-strikes-inside-russia[^\]]*\])/, '$1\n    rejected: [biden-authorises-strikes-inside-russia]')),
      /financial-times\.yaml:\d+:\d+: error: claim "biden-authorises-strikes-inside-russia" is both confirmed and rejected for this sentence\n\s+fix: give each claim one verdict/],
    ['two entries naming one sentence', (s) => edit(ft(s), (t) => t.replace(/(  - exact: "US President Joe Biden[^\n]*\n)/, '$1    rejected: [atacms-range]\n$1')),
      /financial-times\.yaml:\d+:\d+: error: entries 1 and 2 name the same sentence\n\s+fix: merge the two entries/],
    ['a misspelt key', (s) => edit(ft(s), (t) => t.replace('    confirmed:', '    confirmd:')),
      /financial-times\.yaml:\d+:\d+: error: sentences\[0\]: .*"confirmd".*\n\s+fix: remove or rename "confirmd"/],
    ['a complete review that does not list the claims it was read against', (s) => edit(ft(s), (t) => t.replace(/^reviewedClaims: \[[^\]]*\]\n/m, '')),
      /financial-times\.yaml:\d+:\d+: error: complete: true does not say which claims the article was read against\n\s+fix: list them: reviewedClaims: .*npm run review -- financial-times/],
    ['a YAML syntax error', (s) => edit(ft(s), (t) => t.replace(/^complete: true/m, 'complete: [true')),
      /financial-times\.yaml:\d+:\d+: error: YAML syntax/],
    ['a review file with the wrong extension', (s) => cpSync(ft(s), join(s.reviews, 'financial-times.yml')),
      /financial-times\.yml: error: a review file must be named <article-slug>\.yaml\n\s+fix: rename it/],
  ];
  for (const [name, breakIt, message] of cases) {
    it(`stops on ${name}, names the file, line and fix, and changes nothing`, () => {
      const r = brokenRun(breakIt);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was written; the previous collections are unchanged/);
      expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
      expect(r.unchanged).toBe(true);
    });
  }
});

describe('wording compared only where it is shared', () => {
  it('a word diff is offered for two renderings of the same copy, not for two different sentences', async () => {
    const { diffable, DIFF_MIN_SHARE } = await import('../../src/lib/word-diff.ts');
    expect(DIFF_MIN_SHARE).toBe(0.4);
    expect(diffable('The council approved the plan on Monday, officials said.', 'The council approved the plan on Monday, an official said.')).toBe(true);
    expect(diffable('The council approved the plan on Monday.', 'Critics said the decision came far too late for the town.')).toBe(false);
  });
});
