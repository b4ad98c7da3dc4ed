/** Run the real build script on a scratch copy of the content, as a user would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export const root = join(import.meta.dirname, '../..');

export interface Scratch {
  dir: string;
  articles: string;
  registry: string;
  out: string;
  /**
   * The review files (content/reviews), beside the articles as the build expects. A test that gives an
   * article a new text must remove its review here: a review naming sentences the text no longer has stops the build.
   */
  reviews: string;
}

/** A copy of content/articles, content/reviews and content/claims.yaml in a temp dir, and an output dir. */
export function scratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  const articles = join(dir, 'articles');
  cpSync(join(root, 'content/articles'), articles, { recursive: true });
  // The build reads reviews from the folder beside the articles folder.
  cpSync(join(root, 'content/reviews'), join(dir, 'reviews'), { recursive: true });
  const registry = join(dir, 'claims.yaml');
  cpSync(join(root, 'content/claims.yaml'), registry);
  return { dir, articles, registry, out: join(dir, 'data'), reviews: join(dir, 'reviews') };
}

export function runContent(s: Scratch) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), '--articles', s.articles, '--registry', s.registry, '--out', s.out], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, DEBUG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file in a directory with its content, to prove a failed run changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

export const edit = (file: string, f: (text: string) => string) => writeFileSync(file, f(readFileSync(file, 'utf8')));

/**
 * A scratch copy that already holds a good run's output, broken by `breakIt`, then built again:
 * the run's result, the scratch copy, and whether the output is exactly as the good run left it.
 */
export function brokenRun(breakIt: (s: Scratch) => void) {
  const s = scratch();
  expect(runContent(s).code).toBe(0);
  const prior = snapshot(s.out);
  breakIt(s);
  const r = runContent(s);
  return { ...r, s, unchanged: JSON.stringify(snapshot(s.out)) === JSON.stringify(prior) };
}
