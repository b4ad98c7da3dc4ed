/**
 * The build script against bad input: each case must stop it with an error naming the
 * file (and line and column where they exist) and the fix, exit non-zero, and leave the
 * previously written collections exactly as they were.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, runContent, scratch, snapshot, type Scratch } from '../helpers/content-run.ts';

let good: Scratch;
let before: Record<string, string>;

beforeAll(() => {
  good = scratch();
  const r = runContent(good);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  before = snapshot(good.out);
});

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
  it('writes every collection and a report', () => {
    expect(Object.keys(before)).toEqual(
      ['claims', 'figures', 'measures', 'people', 'quotes', 'sources', 'utterances'].map((n) => `${n}.json`),
    );
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
    ['malformed metadata (bad date)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace(/date: 2024-11-17/, 'date: 17/11/2024')), /sources\.yaml:\d+:\d+: error: 0\.date: /],
    ['malformed metadata (missing field)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace(/\n  outletKnown: true/, '')), /sources\.yaml:\d+:\d+: error: 0\.outletKnown: /],
    ['malformed metadata (YAML syntax)', (s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('- slug: defense-mirror', '- slug: [defense-mirror')), /sources\.yaml:\d+:\d+: error: YAML syntax/],
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

  it('leaves no temporary files behind', () => {
    expect(Object.keys(snapshot(good.out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(good.out, 'sources.json'), 'utf8').endsWith('\n')).toBe(true);
  });
});
