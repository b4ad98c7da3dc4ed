/** The extract CLI as a user runs it: JSON on stdout, or a clear message and exit code 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/content-run.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/extract.ts'), ...args], { encoding: 'utf8', cwd: root });
const dir = mkdtempSync(join(tmpdir(), 'extract-'));
const write = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('npm run extract', () => {
  it('prints one JSON document whose offsets slice the file to each item', () => {
    const file = write('a.txt', '\uFEFFTalks resume\nThe minister said on Monday that "about 300 km" was the range. "We will see," she added.\n');
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, { start: number; end: number; text: string }[]>;
    expect(Object.keys(out).sort()).toEqual(['blocks', 'dates', 'figures', 'quotes', 'sentences']);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // offsets count the BOM, as the build does
    for (const key of ['blocks', 'sentences', 'quotes', 'figures'] as const) {
      expect(out[key]!.length, key).toBeGreaterThan(0);
      for (const item of out[key]!) expect(text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  const bad: [string, () => string[], RegExp][] = [
    ['no argument', () => [], /expected exactly one argument[\s\S]*usage: npm run --silent extract -- <file\.txt>/],
    ['a missing file', () => [join(dir, 'nope.txt')], /nope\.txt: error: the file does not exist/],
    ['an empty file', () => [write('empty.txt', '')], /empty\.txt: error: the article file is empty\n\s+fix: /],
    ['a binary file', () => [write('bin.txt', Buffer.from([0x89, 0x50, 0, 1]))], /bin\.txt: error: .*binary/],
    ['a Latin-1 file', () => [write('latin1.txt', Buffer.from('Caf\xe9 said so.\n', 'latin1'))], /latin1\.txt:1:4: error: the file is not valid UTF-8[\s\S]*fix: .*iconv/],
    ['a directory', () => [dir], /is a directory/],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with a message and exit code 2`, () => {
      const r = run(...args());
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
