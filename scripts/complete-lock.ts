#!/usr/bin/env node
/**
 * `npm run complete-lock`: record, in package-lock.json, the platform-specific optional
 * packages that npm could not resolve here (this machine's registry mirror lacks the
 * other platforms' native bindings, so `npm install` leaves them out and `npm ci` then
 * refuses the lock). Each gets an entry with its os/cpu/libc, read from the napi-rs naming
 * convention (`<name>-<os>-<cpu>[-<abi>]`), so npm ci skips it on other platforms without
 * fetching it. Run it after any `npm install`; tests/unit/lockfile.test.ts checks the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Entry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [k: string]: unknown;
}

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'netbsd', 'sunos', 'win32', 'aix'];
const CPU = ['arm', 'arm64', 'ia32', 'x64', 'ppc64', 'riscv64', 's390x', 'loong64', 'wasm32'];

/** os/cpu/libc of a napi-rs style platform package name, or null when the name says none. */
export function platformOf(name: string): Pick<Entry, 'os' | 'cpu' | 'libc'> | null {
  const parts = name.split('/').at(-1)!.split('-');
  const cpuAt = parts.findIndex((p, i) => i > 0 && CPU.includes(p));
  if (cpuAt === -1) return null;
  const cpu = parts[cpuAt]!;
  const os = parts[cpuAt - 1]!;
  const abi = parts[cpuAt + 1];
  if (cpu === 'wasm32') return { cpu: ['wasm32'] };
  if (!OS.includes(os)) return null;
  const libc = abi === 'gnu' ? ['glibc'] : abi === 'musl' ? ['musl'] : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

export function completeLock(lock: { packages: Record<string, Entry> }): string[] {
  const added: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const prefix = path ? `${path}/node_modules/` : 'node_modules/';
      if (lock.packages[`${prefix}${dep}`] || lock.packages[`node_modules/${dep}`]) continue;
      const platform = platformOf(dep);
      if (!platform || !/^\d+\.\d+\.\d+/.test(range)) continue;
      lock.packages[`node_modules/${dep}`] = { version: range, optional: true, ...platform };
      added.push(`${dep}@${range}`);
    }
  }
  const [rootEntry, ...rest] = Object.entries(lock.packages);
  lock.packages = Object.fromEntries([rootEntry!, ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(fileURLToPath(import.meta.url), '../../package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = completeLock(lock);
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(added.length ? `complete-lock: added ${added.join(', ')}` : 'complete-lock: nothing missing');
}
