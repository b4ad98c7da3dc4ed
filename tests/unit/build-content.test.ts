/**
 * The build script against bad input: each case must stop it with an error naming the
 * file (and line and column where they exist) and the fix, exit non-zero, and leave the
 * previously written collections exactly as they were.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, runContent, scratch, snapshot, type Scratch } from '../helpers/content-run.ts';
import { ReviewAccuracy } from '../../src/schema/index.ts';

let good: Scratch;
let before: Record<string, string>;

beforeAll(() => {
  good = scratch();
  const r = runContent(good);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  before = snapshot(good.out);
}, 120_000); // a real content build: seconds alone, far more than the 10 s default on a loaded machine

/** A scratch copy that already holds the good run's output, then is broken by `breakIt`. */
function broken(breakIt: (s: Scratch) => void) {
  const s = scratch();
  const first = runContent(s);
  expect(first.code).toBe(0);
  const prior = snapshot(s.out);
  breakIt(s);
  const r = runContent(s);
  return { ...r, unchanged: JSON.stringify(snapshot(s.out)) === JSON.stringify(prior) };
}

describe('npm run content', () => {
  it('writes every collection, the matcher\'s measured accuracy, and a report', () => {
    expect(Object.keys(before)).toEqual(
      ['accuracy', 'attributions', 'claims', 'figures', 'measures', 'people', 'quotes', 'sources', 'utterances'].map((n) => `${n}.json`),
    );
    // accuracy.json: the matcher held out against each of the five reviews (what /method/ prints).
    const accuracy = ReviewAccuracy.parse(JSON.parse(before['accuracy.json']!));
    expect(accuracy.perSource.map((x) => x.source).sort()).toEqual(['defense-mirror', 'financial-times', 'reuters-via-aap', 'unidentified-outlet', 'washington-post']);
    expect(accuracy.labelled).toBeGreaterThan(150);
    const sources = JSON.parse(before['sources.json']!) as { id: string; counts: { words: number } }[];
    expect(sources.map((s) => s.id)).toEqual(['financial-times', 'defense-mirror', 'washington-post', 'reuters-via-aap', 'unidentified-outlet']);
    for (const s of sources) expect(s.counts.words).toBeGreaterThan(400);
  });

  it('is deterministic: two runs write identical collections', () => {
    const again = scratch();
    expect(runContent(again).code).toBe(0);
    expect(snapshot(again.out)).toEqual(before);
  });

  const cases: [string, (s: Scratch) => void, RegExp][] = [
    ['an empty article', (s) => writeFileSync(join(s.articles, 'defense-mirror.txt'), ''), /defense-mirror\.txt: error: the article file is empty\n\s+fix: /],
    ['an article that is not UTF-8', (s) => writeFileSync(join(s.articles, 'defense-mirror.txt'), Buffer.from('Caf\xe9 au lait said the minister.\n', 'latin1')), /defense-mirror\.txt:1:4: error: the file is not valid UTF-8.*\n\s+fix: .*iconv/],
    ['a binary article', (s) => writeFileSync(join(s.articles, 'defense-mirror.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /defense-mirror\.txt: error: .*binary/],
    ['an article without metadata', (s) => writeFileSync(join(s.articles, 'new-outlet.txt'), 'A new report. It says things.\n'), /new-outlet\.txt: error: this article has no metadata entry\n\s+fix: add an entry with file: new-outlet\.txt/],
    ['a duplicate slug', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('slug: defense-mirror', 'slug: financial-times')), /sources\.yaml:\d+:\d+: error: duplicate slug "financial-times"/],
    ['malformed metadata (bad date)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace(/date: 2024-11-17/, 'date: 17/11/2024')), /sources\.yaml:\d+:\d+: error: \[0\]\.date: /],
    ['malformed metadata (missing field)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace(/\n  outletKnown: true/, '')), /sources\.yaml:\d+:\d+: error: \[0\]\.outletKnown: /],
    ['malformed metadata (YAML syntax)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('- slug: defense-mirror', '- slug: [defense-mirror')), /sources\.yaml:\d+:\d+: error: YAML syntax/],
    ['metadata with a javascript: url', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('url: null', 'url: "javascript:alert(1)"')), /sources\.yaml:\d+:\d+: error: \[0\]\.url: url must be an http\(s\) address or null/],
    ['metadata with a wrong type', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('outletKnown: true', 'outletKnown: "yes"')), /sources\.yaml:\d+:\d+: error: \[0\]\.outletKnown: .*boolean/],
    ['metadata with an unknown field', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('outletKnown: true', 'outletKnown: true\n  outlett: typo')), /sources\.yaml:\d+:\d+: error: .*outlett/],
    ['a registry claim with a duplicate slug', (s) => edit(s.registry, (t) => t.replace(/(\n\s*-\s*slug:\s*)([a-z0-9-]+)([\s\S]*?\n\s*-\s*slug:\s*)[a-z0-9-]+/, '$1$2$3$2')), /claims\.yaml:\d+:\d+: error: .*duplicate/i],
    ['a registry claim with an unknown topic', (s) => edit(s.registry, (t) => t.replace(/(\n\s*topic:\s*)[a-z0-9-]+/, '$1no-such-topic')), /claims\.yaml:\d+:\d+: error: .*no-such-topic/],
    ['metadata naming a missing file', (s) => rmSync(join(s.articles, 'defense-mirror.txt')), /sources\.yaml:\d+:\d+: error: entry "defense-mirror" names defense-mirror\.txt, which does not exist/],
  ];

  for (const [name, breakIt, message] of cases) {
    it(`stops on ${name}, names the file and the fix, and changes nothing`, () => {
      const r = broken(breakIt);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/fix: /);
      expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
      expect(r.unchanged).toBe(true);
    });
  }

  /** Inputs the build can still use: a correct result, and a warning in the report. */
  const usable: [string, (s: Scratch) => void, RegExp | null][] = [
    ['a UTF-8 byte-order mark', (s) => edit(join(s.articles, 'defense-mirror.txt'), (t) => '\uFEFF' + t), /byte-order mark/],
    ['CRLF line ends', (s) => edit(join(s.articles, 'defense-mirror.txt'), (t) => t.replace(/\n/g, '\r\n')), /CR line ends/],
    ['unbalanced quotation marks', (s) => edit(join(s.articles, 'defense-mirror.txt'), (t) => t + '\nA spokesman said: "we will see what happens next.\n'), null],
    // A new text: its review named sentences of the old one, so it goes too (a stale review is an error).
    ['an article with no quote and no figure', (s) => (writeFileSync(join(s.articles, 'defense-mirror.txt'), 'Officials met on Sunday to discuss the decision. They gave no details.\n'), rmSync(join(s.reviews, 'defense-mirror.yaml'))), /no direct quotation found[\s\S]*no figure found|no figure found[\s\S]*no direct quotation/],
  ];
  for (const [name, change, warning] of usable) {
    it(`builds correctly from ${name}${warning ? ', with a warning' : ''}`, () => {
      const s = scratch();
      change(s);
      const r = runContent(s);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      if (warning) expect(r.stdout).toMatch(warning);
      const sources = JSON.parse(readFileSync(join(s.out, 'sources.json'), 'utf8')) as { id: string; text: string; sentences: { start: number; end: number; text: string }[] }[];
      const dm = sources.find((x) => x.id === 'defense-mirror')!;
      expect(dm.sentences.length).toBeGreaterThan(0);
      for (const x of dm.sentences) expect(dm.text.slice(x.start, x.end)).toBe(x.text);
      if (name.includes('CRLF')) expect(dm.sentences.every((x) => !x.text.includes('\r'))).toBe(true);
    });
  }

  it('handles a 5 MB article', () => {
    const s = scratch();
    const base = readFileSync(join(s.articles, 'washington-post.txt'), 'utf8');
    let big = '';
    while (big.length < 5_000_000) big += base + '\n';
    writeFileSync(join(s.articles, 'washington-post.txt'), big);
    rmSync(join(s.reviews, 'washington-post.yaml')); // its sentences now occur many times: the review no longer names one
    const r = runContent(s);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quotes\s+\d{3,}/);
  }, 180_000);

  it('leaves no temporary files behind', () => {
    expect(Object.keys(snapshot(good.out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(good.out, 'sources.json'), 'utf8').endsWith('\n')).toBe(true);
  });
});
