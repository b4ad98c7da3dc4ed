import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4336';
const [path, name] = [process.argv[2]!, process.argv[3]!];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [1280, 390])
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(base + path);
    const el = page.locator(process.argv[4] ?? 'main');
    await el.first().screenshot({ path: `/tmp/rv15/${name}-${width}-${scheme}.png` });
    await page.close();
  }
await browser.close();
