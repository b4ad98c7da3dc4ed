/**
 * Site build at a given data set, in a scratch copy of the project (src/, public/, configs; node_modules
 * linked), so the benchmark never touches the working tree's dist/, .astro/ or content/data/ while
 * teammates build there. Astro's cache also goes to the scratch copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlFiles } from './weight.ts';

export interface SiteBuild {
  ok: boolean;
  dir: string;
  dist: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  error?: string;
}

export function scratchProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  for (const p of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, p))) cpSync(join(root, p), join(dir, p), { recursive: true });
  }
  // The editorial content (articles, registry, Markdown the pages read), without the generated data.
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !/[/\\]content[/\\]data(?:[/\\]|$)/.test(src) });
  mkdirSync(join(dir, 'content/data'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'astro.bench.config.mjs'),
    "import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.bench-cache' };\n",
  );
  return dir;
}

/** Copy a data folder (the build script's --out) into the scratch copy and run `astro build`. */
export function buildSite(root: string, dataDir: string, timeoutMs: number): SiteBuild {
  const dir = scratchProject(root);
  cpSync(dataDir, join(dir, 'content/data'), { recursive: true });
  const dist = join(dir, 'dist');
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'astro.bench.config.mjs', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, CONTENT_DATA_DIR: 'content/data', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - t) / 1000;
  const ok = r.status === 0 && existsSync(dist);
  const pages = ok ? htmlFiles(dist).length : 0;
  return {
    ok,
    dir,
    dist,
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    ...(ok ? {} : { error: r.error ? String(r.error.message) : `astro build exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ')}` }),
  };
}

export function removeScratch(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
