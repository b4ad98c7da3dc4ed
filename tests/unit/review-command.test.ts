/**
 * `npm run review`: the pure session logic (src/review/session.ts) on a made-up article, and the real
 * command driven with scripted keystrokes on a scratch copy of the content (one review removed, so
 * the matcher's suggestions for that article are pending).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { root, runContent, scratch } from '../helpers/content-run.ts';
import {
  addClaim, answer, appendClaim, claimsBySentence, contextOf, markComplete, newSlug, pendingFor, proposalMembers, remaining,
  sentencesToRead, setVerdict, unreviewedClaims, type Article,
} from '../../src/review/session.ts';
import { loadRegistry } from '../../src/collections/registry.ts';
import { ReviewFile } from '../../src/schema/index.ts';
import { extract } from '../../src/parse/index.ts';

const TEXT = 'The council approved the plan on Monday.\n\nCritics said it came too late. The mayor disagreed.\n';
const article: Article = { slug: 'made-up', text: TEXT, sentences: extract(TEXT).sentences };
const empty: ReviewFile = { article: 'made-up', complete: false, reviewedClaims: [], sentences: [] };

describe('review session logic', () => {
  it('orders pending suggestions by sentence, surest first, for one article only', () => {
    const q = pendingFor([
      { source: 'made-up', sentence: 1, claim: 'b', confidence: 0.4 },
      { source: 'other', sentence: 0, claim: 'x', confidence: 0.9 },
      { source: 'made-up', sentence: 1, claim: 'a', confidence: 0.9 },
      { source: 'made-up', sentence: 0, claim: 'c', confidence: null },
    ], 'made-up');
    expect(q.map((x) => `${x.sentence}${x.claim}`)).toEqual(['0c', '1a', '1b']);
  });
  it('shows the sentence with the one before and after', () => {
    expect(contextOf(article, 1)).toEqual({ before: 'The council approved the plan on Monday.', text: 'Critics said it came too late.', after: 'The mayor disagreed.' });
    expect(contextOf(article, 0).before).toBeNull();
  });
  it('records verdicts in entries named by the sentence words, in reading order, one verdict per claim', () => {
    let r = setVerdict(empty, article, 2, 'mayor-disagrees', 'confirmed');
    r = setVerdict(r, article, 0, 'plan-approved', 'confirmed');
    r = setVerdict(r, article, 0, 'plan-approved', 'rejected'); // changed mind: one verdict only
    expect(r.sentences.map((e) => e.exact)).toEqual(['The council approved the plan on Monday.', 'The mayor disagreed.']);
    expect(r.sentences[0]).toMatchObject({ confirmed: [], rejected: ['plan-approved'] });
    expect(empty.sentences).toEqual([]); // pure: the input is not changed
  });
  it('"another claim" rejects the suggestion and adds the chosen claim (confirmed if the matcher also suggested it)', () => {
    const item = { sentence: 1, claim: 'wrong', confidence: 0.6 };
    const r = answer(empty, article, item, { kind: 'other', claim: 'too-late' });
    expect(r.sentences[0]).toMatchObject({ rejected: ['wrong'], added: ['too-late'] });
    const r2 = answer(empty, article, item, { kind: 'other', claim: 'too-late' }, new Set(['wrong', 'too-late']));
    expect(r2.sentences[0]).toMatchObject({ rejected: ['wrong'], confirmed: ['too-late'] });
    const queue = [item, { sentence: 1, claim: 'too-late', confidence: 0.5 }, { sentence: 2, claim: 'x', confidence: 0.5 }];
    expect(remaining(queue, item, { kind: 'other', claim: 'too-late' })).toEqual([queue[2]]);
    expect(answer(empty, article, item, { kind: 'skip' })).toBe(empty);
  });
  it('lists the sentences with no claim yet (or all), and adds a claim to any sentence', () => {
    expect(sentencesToRead(empty, article)).toEqual([0, 1, 2]);
    let r = addClaim(empty, article, 1, 'too-late');
    r = addClaim(r, article, 2, 'mayor-disagrees', new Set(['mayor-disagrees'])); // the matcher had suggested it
    expect(r.sentences.map((e) => [e.exact, e.added, e.confirmed])).toEqual([
      ['Critics said it came too late.', ['too-late'], []],
      ['The mayor disagreed.', [], ['mayor-disagrees']],
    ]);
    expect(claimsBySentence(r, article)).toEqual(new Map([[1, ['too-late']], [2, ['mayor-disagrees']]]));
    expect(sentencesToRead(r, article)).toEqual([0]);
    expect(sentencesToRead(r, article, true)).toEqual([0, 1, 2]);
  });
  it('a complete review vouches for the registry at completion; claims added since are unreviewed', () => {
    expect(unreviewedClaims(empty, ['a', 'b'])).toEqual(['a', 'b']);
    const done = markComplete(empty, ['a', 'b']);
    expect(done).toMatchObject({ complete: true, reviewedClaims: ['a', 'b'] });
    expect(unreviewedClaims(done, ['a', 'b', 'c'])).toEqual(['c']);
    expect(unreviewedClaims(markComplete(done, ['a', 'c']), ['a', 'c'])).toEqual([]); // a removed claim is dropped
  });
  it('makes a new claim slug that is free, and appends a claim the registry loader accepts', () => {
    expect(newSlug('The council approved the plan on Monday.', new Set(['council-approved-plan-monday']))).toBe('council-approved-plan-monday-2');
    const reg = 'topics:\n  - { id: t, title: T, order: 1 }\nclaims:\n  - slug: one\n    statement: One.\n    topic: t\n';
    const next = appendClaim(reg, { slug: 'two-things', statement: 'Two "quoted" things: a colon.', topic: 't' });
    expect(loadRegistry(next, 'claims.yaml').claims.map((c) => [c.slug, c.statement])).toEqual([['one', 'One.'], ['two-things', 'Two "quoted" things: a colon.']]);
    expect(proposalMembers('a: One said: this. | b: Other.')).toEqual([{ source: 'a', text: 'One said: this.' }, { source: 'b', text: 'Other.' }]);
  });
});

describe('npm run review (the real command, scripted keystrokes)', () => {
  const s = scratch();
  rmSync(join(s.reviews, 'unidentified-outlet.yaml'));
  const argv = ['--articles', s.articles, '--registry', s.registry];
  const file = join(s.reviews, 'unidentified-outlet.yaml');

  it('--list prints the pending suggestions without prompting', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/review.ts'), 'unidentified-outlet', '--list', ...argv], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/review: \d+ suggestions? pending for unidentified-outlet/);
    expect(r.stdout).toMatch(/sentence \d+: [a-z-]+ \(confidence \d\.\d\d\)/);
  }, 120_000);

  it('confirms, rejects, chooses another claim and quits; the file holds every answer', async () => {
    // Each answer is typed only when its prompt has appeared (after the previous answer was taken), as a person would.
    const answered = /✔[\s\S]*\? Verdict/;
    const steps: [RegExp, string][] = [
      [/\? Verdict/, 'c\r'],
      [answered, 'r\r'],
      [answered, 'o\r'],
      [/✔[\s\S]*\? Which claim/, 'atacms-range'],
      [/❯ atacms-range/, '\r'],
      [answered, 'q\r'],
    ];
    const out = await new Promise<{ text: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'scripts/review.ts'), 'unidentified-outlet', ...argv], { cwd: root });
      let text = '';
      let from = 0;
      const onData = (d: Buffer) => {
        text += d.toString();
        const step = steps[0];
        if (step && step[0].test(text.slice(from))) {
          steps.shift();
          from = text.length;
          setTimeout(() => child.stdin.write(step[1]), 30);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      child.on('exit', (code) => resolve({ text, code }));
    });
    expect(out.code, out.text.slice(-2000)).toBe(0);
    expect(out.text).toMatch(/Suggested claim: .*\(confidence \d\.\d\d\)/);
    expect(out.text).toMatch(/How other outlets worded it \(confirmed\):/);
    expect(out.text).toMatch(/review: stopped; \d+ left/);
    const r = ReviewFile.parse(parse(readFileSync(file, 'utf8')));
    const verdicts = r.sentences.flatMap((e) => [...e.confirmed.map((c) => `confirmed ${c}`), ...e.added.map((c) => `added ${c}`), ...e.rejected.map((c) => `rejected ${c}`)]);
    expect(verdicts.filter((v) => v.startsWith('confirmed')).length).toBeGreaterThanOrEqual(1);
    expect(verdicts.filter((v) => v.startsWith('rejected')).length).toBe(2);
    expect(verdicts.some((v) => /^(added|confirmed) atacms-range$/.test(v))).toBe(true);
    expect(r.complete).toBe(false);
    // The next build reads the answers: the confirmed match is published as confirmed.
    const list = spawnSync(process.execPath, [join(root, 'scripts/review.ts'), 'unidentified-outlet', '--list', ...argv], { encoding: 'utf8', cwd: root });
    expect(list.status).toBe(0);
  }, 180_000);
});

describe('npm run review: a new article from dropped in to fully reviewed (the real command)', () => {
  // tests/fixtures/articles/sixth-outlet.txt, a short text written for the tests, added as a new article.
  const s = scratch();
  copyFileSync(join(root, 'tests/fixtures/articles/sixth-outlet.txt'), join(s.articles, 'sixth-outlet.txt'));
  const sourcesFile = join(s.articles, 'sources.yaml');
  const sources = parse(readFileSync(sourcesFile, 'utf8')) as Record<string, unknown>[];
  sources.push({ slug: 'sixth-outlet', file: 'sixth-outlet.txt', outlet: 'A sixth outlet (test fixture)', outletKnown: false, headline: null, date: '2024-11-17', url: null, identification: { evidence: 'A text written for the tests.', confidence: 'unknown' } });
  writeFileSync(sourcesFile, stringify(sources));
  const argv = ['--articles', s.articles, '--registry', s.registry];
  const file = join(s.reviews, 'sixth-outlet.yaml');

  it('answers every suggestion, reads the sentences with no claim, adds a missed claim, marks complete; the build then shows only confirmed evidence', async () => {
    // Answer each prompt as it appears (the number of suggestions and sentences is the matcher's business):
    // every suggestion on the first suggested sentence is rejected (so it has no claim), every other confirmed;
    // reading the sentences with no claim, the editor adds a claim the matcher did not suggest there.
    let added = false;
    let first: string | null = null;
    let typed = false;
    const answerFor = (prompt: string): string | null => {
      if (/\? Verdict/.test(prompt)) {
        const at = /sentence (\d+) of sixth-outlet/.exec(prompt)?.[1] ?? null;
        first ??= at;
        return at === first ? 'r\r' : 'c\r';
      }
      if (/\? Read the \d+ sentences? with no claim/.test(prompt)) return 'y\r';
      if (/\? Does it report a claim\?/.test(prompt)) return added ? 'n\r' : ((added = true), 'a\r');
      if (/❯ decision-is-a-policy-reversal/.test(prompt)) return '\r';
      if (/\? Which claim/.test(prompt)) return typed ? null : ((typed = true), 'decision-is-a-policy'); // the prompt echoes each key
      if (/\? Has every sentence been read/.test(prompt)) return 'y\r';
      return null;
    };
    const out = await new Promise<{ text: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [join(root, 'scripts/review.ts'), 'sixth-outlet', ...argv], { cwd: root });
      let text = '';
      let from = 0;
      let answered = false; // after Enter, wait for the prompt to show it took the answer (✔) before reading the next
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        let view = text.slice(from);
        if (answered) {
          const done = view.lastIndexOf('✔');
          if (done === -1) return;
          view = view.slice(done);
        }
        const key = answerFor(view);
        if (key === null) return;
        from = text.length;
        answered = key.endsWith('\r');
        setTimeout(() => child.stdin.write(key), 30);
      });
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      const stuck = setTimeout(() => child.kill(), 150_000); // a prompt the driver does not answer: fail with the output
      child.on('exit', (code) => (clearTimeout(stuck), resolve({ text, code })));
    });
    expect(out.code, out.text.slice(-2000)).toBe(0);
    expect(out.text).toMatch(/Suggested claim: /);
    expect(out.text).toMatch(/Reports no claim yet\./);
    expect(out.text).toMatch(/review: sixth-outlet saved, complete/);
    const r = ReviewFile.parse(parse(readFileSync(file, 'utf8')));
    const registry = parse(readFileSync(s.registry, 'utf8')) as { claims: { slug: string }[] };
    expect(r.complete).toBe(true);
    expect(r.reviewedClaims).toEqual(registry.claims.map((c) => c.slug));
    expect(r.sentences.flatMap((e) => e.added)).toEqual(['decision-is-a-policy-reversal']);
    expect(r.sentences.flatMap((e) => e.rejected).length).toBeGreaterThan(0);
    expect(r.sentences.flatMap((e) => e.confirmed).length).toBeGreaterThan(0);
    // Nothing is left to review, and the build publishes the article with confirmed evidence only.
    const list = spawnSync(process.execPath, [join(root, 'scripts/review.ts'), 'sixth-outlet', '--list', ...argv], { encoding: 'utf8', cwd: root });
    expect(list.stdout).toMatch(/nothing pending for sixth-outlet/);
    const built = runContent(s);
    expect(built.code, built.stderr).toBe(0);
    const claims = JSON.parse(readFileSync(join(s.out, 'claims.json'), 'utf8')) as { id: string; coverage: { source: string; evidence: { review: string }[] }[] }[];
    const sixth = claims.flatMap((c) => c.coverage.filter((v) => v.source === 'sixth-outlet').flatMap((v) => v.evidence.map((e) => ({ claim: c.id, review: e.review }))));
    expect(sixth.some((e) => e.claim === 'decision-is-a-policy-reversal')).toBe(true);
    expect(sixth.filter((e) => e.review !== 'confirmed')).toEqual([]);
  }, 300_000);
});
