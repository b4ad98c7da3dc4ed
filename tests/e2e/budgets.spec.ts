/**
 * Page-weight budgets (issue 7), checked on the built site's files (dist/, the five articles), gzip
 * as a static host serves it. What a page weighs is what a cold visit loads: its HTML, stylesheets,
 * scripts with the modules they import, and the data its scripts fetch (scripts/bench/weight.ts,
 * shared with `npm run bench`).
 *   - reading pages (every page but /quotes/) ship ≤ 2 KB gzip of JavaScript;
 *   - /quotes/ ships ≤ 30 KB gzip of JavaScript plus its search index and records;
 *   - no page loads more than 100 KB gzip in total.
 * Runs once, in the desktop project: it reads files, not a viewport.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, checkBudgets, isQuotesPage, siteWeights, type PageWeight } from '../../scripts/bench/weight.ts';

const dist = join(import.meta.dirname, '../../dist');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

test.describe.configure({ mode: 'serial' });
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'runs once, in the desktop project'));

let weights: PageWeight[] = [];
test.beforeAll(() => {
  expect(existsSync(dist), 'dist/ is missing: run `npm run build` first').toBe(true);
  weights = siteWeights(dist);
});

test('the weight of every page is measured, including the quotes page and its index', () => {
  expect(weights.length).toBeGreaterThan(10);
  const quotes = weights.find(isQuotesPage);
  expect(quotes, '/quotes/ is built').toBeTruthy();
  // The page's search data must be found, or the quotes budget would pass by not seeing it.
  expect(quotes!.files.data.length, `/quotes/ fetches its index: ${JSON.stringify(quotes!.files)}`).toBeGreaterThan(0);
  expect(quotes!.js.gzip).toBeGreaterThan(0);
});

test(`reading pages ship at most ${kb(BUDGETS.readingJsGzip)} gzip of JavaScript`, () => {
  const over = weights.filter((w) => !isQuotesPage(w) && w.js.gzip > BUDGETS.readingJsGzip);
  expect(over.map((w) => `${w.page}: ${kb(w.js.gzip)} (${w.files.js.join(', ')})`)).toEqual([]);
});

test(`the quotes page ships at most ${kb(BUDGETS.quotesJsAndIndexGzip)} gzip of JavaScript plus its index`, () => {
  const q = weights.find(isQuotesPage)!;
  const total = q.js.gzip + q.data.gzip;
  expect(total, `JS ${kb(q.js.gzip)} + index ${kb(q.data.gzip)} (${[...q.files.js, ...q.files.data].join(', ')})`).toBeLessThanOrEqual(BUDGETS.quotesJsAndIndexGzip);
});

test(`no page loads more than ${kb(BUDGETS.pageTotalGzip)} gzip in total`, () => {
  const over = weights.filter((w) => w.total.gzip > BUDGETS.pageTotalGzip);
  expect(over.map((w) => `${w.page}: ${kb(w.total.gzip)}`)).toEqual([]);
});

test('the shared budget check agrees (the benchmark reports the same)', () => {
  expect(checkBudgets(weights).filter((b) => !b.ok)).toEqual([]);
});
