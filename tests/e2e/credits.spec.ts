/**
 * Whom each outlet credits (issue 14), checked in the built pages against the published data:
 * an anonymous, a media and a named-person credit on claim pages (found in claims.json at test
 * time), the own-voice line, the home page's "Who is cited" table, the source page's marks of
 * reported speech and the compare page's differing credits; axe on each page visited.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const read = <T>(name: string) => JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as T[];
interface Credited { text: string; class: string; person: string | null; personId: string | null }
interface Credit { credited: Credited; citing: { credited: Credited } | null }
interface Evidence { sentence: number; review: string; credit: Credit | null }
interface Claim { id: string; coverage: { source: string; evidence: Evidence[] }[] }
const claims = read<Claim>('claims');
const people = read<{ id: string; name: string; kind: string }>('people');
const sources = read<{ id: string; order: number }>('sources').sort((a, b) => a.order - b.order);
const attributions = read<{ source: string; credited: Credited | null }>('attributions');

// axe on a shared, loaded machine takes a while per page.
test.describe.configure({ timeout: 180_000 });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const items = claims.flatMap((c) => c.coverage.flatMap((v) => v.evidence.map((e) => ({ claim: c.id, source: v.source, e }))));
type Item = (typeof items)[number];
const find = (what: string, ok: (e: Evidence) => boolean): Item => {
  const x = items.find((i) => ok(i.e));
  if (!x) throw new Error(`the data has no ${what} credit to check`);
  return x;
};
const personPage = (id: string | null) => (id ? people.find((p) => p.id === id && p.kind === 'person') : undefined);

/** The credit line under one evidence sentence of one outlet's column. */
async function creditLine(page: Page, { claim, source, e }: Item) {
  await page.goto(`/claims/${claim}/`);
  const item = page.locator(`section#${source} ol.evidence > li`).filter({ has: page.locator(`a[href$="#s-${e.sentence + 1}"]`) });
  return item.locator('p.credit').first();
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${page.url()}: ${v.id}: ${v.help}`);
}

test('claim pages show an anonymous, a media and a named credit as the data gives them', async ({ page }) => {
  const anonymous = find('anonymous', (e) => e.credit?.credited.class === 'anonymous' && !e.credit.citing);
  const media = find('media', (e) => e.credit?.credited.class === 'media');
  const named = find('named person with a page', (e) => e.credit?.credited.class === 'person' && !!personPage(e.credit.credited.personId));
  const violations: string[] = [];

  let line = await creditLine(page, anonymous);
  await expect(line).toHaveText(`Credited to ${collapse(anonymous.e.credit!.credited.text)} · anonymous`);
  violations.push(...(await axe(page)));

  line = await creditLine(page, media);
  const citing = media.e.credit!.citing ? `, citing ${collapse(media.e.credit!.citing.credited.text)}` : '';
  await expect(line).toContainText(`${collapse(media.e.credit!.credited.text)}${citing}`);
  await expect(line).toContainText('· another outlet');
  violations.push(...(await axe(page)));

  line = await creditLine(page, named);
  const person = personPage(named.e.credit!.credited.personId)!;
  await expect(line).toHaveText(`Credited to ${person.name} · named person`);
  await expect(line.locator('a')).toHaveAttribute('href', new RegExp(`/people/${person.id}/$`));
  violations.push(...(await axe(page)));

  expect(violations, violations.join('\n')).toEqual([]);
});

test('a sentence nothing attributes says it is the outlet’s own voice', async ({ page }) => {
  const own = find('unattributed', (e) => e.credit === null);
  await expect(await creditLine(page, own)).toHaveText('Not attributed: the outlet’s own voice');
});

test('every evidence sentence on a claim page has a credit line', async ({ page }) => {
  const claim = claims.find((c) => c.coverage.filter((v) => v.evidence.length).length >= 3)!;
  await page.goto(`/claims/${claim.id}/`);
  const evidence = claim.coverage.reduce((n, v) => n + v.evidence.length, 0);
  await expect(page.locator('ol.evidence > li p.credit')).toHaveCount(evidence);
});

test('the home page shows who is cited per outlet, in words and as a bar hidden from assistive technology', async ({ page }) => {
  await page.goto('/');
  const rows = page.locator('.wic-table tbody tr');
  await expect(rows).toHaveCount(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const words = await rows.nth(i).locator('.wic-words').innerText();
    const shares = [...words.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    if (shares.length === 0) continue;
    // Rounded shares of one whole.
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(shares.length);
    await expect(rows.nth(i).locator('svg.wic-bar')).toHaveAttribute('aria-hidden', 'true');
  }
  expect(await axe(page)).toEqual([]);
});

test('the source page marks whom reported speech credits, with its kind in words and a legend', async ({ page }) => {
  const source = sources.find((s) => attributions.some((a) => a.source === s.id && a.credited?.class === 'anonymous'))!;
  await page.goto(`/sources/${source.id}/`);
  const anon = attributions.find((a) => a.source === source.id && a.credited?.class === 'anonymous')!;
  const mark = page.locator('.article .attr-source', { hasText: collapse(anon.credited!.text).split(' ')[0]! }).first();
  await expect(mark).toBeVisible();
  await expect(page.locator('.article .attr-class').first()).toBeVisible();
  expect(await page.locator('.article .attr-source').count()).toBeGreaterThan(0);
  expect(await page.locator('.article .attr-cue').count()).toBeGreaterThan(0);
  await expect(page.locator('main > p.meta .attr-source')).toHaveText('whom it credits');
  expect(await axe(page)).toEqual([]);
});

test('the compare page lists the claims two outlets credit differently', async ({ page }) => {
  await page.goto(`/compare/${sources[0]!.id}/${sources[1]!.id}/`);
  const count = Number(await page.locator('.summary-counts a[href="#credits"]').innerText());
  await expect(page.locator('ol.compare-credits > li')).toHaveCount(count);
  if (count > 0) await expect(page.locator('ol.compare-credits > li').first().locator('p.credit').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the credits dataset has one row per evidence sentence, as the claims give them', async ({ request }) => {
  const rows = (await (await request.get('/data/credits.json')).json()) as { claim: string; source: string; sentence: number; class: string | null }[];
  expect(rows).toHaveLength(items.length);
  for (const { claim, source, e } of items) {
    const row = rows.find((r) => r.claim === claim && r.source === source && r.sentence === e.sentence);
    expect(row?.class).toBe(e.credit?.credited.class ?? null);
  }
  const csv = await (await request.get('/data/credits.csv')).text();
  expect(csv.split('\n')[0]).toMatch(/^id,claim,source,sentence,review,class,credited,/);
});
