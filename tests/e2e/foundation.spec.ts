import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const sources = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as {
  id: string;
  outlet: string;
  text: string;
  blocks: { kind: string; joined: string }[];
}[];

test('the home page lists every outlet with a link to its article', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const cards = page.locator('.cards > li');
  await expect(cards).toHaveCount(sources.length);
  for (const s of sources) {
    // Each card links its outlet (the "Who is cited" table links it again, further down).
    await expect(cards.getByRole('link', { name: s.outlet, exact: true })).toHaveAttribute('href', `/sources/${s.id}/`);
  }
});

for (const s of sources) {
  test(`/sources/${s.id}/ shows the whole article`, async ({ page }) => {
    await page.goto(`/sources/${s.id}/`);
    // The article's own words: speaker labels, block labels, claim badges and source kinds are apparatus.
    const shown = (
      await page.locator('article').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const x of copy.querySelectorAll('.speaker, .block-label, .badge, .attr-class')) x.remove();
        document.body.append(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
      })
    ).replace(/\s+/g, ' ');
    // Every word of every paragraph appears, in order (speaker labels and block labels aside).
    for (const b of s.blocks.filter((b) => b.kind === 'paragraph')) {
      const words = b.joined.split(/\s+/).filter(Boolean);
      expect(shown, `paragraph starting "${words.slice(0, 6).join(' ')}"`).toContain(words.slice(0, 8).join(' '));
      expect(shown).toContain(words.slice(-5).join(' '));
    }
  });
}

test('a targeted sentence is highlighted', async ({ page }) => {
  const s = sources[0]!;
  await page.goto(`/sources/${s.id}/#s-3`);
  const target = page.locator('#s-3');
  await expect(target).toBeVisible();
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});
