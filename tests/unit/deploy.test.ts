/**
 * The README's Deploy section is backed by the workflow it describes: GitHub Pages builds with the
 * same commands as anywhere else and sets the two variables astro.config.mjs reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Workflow { on: { push?: { branches?: string[] } }; jobs: Record<string, { steps: Step[] }> }

describe('deploy', () => {
  const workflow = parse(read('.github/workflows/pages.yml')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('the Pages workflow builds on push with npm ci and npm run build, setting SITE_URL and BASE_PATH', () => {
    expect(workflow.on.push?.branches).toContain('main');
    const runs = steps.map((s) => s.run ?? '');
    const ci = runs.findIndex((r) => /^npm ci\b/.test(r));
    const build = steps.findIndex((s) => s.run === 'npm run build');
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(ci);
    expect(Object.keys(steps[build]!.env ?? {})).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('astro.config.mjs reads the two variables the README documents', () => {
    const config = read('astro.config.mjs');
    const readme = read('README.md');
    for (const v of ['SITE_URL', 'BASE_PATH']) {
      expect(config).toContain(`process.env.${v}`);
      expect(readme).toContain(`\`${v}\``);
    }
    expect(readme).toContain('.github/workflows/pages.yml');
    expect(readme).not.toMatch(/opened\s+offline/);
  });
});
