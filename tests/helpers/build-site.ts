/**
 * Build the site into a scratch directory, for e2e checks of other builds (a hostile fixture,
 * a base path): optionally from other articles, always with its own output and Astro cache
 * directory, so two such builds can run at once (in two Playwright workers) without sharing
 * Astro's content-layer cache in node_modules/.astro.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface ScratchBuild {
  dir: string;
  /** The built site. */
  out: string;
  /** The collections it was built from. */
  data: string;
}

export interface BuildOptions {
  /**
   * Arguments for scripts/build-content.ts (--articles, --registry), given the scratch directory to
   * write inputs into; without it the site is built from content/data.
   */
  content?: (dir: string) => string[];
  /** Environment for astro build (BASE_PATH, SITE_URL, …). */
  env?: Record<string, string>;
  prefix?: string;
}

/** Run a build step; a failure throws with its output, so the test says what broke. */
function run(args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
}

export function buildSite(options: BuildOptions = {}): ScratchBuild {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'site-'));
  const out = join(dir, 'dist');
  let data = join(root, 'content/data');
  if (options.content) {
    data = join(dir, 'data');
    run(['scripts/build-content.ts', ...options.content(dir), '--out', data], process.env);
  }
  const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(out)}, cacheDir: ${JSON.stringify(join(dir, 'cache'))}, logLevel: 'warn' });`;
  run(['--input-type=module', '-e', script], { ...process.env, ...options.env, CONTENT_DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' });
  return { dir, out, data };
}
