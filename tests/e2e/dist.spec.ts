/**
 * Checks of the built site that need no browser: valid HTML, every internal link and
 * #fragment resolves, no inline script can run (CSP without 'unsafe-inline'), and every
 * published permalink still exists. They run once, in the desktop project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { brokenLinks, elements, fileFor, ids, pages, type Page } from '../helpers/dist.ts';

test.describe.configure({ mode: 'serial' });
// Checks of files, not of a viewport: run them once, in the desktop project.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'runs once, in the desktop project'));

let all: Page[] = [];
test.beforeAll(() => {
  all = pages();
});

test('html-validate finds no error in dist/', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro emits these forms; they are valid HTML, only stylistic rules object.
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      'attribute-boolean-style': 'off',
      'long-title': 'off',
      'no-inline-style': 'error',
    },
  });
  const problems: string[] = [];
  for (const page of all) {
    const report = await validator.validateString(page.html, page.file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  expect(all.length).toBeGreaterThan(10);
});

test('every internal link and #fragment resolves', () => {
  const { broken, checked } = brokenLinks(all);
  console.log(`link check: ${checked} internal links over ${all.length} pages`);
  expect(checked).toBeGreaterThan(all.length);
  expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
});

test('no page runs inline script; every page carries a CSP without unsafe-inline scripts', () => {
  for (const page of all) {
    for (const s of elements(page.tree, 'script')) {
      const type = s.properties.type;
      const external = typeof s.properties.src === 'string';
      expect(external || type === 'application/ld+json' || type === 'speculationrules', `${page.path}: inline <script>`).toBe(true);
    }
    const csp = elements(page.tree, 'meta').find((m) => String(m.properties.httpEquiv).toLowerCase() === 'content-security-policy');
    expect(csp, `${page.path}: CSP meta`).toBeDefined();
    const policy = String(csp!.properties.content);
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, page.path).not.toContain('unsafe-inline');
    expect(policy, page.path).toContain("default-src 'self'");
  }
});

test('every published permalink and anchor still exists', () => {
  const list = readFileSync(join(import.meta.dirname, '../fixtures/permalinks.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const idsByFile = new Map<string, Set<string>>(all.map((p) => [p.file, ids(p.tree)]));
  const missing: string[] = [];
  for (const link of list) {
    const url = new URL(link, 'http://site.invalid');
    const file = fileFor(url.pathname);
    if (!file) {
      missing.push(link);
      continue;
    }
    if (url.hash) {
      if (!idsByFile.get(file)?.has(decodeURIComponent(url.hash.slice(1)))) missing.push(link);
    }
  }
  expect(list.length).toBeGreaterThan(50);
  expect(missing, `dropped permalinks (add a redirect or restore them):\n${missing.slice(0, 20).join('\n')}`).toEqual([]);
});
