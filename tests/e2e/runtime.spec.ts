/**
 * Every page, in a real browser: no console error, no CSP violation, no request to another
 * origin. The CSP is a <meta>; a violation fires `securitypolicyviolation` in the page.
 */
import { expect, test } from '@playwright/test';
import { allPaths } from '../helpers/page-list.ts';

// The 404 page goes last: its own load is a 404 by design, and its console message can arrive
// after the next navigation has begun.
const paths = [...allPaths().filter((p) => p !== '/404'), '/404'];

test('every page loads with no console error, CSP violation or foreign request', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  let current = '';
  page.on('console', (m) => {
    if (current === '/404' && m.text().includes('status of 404')) return;
    if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`${current}: request to ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const path of paths) {
    current = path;
    await page.goto(path, { waitUntil: 'load' });
  }
  expect(paths.length).toBeGreaterThan(10);
  expect(problems, problems.join('\n')).toEqual([]);
});
