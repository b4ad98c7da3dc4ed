/**
 * `npm ci` refuses a lock that lacks any package's optional dependency. Here the registry
 * mirror lacks other platforms' native bindings, so a plain `npm install` leaves them out;
 * scripts/complete-lock.ts records them. This keeps a fresh clone installable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLock, platformOf } from '../../scripts/complete-lock.ts';
import { root } from '../helpers/content-run.ts';

describe('package-lock.json', () => {
  it('records every optional dependency of every locked package (else npm ci fails)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    expect(completeLock(lock), 'run `npm run complete-lock` after npm install').toEqual([]);
  });

  it('reads platforms from napi-rs package names', () => {
    expect(platformOf('@scope/binding-darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@scope/binding-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
    expect(platformOf('left-pad')).toBeNull();
  });

  it('adds what is missing, once', () => {
    const lock = { packages: { '': {}, 'node_modules/x': { version: '1.0.0', optionalDependencies: { 'x-win32-x64-msvc': '1.0.0', 'x-linux-x64-gnu': '1.0.0' } }, 'node_modules/x-linux-x64-gnu': { version: '1.0.0' } } };
    expect(completeLock(lock)).toEqual(['x-win32-x64-msvc@1.0.0']);
    expect(lock.packages).toHaveProperty(['node_modules/x-win32-x64-msvc'], { version: '1.0.0', optional: true, os: ['win32'], cpu: ['x64'] });
    expect(completeLock(lock)).toEqual([]);
  });
});
