/** axe-core (WCAG 2.2 A and AA rules) on every page type, light and dark, at both widths. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from '../helpers/page-list.ts';

const types = pageTypes();

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any page type (${scheme})`, async ({ browser }, info) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ ...info.project.use, colorScheme: scheme, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const { type, path } of types) {
      await page.goto(path);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of result.violations)
        violations.push(`${type} ${path}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
    console.log(`axe: ${types.length} page types, ${scheme}, ${info.project.name}`);
    await context.close();
    expect(violations, violations.join('\n')).toEqual([]);
  });
}
