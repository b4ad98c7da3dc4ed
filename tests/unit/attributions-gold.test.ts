// The five articles against the hand-checked attribution gold (tests/fixtures/attributions-gold.json):
// for every quotation and paraphrase, does the parser credit the right source, with the right class?
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';
import type { ExtractedAttribution } from '../../src/schema/index.ts';

interface GoldEntry { direct: boolean; start: number; end: number; anchor: string; source: string[]; class: string; person: string | null }
const gold = JSON.parse(readFileSync(new URL('../fixtures/attributions-gold.json', import.meta.url), 'utf8')) as { articles: Record<string, GoldEntry[]> };

const hits = (a: { start: number; end: number } | null | undefined, g: GoldEntry) => !!a && a.start < g.end && g.start < a.end;
const last = (s: string) => s.trim().split(/\s+/).pop()!.replace(/[’']s$/, '').toLowerCase();

/** The relation that stands for a gold entry: the quotation's, else the one whose cue lies in the clause. */
function relationFor(rels: ExtractedAttribution[], g: GoldEntry): ExtractedAttribution | undefined {
  if (g.direct) return rels.find((r) => r.direct && r.content.some((c) => hits(c, g))) ?? rels.find((r) => r.content.some((c) => hits(c, g)));
  return rels.find((r) => hits(r.cue, g)) ?? rels.find((r) => hits(r.source, g)) ?? rels.find((r) => r.content.some((c) => hits(c, g)));
}

/** Right when the class agrees and the source is one of the gold's words for it, or the same person. */
function right(r: ExtractedAttribution | undefined, g: GoldEntry): boolean {
  if (!r?.source || r.source.class !== g.class) return false;
  // the spans overlap in the words that matter: one's last word is among the other's
  const words = (s: string) => new Set(s.toLowerCase().split(/[\s,]+/));
  if (g.source.some((s) => words(r.source!.text).has(last(s)) || words(s).has(last(r.source!.text)))) return true;
  return !!g.person && !!r.source.person && last(r.source.person) === last(g.person);
}

describe('attributions on the five articles (hand-checked gold)', () => {
  const results: { slug: string; g: GoldEntry; ok: boolean; got: string }[] = [];
  for (const [slug, entries] of Object.entries(gold.articles)) {
    const text = readFileSync(new URL(`../../content/articles/${slug}.txt`, import.meta.url), 'utf8');
    const rels = extract(text).attributions;
    for (const g of entries) {
      expect(text.slice(g.start, g.end), `gold anchor in ${slug}`).toBe(g.anchor);
      const r = relationFor(rels, g);
      results.push({ slug, g, ok: right(r, g), got: r?.source ? `${r.source.text} (${r.source.class})` : 'none' });
    }
  }
  it('credits the right source with the right class', () => {
    const share = results.filter((r) => r.ok).length / results.length;
    const wrong = results.filter((r) => !r.ok).map((r) => `${r.slug}: "${r.g.anchor.slice(0, 40)}" want ${r.g.source[0]} (${r.g.class}), got ${r.got}`);
    console.log(`attribution gold: ${(share * 100).toFixed(1)}% right of ${results.length}\n  ${wrong.join('\n  ')}`);
    expect(results.length).toBeGreaterThan(90);
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});

/** Measured: 0.96 before, 0.92 after merging main at 03:05 (quote/sentence changes), 0.95 with issue 14's source, content and class rules (the issue's goal), 0.99 with cue14d's cue model and class rules. */
const FLOOR = 0.98;
