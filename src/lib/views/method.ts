/**
 * The method page's measured figures, computed at every build rather than typed into the prose:
 * content/method.md names them as {{figure}} and the page fills them in from accuracy.json (the
 * matcher measured against the editors' reviews, written by `npm run content` beside the collections).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIGH_CONFIDENCE, SHOW_CONFIDENCE } from '../../align/index.ts';
import { ReviewAccuracy } from '../../schema/index.ts';

/** accuracy.json from the data folder the site is built from; null when absent or when too few articles are reviewed. */
export function loadAccuracy(dataDir = process.env.CONTENT_DATA_DIR ?? 'content/data'): ReviewAccuracy | null {
  const file = join(process.cwd(), dataDir, 'accuracy.json');
  return existsSync(file) ? ReviewAccuracy.nullable().parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** "0.55–0.79" over the outlets, or one figure when they agree; "n/a" when nothing was measured. */
function range(values: (number | null)[]): string {
  const xs = values.filter((x): x is number => x !== null);
  if (!xs.length) return 'n/a';
  const [lo, hi] = [Math.min(...xs).toFixed(2), Math.max(...xs).toFixed(2)];
  return lo === hi ? lo : `${lo}–${hi}`;
}

const NOT_MEASURED = 'not measured (fewer than two articles reviewed)';

/** The figures content/method.md may name. */
export function methodFigures(a: ReviewAccuracy | null): Record<string, string> {
  const per = a?.perSource ?? [];
  return {
    showConfidence: SHOW_CONFIDENCE.toFixed(1),
    highConfidence: HIGH_CONFIDENCE.toFixed(1),
    measuredArticles: a ? String(a.articles) : NOT_MEASURED,
    labelled: a ? String(a.labelled) : NOT_MEASURED,
    high: a ? String(a.high) : NOT_MEASURED,
    highPercent: a?.highPrecision != null ? `${Math.round(a.highPrecision * 100)}%` : 'n/a',
    ece: a ? a.ece.toFixed(2) : 'n/a',
    heldOutPrecision: range(per.map((x) => ratio(x.tp, x.tp + x.fp))),
    heldOutRecall: range(per.map((x) => ratio(x.tp, x.tp + x.fn))),
    coveragePrecision: range(per.map((x) => ratio(x.claims.tp, x.claims.tp + x.claims.fp))),
    coverageRecall: range(per.map((x) => ratio(x.claims.tp, x.claims.tp + x.claims.fn))),
  };
}

/** The Markdown with every {{name}} replaced; a name with no figure stops the build (a typo would print braces). */
export function fillFigures(markdown: string, figures: Record<string, string>): string {
  return markdown.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (_, name: string) => {
    const v = figures[name];
    if (v === undefined) throw new Error(`content/method.md names {{${name}}}, which is not a computed figure (one of: ${Object.keys(figures).join(', ')})`);
    return v;
  });
}
