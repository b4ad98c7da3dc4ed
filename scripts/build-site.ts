#!/usr/bin/env node
/**
 * The site half of `npm run build`: `astro build` into a sibling folder (dist.new-<pid>), then
 * that folder replaces dist/ (src/collections/write.ts `swap`, which puts the old one back if
 * the swap fails). A failed build (a bad page, a full disk, EFBIG) leaves the previous site
 * exactly as it was and no half-written folder. Options: --outDir <dir> (default dist); any other
 * argument is passed to astro build (e.g. --config <file>).
 * Astro's own messages are shown; stack-trace lines are kept out unless DEBUG is set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeStale, swap } from '../src/collections/write.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const i = args.indexOf('--outDir');
const outDir = resolve(process.cwd(), i === -1 ? 'dist' : (args[i + 1] ?? 'dist'));
const passed = i === -1 ? args : [...args.slice(0, i), ...args.slice(i + 2)];
const fresh = `${outDir}.new-${process.pid}`;

function fail(message: string): never {
  console.error(`build: ${message}`);
  console.error(`build: ${existsSync(outDir) ? `${outDir} is unchanged (the previous site)` : `nothing was written to ${outDir}`}.`);
  process.exit(1);
}

removeStale(outDir);
const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', fresh, ...passed], {
  cwd: process.cwd(),
  encoding: 'utf8',
  stdio: ['ignore', 'inherit', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// stack frames of JavaScript ("    at …") and of native tools (rolldown's "Stack backtrace:", "  12: clone3")
const frame = /^\s+at |^Stack backtrace:|^\s*\d+: (?:<unknown>|\S+)\s*$/;
const stderr = process.env.DEBUG ? r.stderr : (r.stderr ?? '').split('\n').filter((l) => !frame.test(l)).join('\n');
if (stderr.trim()) process.stderr.write(stderr.endsWith('\n') ? stderr : stderr + '\n');
if (r.status !== 0 || !existsSync(fresh)) {
  rmSync(fresh, { recursive: true, force: true });
  fail(r.error ? `astro build could not run (${r.error.message})` : `astro build failed (exit ${r.status ?? r.signal})`);
}
try {
  swap(outDir, fresh, `${outDir}.old-${process.pid}`, existsSync(outDir));
} catch (e) {
  fail(String(e));
}
console.log(`build: the site is in ${outDir}`);
