#!/usr/bin/env node
/**
 * Behaviour check for refactors: snapshot the built collections (content/data/*.json, and dist/
 * when it exists), then after the change compare byte for byte.
 *
 *   node scripts/dev/compare-output.ts save <dir>      copy content/data (and dist/) into <dir>
 *   node scripts/dev/compare-output.ts compare <dir>   list every file that differs from <dir>
 *
 * Exit code 1 when anything differs, so it can gate a commit. Paths are relative to the repo root.
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../../..');
const TREES = ['content/data', 'dist'];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function save(target: string): void {
  for (const t of TREES) if (existsSync(join(root, t))) cpSync(join(root, t), join(target, t), { recursive: true });
  console.log(`saved ${TREES.filter((t) => existsSync(join(root, t))).join(', ')} to ${target}`);
}

function compare(snapshot: string): number {
  let differ = 0;
  let same = 0;
  for (const t of TREES) {
    const before = join(snapshot, t);
    if (!existsSync(before)) continue;
    const names = new Set([...files(before).map((f) => relative(before, f)), ...files(join(root, t)).map((f) => relative(join(root, t), f))]);
    for (const name of [...names].sort()) {
      const a = join(before, name);
      const b = join(root, t, name);
      if (!existsSync(a) || !existsSync(b)) {
        console.log(`${t}/${name}: only ${existsSync(a) ? 'before' : 'after'}`);
        differ++;
      } else if (!readFileSync(a).equals(readFileSync(b))) {
        console.log(`${t}/${name}: differs`);
        differ++;
      } else same++;
    }
  }
  console.log(`${same} identical, ${differ} different`);
  return differ ? 1 : 0;
}

const [cmd, dir] = process.argv.slice(2);
if ((cmd !== 'save' && cmd !== 'compare') || !dir) {
  console.error('usage: node scripts/dev/compare-output.ts save|compare <dir>');
  process.exitCode = 2;
} else if (cmd === 'save') save(dir);
else process.exitCode = compare(dir);
