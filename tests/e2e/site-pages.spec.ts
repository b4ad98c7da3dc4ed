/**
 * Every page type, at both widths: a title, a description, one h1, landmarks, no sideways
 * scrolling, keyboard reachability (skip link first), print and dark styles.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The data as published in dist/ (what the served pages were built from), not content/data/, which
// another build may have rewritten since.
const read = <T>(name: string) => JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as T[];
const claims = read<{ id: string }>('claims');
const sources = read<{ id: string; order: number }>('sources').sort((a, b) => a.order - b.order);
const people = read<{ id: string }>('people');

const PAGES = [
  '/',
  '/claims/',
  `/claims/${claims[0]!.id}/`,
  `/sources/${sources[0]!.id}/`,
  `/sources/${sources.at(-1)!.id}/`,
  '/quotes/',
  '/quotes/?q=rokets+speek',
  '/people/',
  `/people/${people[0]!.id}/`,
  '/figures/',
  '/compare/',
  `/compare/${sources[0]!.id}/${sources[1]!.id}/`,
  '/data/',
  '/method/',
  '/no-such-page/',
];

test('every page type has a title, a description, one h1 and landmarks, and never scrolls sideways', async ({ page }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const r = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      h1: document.querySelectorAll('h1').length,
      banner: document.querySelectorAll('body > header').length,
      nav: document.querySelectorAll('nav').length,
      main: document.querySelectorAll('main').length,
      footer: document.querySelectorAll('body > footer').length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap') && !e.closest('.visually-hidden'))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    }));
    if (r.title.length < 5) problems.push(`${path}: no title`);
    if (r.description.length < 30) problems.push(`${path}: no description`);
    if (r.h1 !== 1) problems.push(`${path}: ${r.h1} h1`);
    if (r.banner !== 1 || r.nav < 1 || r.main !== 1 || r.footer !== 1) problems.push(`${path}: landmarks ${JSON.stringify(r)}`);
    if (r.overflow > 0) problems.push(`${path}: scrolls sideways by ${r.overflow}px`);
    if (r.wide.length) problems.push(`${path}: sticks out: ${r.wide.join(', ')}`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('keyboard: the skip link comes first and lands in main; every matrix cell is reachable', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Tab order continues inside main.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  // Cell links are real links (focusable) with a name.
  const cell = page.locator('table.matrix td a').first();
  await cell.focus();
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAccessibleName(/reported/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/#[a-z0-9-]+$/);
});

test('keyboard: the diff pairs on a claim page open with the keyboard', async ({ page }) => {
  // A claim page with at least two diff pairs (pairs are shown only where renderings share wording).
  const withPairs = claims.find((c) => (readFileSync(`dist/claims/${c.id}/index.html`, 'utf8').match(/class="diff-pair"/g) ?? []).length >= 2) ?? claims[0]!;
  await page.goto(`/claims/${withPairs.id}/`);
  const summaries = page.locator('.diff-pair summary');
  test.skip((await summaries.count()) < 2, 'fewer than two renderings');
  const second = summaries.nth(1);
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.diff-pair').nth(1)).toHaveAttribute('open', '');
  await expect(page.locator('.diff-pair').nth(1).locator('.diff')).toBeVisible();
});

test('print hides navigation; dark mode darkens the page', async ({ page }) => {
  await page.goto(`/claims/${claims[0]!.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
});

test('only the quotes page loads fuse.js; reading pages ship at most a few lines of script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(`${new URL(r.url()).pathname} ${(await r.body()).length}`);
  });
  for (const path of ['/', `/claims/${claims[0]!.id}/`, `/sources/${sources[0]!.id}/`, '/figures/']) {
    scripts.length = 0;
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const total = scripts.reduce((n, s) => n + Number(s.split(' ')[1]), 0);
    expect(total, `${path}: ${scripts.join(', ')}`).toBeLessThan(3000);
  }
  await page.goto('/quotes/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => s.includes('/_astro/'))).toBe(true);
});
