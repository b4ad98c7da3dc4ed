/**
 * No injection: a site built from an article and metadata full of markup shows it all as
 * text and runs none of it. The hostile site is built into a scratch directory and served
 * to the browser through request routing (no second server). The same build carries a
 * claim with a former slug, to check that the redirect is served.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildSite } from '../helpers/build-site.ts';
import { elements } from '../helpers/dist.ts';

const parser = unified().use(rehypeParse);

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/hostile');

// One fixture build shared by the tests of this file.
test.describe.configure({ mode: 'serial' });
// Checks of files, not of a viewport: run them once, in the desktop project.
test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'runs once, in the desktop project'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

let out = '';
let firstClaim = '';

test.beforeAll(({}, info) => {
  if (info.project.name !== 'desktop') return;
  test.setTimeout(240_000);
  // The real registry, with an old slug recorded for its first claim: the redirect must be served.
  const inputs = (scratch: string) => {
    const registry = parse(readFileSync(join(root, 'content/claims.yaml'), 'utf8')) as { claims: { slug: string; formerSlugs?: string[] }[] };
    const first = registry.claims[0]!;
    firstClaim = first.slug;
    first.formerSlugs = [...(first.formerSlugs ?? []), 'a-retired-slug'];
    const registryFile = join(scratch, 'claims.yaml');
    writeFileSync(registryFile, stringify(registry));
    // --allow-markup: the fixture is full of markup on purpose (the build refuses markup otherwise).
    return ['--articles', join(fixture, 'articles'), '--registry', registryFile, '--allow-markup'];
  };
  // Its own output and Astro cache, so it can build while the base-path spec builds too.
  out = buildSite({ prefix: 'hostile-', content: inputs }).out;
});

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.csv': 'text/csv' };
/** Serve the fixture build to the browser at http://fixture.test/ through request routing. */
async function serveFixture(page: import('@playwright/test').Page) {
  await page.route('http://fixture.test/**', (route) => {
    let path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(out, path);
    if (!existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: readFileSync(file), contentType: contentTypes[extname(file)] ?? 'application/octet-stream' });
  });
}

test('a renamed claim keeps its old URL: the site serves a redirect', async ({ page }) => {
  await serveFixture(page);
  await page.goto('http://fixture.test/claims/a-retired-slug/');
  await page.waitForURL(`http://fixture.test/claims/${firstClaim}/`);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('article text and metadata can never inject markup or script', async ({ page }) => {
  test.setTimeout(180_000);
  const html = files(out).filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThan(3);
  // Static check on the parsed documents: no element or attribute came from the data. (Inside
  // attribute values and JSON-LD the strings may appear, escaped, as text: that is harmless.)
  for (const f of html) {
    const tree = parser.parse(readFileSync(f, 'utf8'));
    for (const el of elements(tree)) {
      const where = `${f}: <${el.tagName}>`;
      if (el.tagName === 'script') expect(typeof el.properties.src === 'string' || el.properties.type === 'application/ld+json', where).toBe(true);
      expect(['img', 'textarea', 'b'].includes(el.tagName), where).toBe(false);
      for (const [name, value] of Object.entries(el.properties)) {
        expect(/^on/i.test(name), `${where} ${name}`).toBe(false);
        if (name === 'href' || name === 'src') expect(String(value), where).not.toMatch(/^\s*javascript:/i);
      }
    }
    for (const s of elements(tree, 'script').filter((e) => e.properties.type === 'application/ld+json')) {
      const json = s.children.map((c) => ('value' in c ? c.value : '')).join('');
      expect(json, f).not.toMatch(/<\/?script/i);
    }
  }

  // In the browser: nothing runs, no dialog opens, the markup reads as text.
  await serveFixture(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const f of html) {
    const path = '/' + f.slice(out.length + 1).replace(/index\.html$/, '');
    await page.goto(`http://fixture.test${path}`);
    await page.locator('a[href^="javascript:"]').first().click({ timeout: 500 }).catch(() => {});
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined();
  }
  await page.goto('http://fixture.test/sources/hostile-outlet/');
  await expect(page.locator('article')).toContainText('<script>window.__pwned = 1</script>');
  await expect(page.locator('article')).toContainText('</textarea>');
  await expect(page.locator('article')).toContainText('&amp;');
  await expect(page.locator('h1')).toContainText('Officials <b>approve</b> strikes');
  expect(dialogs).toBe(0);
});
