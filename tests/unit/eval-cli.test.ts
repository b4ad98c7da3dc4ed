/** `npm run eval` as a user runs it, on a tiny corpus written here (no corpus text), and on bad input. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/content-run.ts';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'scripts/eval.ts'), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
const base = mkdtempSync(join(tmpdir(), 'eval-cli-'));

/** A corpus folder with one article per entry; gold spans are computed from the text so they slice it. */
function corpus(name: string, docs: { id: string; text: string; gold: (text: string) => object }[]): string {
  const dir = join(base, name);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'gold'), { recursive: true });
  for (const d of docs) {
    writeFileSync(join(dir, 'articles', `${d.id}.txt`), d.text);
    writeFileSync(join(dir, 'gold', `${d.id}.json`), JSON.stringify({ id: d.id, text_file: `articles/${d.id}.txt`, ...d.gold(d.text) }, null, 1));
  }
  return dir;
}
const at = (text: string, s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });

const quotes = corpus('tiny-quotes', [
  {
    id: 'a',
    text: 'Bridge plan\n\nThe mayor, Ann Vale, said: "We will open the new bridge in May." Critics call it a "vanity project".\n',
    gold: (t) => ({
      annotates: { quotes: true, figures: false, attributions: true },
      quotes: [{ ...at(t, 'We will open the new bridge in May.'), kind: 'full', speaker: 'Ann Vale', speaker_kind: 'name', speaker_resolved: null }],
      non_quotes: [at(t, 'vanity project')],
      attributions: [],
    }),
  },
]);
const figures = corpus('tiny-figures', [
  { id: 'f', text: 'The new span is 300 km long and cost $2 million.', gold: () => ({ annotates: { quotes: false, figures: true }, figures: [{ value: 300, normalized_unit: 'kilometre', scored: true }, { value: 2e6, normalized_unit: 'dollar', scored: true }, { value: 7, normalized_unit: 'metre', scored: false }] }) },
]);

describe('npm run eval', () => {
  it('prints one table for the corpora named, and writes every miss to the report', () => {
    const out = join(base, 'report.json');
    const r = run([quotes, figures, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| measure +\| tiny-quotes \(1 docs, [\d.]+ s\) +\| tiny-figures \(1 docs/);
    expect(r.stdout).toMatch(/quotes P \/ R \/ F1/);
    expect(r.stdout).toMatch(/figures value\+unit P \/ R \/ F1/);
    expect(r.stdout).toMatch(/tiny-quotes: attributions: not produced by the parser|source overlap/);
    expect(existsSync(`${out}.tmp`)).toBe(false);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const [q, f] = report.corpora;
    // Whatever the parser finds, the report must account for every gold item and every prediction.
    const s = q.summary.quotes;
    expect(s.gold).toBe(1);
    const kinds = (t: string) => q.misses.filter((m: { type: string }) => m.type === t).length;
    expect(kinds('missed-quote')).toBe(s.gold - s.tp);
    expect(kinds('spurious-quote') + kinds('non-quote-reported')).toBe(s.predicted - s.tp);
    expect(kinds('non-quote-reported')).toBe(s.nonQuotesReported);
    expect(f.summary.figures.value.gold).toBe(2); // the unscored figure is left out
    const fk = (t: string) => f.misses.filter((m: { type: string }) => m.type === t).length;
    expect(fk('missed-figure')).toBe(2 - f.summary.figures.value.tp);
    expect(fk('unit-mismatch')).toBe(f.summary.figures.value.tp - f.summary.figures.valueUnit.tp);
    expect(f.summary.quotes).toBe(null); // not annotated, not scored
  });

  it('--json prints the summaries on stdout', () => {
    const r = run([figures, '--json', '--out', join(base, 'r2.json')]);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toHaveLength(1);
    expect(s[0].corpus).toBe('tiny-figures');
    expect(s[0].figures.value.gold).toBe(2);
  });

  it('takes a folder of corpora for each corpus in it, and finds them by default', () => {
    const r = run(['--json', '--out', join(base, 'r3.json')], { EVAL_CORPORA_ROOT: base });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { corpus: string }) => s.corpus)).toEqual(['tiny-figures', 'tiny-quotes']);
  });

  const broken = (name: string, gold: string) => {
    const dir = join(base, 'broken', name);
    mkdirSync(join(dir, 'gold'), { recursive: true });
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'x.txt'), 'Some text.');
    writeFileSync(join(dir, 'gold', 'x.json'), gold);
    return dir;
  };
  const bad: [string, () => string[], RegExp, Record<string, string>?][] = [
    ['no corpus anywhere', () => [], /no corpus found: .*holds no corpus folder/, { EVAL_CORPORA_ROOT: join(base, 'none') }],
    ['a missing folder', () => [join(base, 'nope')], /nope: error: no such folder/],
    ['a folder without gold/', () => [join(root, 'src')], /not a corpus folder: it has no gold\/ subfolder/],
    ['invalid JSON', () => [broken('syntax', '{"id": "x",\n "text_file": }')], /x\.json:2:15: error: not valid JSON/],
    ['a gold file off the format', () => [broken('schema', '{"id": "x",\n "text_file": "articles/x.txt",\n "annotates": {},\n "quotes": [{"text": "Some", "start": 0, "end": "4"}]}')], /x\.json:4:\d+: error: quotes\[0\]\.end: .*expected number[\s\S]*fix: /],
    ['a span that does not slice the text', () => [broken('span', '{"id": "x", "text_file": "articles/x.txt", "annotates": {"quotes": true}, "non_quotes": [{"text": "Other", "start": 0, "end": 5}]}')], /x\.json:1:\d+: error: non_quotes\[0\]: offsets 0–5 do not slice/],
    ['an unknown option', () => ['--nope'], /Unknown option '--nope'[\s\S]*usage: npm run eval/],
  ];
  for (const [name, args, message, env] of bad) {
    it(`refuses ${name} with a message and exit code 2`, () => {
      const r = run(args(), env);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
