/**
 * The journeys a reader takes through the site, at both widths (the desktop and phone
 * projects): from the overview to a claim and into an article; a misspelt search to a claim;
 * a shared claim link and a shared search link; comparing two outlets; downloading a dataset
 * and validating it against its published JSON Schema.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The data as published in dist/ (what the served pages were built from), not content/data/, which
// another build may have rewritten since.
const read = <T>(name: string) => JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as T[];
interface Ev { sentence: number; text: string; score: number }
interface Claim {
  id: string;
  statement: string;
  coverage: { source: string; status: string; evidence: Ev[]; nearest?: Ev | null }[];
  quotes: string[];
}
interface Source {
  id: string;
  outlet: string;
  order: number;
  sentences: { index: number; claims: string[] }[];
}
const claims = read<Claim>('claims');
const sources = read<Source>('sources').sort((a, b) => a.order - b.order);
const quotes = read<{ id: string; text: string; source: string; sentence: number; personId: string | null }>('quotes');
const reported = (c: Claim, s: string) => c.coverage.some((x) => x.source === s && x.status !== 'not-reported');

/** The element's own background, or that of the nearest ancestor that has one. */
const background = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)') return bg;
    }
    return '';
  });

test('overview → matrix cell → claim → sentence in context → back', async ({ page }) => {
  const claim = claims.find((c) => sources.filter((s) => reported(c, s.id)).length >= 2)!;
  const source = sources.find((s) => reported(claim, s.id))!;
  const evidence = claim.coverage.find((x) => x.source === source.id)!.evidence[0]!;

  await page.goto('/');
  const cell = page.locator(`table.matrix a[href="/claims/${claim.id}/#${source.id}"]`);
  await expect(cell).toHaveAccessibleName(new RegExp(`reported`, 'i'));
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/#${source.id}$`));
  await expect(page.locator('h1')).toHaveText(claim.statement);
  const column = page.locator(`section#${source.id}`);
  await expect(column).toBeInViewport();
  await expect(column).toContainText(evidence.text.replace(/\s+/g, ' ').trim().slice(0, 40));

  await column.getByRole('link', { name: `Sentence ${evidence.sentence + 1} in context` }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${source.id}/#s-${evidence.sentence + 1}$`));
  const sentence = page.locator(`#s-${evidence.sentence + 1}`);
  await expect(sentence).toBeInViewport();
  expect(await background(page, `#s-${evidence.sentence + 1}`)).not.toBe(await background(page, 'body'));
  // The sentence carries this claim's badge, linking back.
  await expect(page.locator(`#s-${evidence.sentence + 1} ~ a.badge[href="/claims/${claim.id}/"]`).first()).toBeAttached();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/`));
  await expect(page.locator('h1')).toHaveText(claim.statement);
});

test('search a misspelt quote → result → its claim', async ({ page }) => {
  const target = quotes.find((q) => /rockets speak/i.test(q.text));
  test.skip(!target, 'no "rockets speak" quote in the data');
  await page.goto('/quotes/');
  await expect(page.locator('#quote-search[data-ready="true"]')).toBeAttached();
  await page.getByLabel('Search quotes, speakers and outlets').fill('rokets speek');
  const results = page.locator('#results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#results')).toContainText(/rockets speak for themselves/i);
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText('“rokets speek”');
  await expect(page).toHaveURL(/\?q=rokets\+speek$/);
  // Matches are highlighted, and the grouped list is hidden while results show.
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.locator('#all-quotes')).toBeHidden();

  const hit = results.filter({ hasText: /rockets speak/i }).first();
  const claimLink = hit.locator('.result-claims a').first();
  test.skip((await claimLink.count()) === 0, 'the quote is attached to no claim in this data');
  const statement = (await claimLink.textContent())!;
  await claimLink.click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/);
  await expect(page.locator('h1')).toHaveText(statement);
});

test('"/" focuses the search box; Clear brings back every quote', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(page.locator('#quote-search[data-ready="true"]')).toBeAttached();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.type('putin');
  await expect(page.locator('#results > li').first()).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('#all-quotes')).toBeVisible();
  await expect(page).toHaveURL(/\/quotes\/$/);
  await expect(page.locator('#all-quotes .quote-item')).toHaveCount(quotes.length);
});

test('a shared search link (?q= and filters) opens with its results', async ({ page }) => {
  const zel = quotes.find((q) => q.personId && /zelensk/i.test(q.personId));
  test.skip(!zel, 'no Zelensky quote in the data');
  const source = sources.find((s) => s.id === zel!.source)!;
  await page.goto(`/quotes/?q=zelenskyy&outlet=${source.id}`);
  await expect(page.locator('#q')).toHaveValue('zelenskyy');
  await expect(page.locator('#outlet')).toHaveValue(source.id);
  const results = page.locator('#results > li');
  await expect(results.first()).toBeVisible();
  for (const text of await results.locator('.outlet-name').allTextContents()) expect(text).toBe(source.outlet);
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible();
});

test('an outlet that did not report a claim shows its closest sentence, marked as not matched, linked to its context', async ({ page }) => {
  const claim = claims.find((c) => c.coverage.some((x) => x.status === 'not-reported' && x.nearest))!;
  const cov = claim.coverage.find((x) => x.status === 'not-reported' && x.nearest)!;
  await page.goto(`/claims/${claim.id}/`);
  const col = page.locator(`section#${cov.source}`);
  await expect(col.locator('.status')).toHaveText(/Not reported/);
  await expect(col.locator('.nearest')).toContainText('not matched');
  await expect(col.locator('.nearest blockquote')).toContainText(cov.nearest!.text.replace(/\s+/g, ' ').trim().slice(0, 40));
  await col.locator('.nearest').getByRole('link', { name: `Sentence ${cov.nearest!.sentence + 1} in context` }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${cov.source}/#s-${cov.nearest!.sentence + 1}$`));
});

test('a shared claim link opens on the outlet, with its permalink to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const claim = claims.find((c) => c.coverage.filter((x) => x.status !== 'not-reported').length >= 3) ?? claims[0]!;
  const last = [...sources].reverse().find((s) => reported(claim, s.id))!;
  await page.goto(`/claims/${claim.id}/#${last.id}`);
  await expect(page.locator('h1')).toHaveText(claim.statement);
  await expect(page.locator(`section#${last.id}`)).toBeInViewport();
  // Every outlet has a column; those that did not report it say so.
  await expect(page.locator('section.claim-col-outlet')).toHaveCount(sources.length);
  for (const s of sources.filter((s) => !reported(claim, s.id))) await expect(page.locator(`section#${s.id}`)).toContainText('Not reported');
  // JSON-LD: a Claim with one appearance per reporting outlet.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Claim');
  expect(ld.appearance).toHaveLength(sources.filter((s) => reported(claim, s.id)).length);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/claims/${claim.id}/$`));

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-status')).toHaveText(/Link copied|Copy this link/);
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (copied !== null && copied !== '') expect(copied).toMatch(new RegExp(`/claims/${claim.id}/$`));
});

test('compare two outlets', async ({ page }) => {
  const [a, b] = [sources[0]!, sources[1]!];
  const shared = claims.filter((c) => reported(c, a.id) && reported(c, b.id));
  await page.goto('/compare/');
  await page.locator(`.pair-list a[href="/compare/${a.id}/${b.id}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${a.id}/${b.id}/$`));
  await expect(page.locator('h1')).toContainText(a.outlet.replace(/\s*[(,].*$/, '').replace(/^The /, ''));
  await expect(page.locator('.summary-counts dd').first()).toHaveText(String(shared.length));
  await expect(page.locator('.compare-claims > li')).toHaveCount(shared.length);
  if (shared.length > 0) {
    await page.locator('.compare-claims > li').first().locator('p a').first().click();
    await expect(page.locator('h1')).toHaveText(shared[0]!.statement);
    await expect(page.locator(`section#${a.id} .status`)).not.toHaveText(/Not reported/);
    await expect(page.locator(`section#${b.id} .status`)).not.toHaveText(/Not reported/);
  }
});

test('download a dataset and validate it against its JSON Schema', async ({ page, request }) => {
  await page.goto('/data/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'claims.json' }).click()]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown[];
  expect(data).toHaveLength(claims.length);
  const schema = await (await request.get('/data/claims.schema.json')).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  // The schema is not vacuous: a broken entry fails it.
  expect(validate([{ ...(data[0] as object), coverage: 'none' }])).toBe(false);
  // The CSV has a header and one row per claim (cells may hold quoted line breaks).
  const csv = await (await request.get('/data/claims.csv')).text();
  expect(csv.split('\n')[0]).toMatch(/^id,order,statement,/);
});

test('one utterance in several outlets: every rendering, and the wordings compared word by word', async ({ page }) => {
  await page.goto('/quotes/');
  const group = page.locator('.utterance.multi').filter({ has: page.locator('.utterance-diffs') }).first();
  await expect(group.locator('.utterance-head')).toContainText(/One utterance, \d+ renderings in \d+ outlets/);
  await group.locator('.utterance-diffs summary').click();
  const pair = group.locator('.utterance-pair').first();
  await expect(pair).toContainText(/\d+% of the shorter found in the longer/);
  await expect(pair.locator('del, ins').first()).toBeVisible();
});

test('the front page lists the figures that differ: conflicting ones, or else those that differ only within rounding', async ({ page }) => {
  const measures = read<{ id: string; label: string; verdict: string; spread: number | null }>('measures');
  const discrepant = measures.filter((m) => m.verdict === 'discrepant');
  const expected = (discrepant.length ? discrepant : measures.filter((m) => m.verdict === 'consistent' && (m.spread ?? 0) > 0))
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))
    .slice(0, discrepant.length ? 5 : 3);
  await page.goto('/');
  const section = page.locator('section[aria-labelledby="discrepancies"]');
  for (const m of expected) await expect(section.getByRole('link', { name: m.label, exact: true })).toHaveAttribute('href', `/figures/#m-${m.id}`);
  if (!discrepant.length) await expect(section).toContainText('No two outlets give conflicting figures');
});
