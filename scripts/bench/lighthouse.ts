/**
 * Lighthouse (the npm package, desktop preset) on a few pages of a built site, driving Debian's
 * Chromium. Never throws: when Chromium or Lighthouse cannot run, the result says why.
 */
import { existsSync } from 'node:fs';

export interface LighthousePage {
  page: string;
  scores: { performance: number | null; accessibility: number | null; bestPractices: number | null; seo: number | null };
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  error?: string;
}
export type LighthouseResult = { ok: true; chrome: string; pages: LighthousePage[] } | { ok: false; reason: string };

export const chromePath = () => [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

export async function runLighthouse(baseUrl: string, pages: string[]): Promise<LighthouseResult> {
  const chrome = chromePath();
  if (!chrome) return { ok: false, reason: 'no Chromium found (set CHROMIUM_PATH)' };
  let launched: { port: number; kill(): void } | undefined;
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
    const chromeLauncher = await import('chrome-launcher');
    try {
      launched = await chromeLauncher.launch({
        chromePath: chrome,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
      });
    } catch (e) {
      return { ok: false, reason: `Chromium (${chrome}) did not start: ${String(e instanceof Error ? e.message : e).split('\n')[0]}` };
    }
    const out: LighthousePage[] = [];
    for (const page of pages) {
      try {
        const r = await lighthouse(
          baseUrl + page,
          { port: launched.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
          desktopConfig,
        );
        const lhr = r?.lhr;
        if (!lhr) throw new Error('no report');
        const score = (id: string) => {
          const s = lhr.categories[id]?.score;
          return s === null || s === undefined ? null : Math.round(s * 100);
        };
        const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
        out.push({
          page,
          scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
        });
      } catch (e) {
        out.push({ page, scores: { performance: null, accessibility: null, bestPractices: null, seo: null }, lcpMs: null, tbtMs: null, cls: null, error: String(e instanceof Error ? e.message : e) });
      }
    }
    return { ok: true, chrome, pages: out };
  } catch (e) {
    return { ok: false, reason: String(e instanceof Error ? e.message : e).split('\n')[0]! };
  } finally {
    try {
      launched?.kill();
    } catch {
      /* already gone */
    }
  }
}
