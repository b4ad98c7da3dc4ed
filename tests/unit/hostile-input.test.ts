/**
 * Issue 16, hostile input, through the real CLIs (`npm run content`, `npm run extract`): each case
 * gets a located error whose fix works when followed, or a correct result; never an unlocated
 * internal error, never a silent empty result, never a half-written output.
 */
import { execSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { brokenRun, edit, root, runContent, scratch, snapshot, type Scratch } from '../helpers/content-run.ts';

const extract = (file: string) => spawnSync(process.execPath, [join(root, 'scripts/extract.ts'), file], { encoding: 'utf8', cwd: root, timeout: 60_000, maxBuffer: 1 << 28 });

function expectRefused(r: ReturnType<typeof brokenRun>, message: RegExp) {
  expect(r.code, r.stdout).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/\n\s+fix: \S/);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at .*:\d+/);
  expect(r.unchanged).toBe(true);
  expect(leftovers(r.s)).toEqual([]);
}

/** Temporary files or generations left beside or inside the output folder. */
function leftovers(s: Scratch): string[] {
  const beside = readdirSync(dirname(s.out)).filter((f) => f.startsWith('data.'));
  const inside = existsSync(s.out) ? readdirSync(s.out).filter((f) => !f.endsWith('.json')) : [];
  return [...beside, ...inside];
}

/** A metadata entry for a new article file, as an editor would write it. */
function addEntry(s: Scratch, slug: string, file = `${slug}.txt`, date = '2024-11-18') {
  appendFileSync(
    join(s.articles, 'sources.yaml'),
    `\n- slug: ${slug}\n  file: ${file}\n  outlet: Test Outlet\n  outletKnown: false\n  headline: null\n  date: ${date}\n  url: null\n  identification:\n    evidence: written for a test\n    confidence: unknown\n`,
  );
}

const ARTICLE = 'Talks resume\n\nThe minister said on Monday that the range was about 300 km. “We will see,” she added.\n';

/** The fix line of a message, as a shell command (the part after "fix: ... : "). */
const fixCommand = (stderr: string) => /fix: [^\n]*?: (iconv [^\n]+)/.exec(stderr)?.[1];

describe('issue 16: hostile input to npm run content', () => {
  it('2: an article that is a symlink leaving content/articles/ is refused, located', () => {
    const r = brokenRun((s) => {
      rmSync(join(s.articles, 'financial-times.txt'));
      symlinkSync('/etc/passwd', join(s.articles, 'financial-times.txt'));
    });
    expectRefused(r, /financial-times\.txt: error: the article file is a symbolic link to \/etc\/passwd, outside/);
  });

  it('2: a symlink to another file inside the folder is followed', () => {
    const s = scratch();
    renameSync(join(s.articles, 'defense-mirror.txt'), join(s.articles, 'dm-original.txt.bak'));
    symlinkSync('dm-original.txt.bak', join(s.articles, 'defense-mirror.txt'));
    const r = runContent(s);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('2: an article that is a FIFO is refused at once (never waits for a writer)', () => {
    const r = brokenRun((s) => {
      rmSync(join(s.articles, 'defense-mirror.txt'));
      execSync(`mkfifo ${join(s.articles, 'defense-mirror.txt')}`);
    });
    expectRefused(r, /defense-mirror\.txt: error: the article file is a FIFO \(named pipe\), not a regular file/);
  });

  it('2: an article over the size cap is refused with its size', () => {
    const r = brokenRun((s) => truncateSync(join(s.articles, 'defense-mirror.txt'), 17 * 1024 * 1024));
    expectRefused(r, /defense-mirror\.txt: error: the article file is 17\.0 MB, over the 16 MB limit/);
  });

  it('3: sources.yaml and claims.yaml in Latin-1 are refused as strictly as articles', () => {
    const latin1 = (file: string) => writeFileSync(file, Buffer.from(readFileSync(file, 'utf8').replace('outlet: Financial Times', 'outlet: Édition européenne').replace('title: The weapon', 'title: The wéapon'), 'latin1'));
    const a = brokenRun((s) => latin1(join(s.articles, 'sources.yaml')));
    expectRefused(a, /sources\.yaml:\d+:\d+: error: the file is not valid UTF-8 .*fix: convert it to UTF-8: iconv -f windows-1252/s);
    const b = brokenRun((s) => latin1(s.registry));
    expectRefused(b, /claims\.yaml:\d+:\d+: error: the file is not valid UTF-8/);
  });

  it('4: Windows-1252 curly quotes: the printed iconv command converts them, and the quotes are found', () => {
    const r = brokenRun((s) => {
      const cp1252 = Buffer.from(ARTICLE.replace('“', '\x93').replace('”', '\x94'), 'latin1');
      writeFileSync(join(s.articles, 'defense-mirror.txt'), cp1252);
      rmSync(join(s.reviews, 'defense-mirror.yaml')); // a new text: its review named the old one's sentences
    });
    expectRefused(r, /defense-mirror\.txt:3:\d+: error: .*Windows-1252.*\n\s+fix: convert it to UTF-8: iconv -f windows-1252 -t utf-8 /);
    const command = fixCommand(r.stderr);
    expect(command).toBeDefined();
    execSync(command!, { cwd: root });
    const again = runContent(r.s);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const quotes = JSON.parse(readFileSync(join(r.s.out, 'quotes.json'), 'utf8')) as { source: string; text: string }[];
    expect(quotes.filter((q) => q.source === 'defense-mirror').map((q) => q.text)).toEqual(['We will see,']);
  });

  it('4: a UTF-16 file with a byte-order mark is named UTF-16, and the printed fix works', () => {
    const r = brokenRun((s) => {
      writeFileSync(join(s.articles, 'defense-mirror.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
      rmSync(join(s.reviews, 'defense-mirror.yaml')); // a new text: its review named the old one's sentences
    });
    expectRefused(r, /defense-mirror\.txt: error: the file is UTF-16LE \(it starts with a UTF-16LE byte-order mark\), not UTF-8/);
    execSync(fixCommand(r.stderr)!, { cwd: root });
    const again = runContent(r.s);
    expect(again.code, again.stderr).toBe(0);
  });

  it('5: a byte-identical copy of an article added as another outlet is refused, naming both', () => {
    const r = brokenRun((s) => {
      copyFileSync(join(s.articles, 'financial-times.txt'), join(s.articles, 'ft-copy.txt'));
      addEntry(s, 'ft-copy');
    });
    expectRefused(r, /ft-copy\.txt: error: this article is byte-identical to .*financial-times\.txt \(same SHA-256 [0-9a-f]{12}…\)[\s\S]*fix: remove the copy and its entry/);
  });

  it('6: a date outside 1900–2100 or not in YYYY-MM-DD is refused, naming the format', () => {
    const a = brokenRun((s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('date: 2024-11-17', 'date: 0000-01-01')));
    expectRefused(a, /sources\.yaml:\d+:\d+: error: \[0\]\.date: the date must lie between 1900-01-01 and 2100-12-31 \(YYYY-MM-DD\)/);
    const b = brokenRun((s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('date: 2024-11-17', 'date: 17 November 2024')));
    expectRefused(b, /sources\.yaml:\d+:\d+: error: \[0\]\.date: write the date as YYYY-MM-DD/);
  });

  const html = '<!DOCTYPE html><html><body><h1>Talks resume</h1>\n<p>The minister said on <time datetime="2024-11-18">Monday</time> it was &#8217;final&#8217;.</p></body></html>\n';
  const markdown = '# Talks resume\n\nThe minister, [Jane Doe](https://example.com/jane), said on Monday that the range was **300 km**.\n';
  for (const [kind, text, where] of [['HTML', html, ':1:1:'], ['Markdown', markdown, ':1:1:']] as const) {
    it(`8: ${kind} pasted as an article is refused, located, saying what to save`, () => {
      const r = brokenRun((s) => writeFileSync(join(s.articles, 'defense-mirror.txt'), text));
      expectRefused(r, new RegExp(`defense-mirror\\.txt${where} error: this looks like ${kind} .*not an article's text\\n\\s+fix: save the article's text`));
      const x = extract(join(r.s.articles, 'defense-mirror.txt'));
      expect(x.status).toBe(2);
      expect(x.stderr).toMatch(new RegExp(`this looks like ${kind}`));
    });
  }

  it('8: --allow-markup keeps such an article as text, with a warning', () => {
    const s = scratch();
    writeFileSync(join(s.articles, 'defense-mirror.txt'), markdown);
    rmSync(join(s.reviews, 'defense-mirror.yaml')); // a new text: its review named the old one's sentences
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), '--articles', s.articles, '--registry', s.registry, '--out', s.out, '--allow-markup'], { encoding: 'utf8', cwd: root });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/defense-mirror\.txt: warning: looks like Markdown; kept as text \(--allow-markup\)/);
  });

  it('11: a slug over 80 characters is refused in sources.yaml, located', () => {
    const r = brokenRun((s) => edit(join(s.articles, 'sources.yaml'), (t) => t.replace('slug: financial-times', `slug: ${'a'.repeat(300)}`)));
    expectRefused(r, /sources\.yaml:\d+:\d+: error: \[0\]\.slug: a slug has at most 80 characters/);
  });

  it('16: an article path that is a directory, or a symlink loop, says so (not "does not exist")', () => {
    const a = brokenRun((s) => {
      rmSync(join(s.articles, 'defense-mirror.txt'));
      mkdirSync(join(s.articles, 'defense-mirror.txt'));
    });
    expectRefused(a, /defense-mirror\.txt: error: the article file is a directory, not a regular file/);
    const b = brokenRun((s) => {
      rmSync(join(s.articles, 'defense-mirror.txt'));
      symlinkSync('defense-mirror.txt', join(s.articles, 'defense-mirror.txt'));
    });
    expectRefused(b, /defense-mirror\.txt: error: the article file is a symbolic link that loops back on itself/);
  });

  it('16: --registry naming a directory says so', () => {
    const s = scratch();
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), '--articles', s.articles, '--registry', s.dir, '--out', s.out], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: the claim registry is a directory, not a regular file\n\s+fix: /);
  });

  it('16: the advice for a stray file with a bad name, followed, builds', () => {
    const r = brokenRun((s) => writeFileSync(join(s.articles, 'My Draft.txt'), ARTICLE));
    expectRefused(r, /My Draft\.txt: error: this article has no metadata entry\n\s+fix: .*rename it \(mv .*my-draft\.txt\) and add an entry with file: my-draft\.txt/);
    renameSync(join(r.s.articles, 'My Draft.txt'), join(r.s.articles, 'my-draft.txt'));
    addEntry(r.s, 'my-draft');
    const again = runContent(r.s);
    expect(again.code, again.stderr).toBe(0);
  });

  it('16: a legal claims.yaml with hundreds of YAML aliases (as yaml.stringify writes them) builds', () => {
    const s = scratch();
    const registry = parse(readFileSync(s.registry, 'utf8')) as { claims: Record<string, unknown>[] };
    const shared = { terms: ['test'], measures: ['range'] };
    for (let i = 0; i < 150; i++) registry.claims.push({ slug: `extra-claim-${i}`, statement: `An extra claim number ${i} for a test.`, topic: 'weapon', hints: shared });
    const yaml = stringify(registry);
    expect(yaml.match(/\*\w+/g)?.length).toBeGreaterThan(100);
    writeFileSync(s.registry, yaml);
    const r = runContent(s);
    expect(r.code, r.stderr).toBe(0);
  });

  it('16: a YAML alias bomb is refused, located at an alias', () => {
    const r = brokenRun((s) => {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
      writeFileSync(s.registry, `${bomb}\n${readFileSync(s.registry, 'utf8')}`);
    });
    expectRefused(r, /claims\.yaml:2:\d+: error: YAML aliases \(\*name\) expand to more than \d+ values/);
  });
});

describe('issue 16: the content write is all or nothing', () => {
  it('15: EFBIG mid-write (ulimit -f 100) leaves the previous collections and no temp files', () => {
    const s = scratch();
    expect(runContent(s).code).toBe(0);
    const prior = snapshot(s.out);
    const cmd = `ulimit -f 100; "${process.execPath}" scripts/build-content.ts --articles "${s.articles}" --registry "${s.registry}" --out "${s.out}"`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', cwd: root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/\w+\.json: error: cannot write \w+\.json \(EFBIG\)\n\s+fix: .*ulimit -f/);
    expect(snapshot(s.out)).toEqual(prior);
    expect(leftovers(s)).toEqual([]);
  });

  it('15: a collection path replaced by a directory, with a sixth article: all seven collections hold six', () => {
    const s = scratch();
    expect(runContent(s).code).toBe(0);
    rmSync(join(s.out, 'claims.json'));
    mkdirSync(join(s.out, 'claims.json'));
    writeFileSync(join(s.articles, 'sixth.txt'), ARTICLE);
    addEntry(s, 'sixth');
    const r = runContent(s);
    expect(r.code, r.stderr).toBe(0);
    const sources = JSON.parse(readFileSync(join(s.out, 'sources.json'), 'utf8')) as { id: string }[];
    expect(sources.map((x) => x.id)).toContain('sixth');
    const claims = JSON.parse(readFileSync(join(s.out, 'claims.json'), 'utf8')) as { coverage: { source: string }[] }[];
    expect(new Set(claims.flatMap((c) => c.coverage.map((x) => x.source))).size).toBe(6);
    expect(leftovers(s)).toEqual([]);
  });

  it('15: an output folder holding other files is refused before anything is written', () => {
    const s = scratch();
    expect(runContent(s).code).toBe(0);
    writeFileSync(join(s.out, 'notes.md'), 'mine');
    const prior = snapshot(s.out);
    const r = runContent(s);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/data: error: the output folder holds files that are not collections \(notes\.md\)/);
    expect(snapshot(s.out)).toEqual(prior);
  });
});

describe('issue 16: hostile input to npm run extract', () => {
  it('2: /dev/zero and a FIFO are refused at once, exit 2', () => {
    const fifo = join(scratch().dir, 'pipe.txt');
    execSync(`mkfifo ${fifo}`);
    for (const [file, kind] of [['/dev/zero', 'a character device'], [fifo, 'a FIFO']] as const) {
      const r = extract(file);
      expect(r.error).toBeUndefined(); // not killed by the timeout
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`error: the file is ${kind}.*not a regular file\\n\\s+fix: `));
    }
  });

  it('1: one block of 160,000 short sentences parses: every sentence, no stack overflow', () => {
    const dir = scratch().dir;
    const file = join(dir, 'many.txt');
    writeFileSync(file, 'Headline of the story\n\n' + 'Go (x). '.repeat(160_000));
    const r = extract(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { blocks: unknown[]; sentences: { text: string }[] };
    expect(out.blocks).toHaveLength(2);
    expect(out.sentences).toHaveLength(160_001);
    expect(out.sentences[1]!.text).toBe('Go (x).');
  }, 120_000);

  it('13: a 300 KB unbroken token (a base64 data: URI) does not stall the tokenizer', () => {
    const file = join(scratch().dir, 'token.txt');
    const token = 'data:image/png;base64,' + 'QUJD'.repeat(75_000);
    writeFileSync(file, `Pasted image\n\nHe sent ${token} to the editor. The editor replied at once.\n`);
    const r = extract(file);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { sentences: { text: string }[] };
    expect(out.sentences.map((x) => x.text.slice(0, 12))).toEqual(['Pasted image', 'He sent data', 'The editor r']);
  }, 60_000);
});
