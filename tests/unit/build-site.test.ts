/**
 * The site build writes dist/ all or nothing (issue 16, cases 11 and 15): a build that fails (on its
 * data, or on a write error) leaves the previous site as it was and no half-written folder;
 * a build that succeeds replaces it. Runs scripts/build-site.ts in a scratch copy of the project
 * (as the benchmark does), so the working tree's dist/ and caches are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../scripts/bench/site.ts';
import { root, runContent, scratch } from '../helpers/content-run.ts';

let project = '';
let data = '';
const OLD = '<!doctype html><title>previous site</title>';

beforeAll(() => {
  project = scratchProject(root);
  cpSync(join(root, 'scripts'), join(project, 'scripts'), { recursive: true });
  const s = scratch();
  expect(runContent(s).code).toBe(0);
  data = s.out;
}, 120_000); // a real content build: seconds alone, far more than the 10 s default on a loaded machine

/** A dist/ holding a previous site, then build-site.ts run with `data`, under an optional `ulimit -f`. */
function build(dataDir: string, ulimit?: number) {
  const dist = join(project, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), OLD);
  const cmd = `${ulimit ? `ulimit -f ${ulimit}; ` : ''}"${process.execPath}" scripts/build-site.ts --config astro.bench.config.mjs`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: project, encoding: 'utf8', env: { ...process.env, CONTENT_DATA_DIR: dataDir, DEBUG: '' } });
  const leftovers = readdirSync(project).filter((f) => /^dist\.(new|old)-/.test(f));
  return { code: r.status, stderr: r.stderr, stdout: r.stdout, index: readFileSync(join(dist, 'index.html'), 'utf8'), leftovers };
}

describe('npm run build writes dist/ atomically', () => {
  it('a build that fails on its data leaves the previous site and no temp folder', () => {
    const bad = join(project, 'bad-data');
    cpSync(data, bad, { recursive: true });
    writeFileSync(join(bad, 'sources.json'), '[{"id": "x"}]\n');
    const r = build(bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/build: astro build failed[\s\S]*dist is unchanged \(the previous site\)/);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(r.index).toBe(OLD);
    expect(r.leftovers).toEqual([]);
  }, 300_000);

  it('a build stopped by a write error (EFBIG under ulimit -f 100) leaves the previous site, no stack trace', () => {
    const r = build(data, 100);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/File too large|EFBIG/);
    expect(r.stderr).not.toMatch(/Stack backtrace|\n\s+at .*:\d+:\d+/);
    expect(r.index).toBe(OLD);
    expect(r.leftovers).toEqual([]);
  }, 300_000);

  it('a build that succeeds replaces the previous site', () => {
    const r = build(data);
    expect(r.code, r.stderr).toBe(0);
    expect(r.index).not.toBe(OLD);
    expect(r.index).toMatch(/<html/);
    expect(existsSync(join(project, 'dist/claims'))).toBe(true);
    expect(r.leftovers).toEqual([]);
  }, 300_000);
});
