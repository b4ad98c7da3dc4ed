/**
 * Score the parser against the hand-checked gold annotations and print precision/recall.
 * Usage: node scripts/score-gold.ts
 *
 * Matching (documented here and used by tests/unit/parse-gold.test.ts):
 * - Quotes: a predicted quote matches a gold quote when their spans overlap; one-to-one, each gold
 *   quote taking the overlapping prediction with the largest overlap. Gold `quoted_non_speech` are
 *   not quotes (a prediction on them is a false positive).
 * - Speaker: right when both are anonymous, or when not anonymous and a normalised (accents and
 *   case folded, possessives dropped) surname of the predicted speaker occurs among the gold
 *   speaker's words (a group "A, B and C" matches when any surname does).
 * - Figures: gold figures of category date, year, time, metadata, ordinal are left out (issue 13: none of
 *   them is a figure; the gold annotates them so they can be told apart). A prediction matches
 *   a gold figure when the prediction's span contains the gold's number token (number_start);
 *   one-to-one, preferring the prediction that starts nearest the gold span. Predictions that
 *   match a left-out gold date/year/ordinal are false positives (a date must not be a figure). A matched
 *   figure's unit is right when the gold unit agrees with its `unit` or `normalized.unit` through the
 *   quantities scorer's synonyms (src/eval/units.ts: "mi"/mile, "troops"/troop, "MLRS" as the initials
 *   of "multiple launch rocket systems").
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/parse/index.ts';
import { NO_UNIT, sameUnit } from '../src/eval/units.ts';

export const ARTICLE_FOR_GOLD: Record<string, string> = {
  '000': 'financial-times.txt',
  '001': 'defense-mirror.txt',
  '002': 'washington-post.txt',
  '003': 'reuters-via-aap.txt',
  '004': 'unidentified-outlet.txt',
};
const EXCLUDED = new Set(['date', 'year', 'time', 'metadata', 'ordinal']);

export interface Score {
  article: string;
  quotes: { tp: number; pred: number; gold: number; speakerRight: number; roleGold: number; roleRight: number };
  /**
   * unitRight: matched figures whose unit agrees with the gold's (src/eval/units.ts sameUnit);
   * valueRight of valueGold: matched figures with a gold value (not vague counts) whose value equals it.
   */
  figures: { tp: number; pred: number; gold: number; unitRight: number; valueGold: number; valueRight: number };
  misses: string[];
}

function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s\b/g, '');
}

export function speakerMatches(pred: { speaker: string | null; anonymous: boolean }, gold: { speaker: string }): boolean {
  const goldAnon = /^anonymous\b/i.test(gold.speaker);
  if (pred.anonymous || goldAnon) return pred.anonymous && goldAnon;
  if (!pred.speaker) return false;
  const goldWords = new Set(norm(gold.speaker).split(/[^\p{L}]+/u).filter(Boolean));
  const names = pred.speaker.split(/,\s*|\s+and\s+/);
  return names.some((n) => {
    const w = norm(n).split(/[^\p{L}]+/u).filter(Boolean);
    const last = w[w.length - 1];
    return last !== undefined && (goldWords.has(last) || [...goldWords].some((g) => g.length > 4 && last.length > 4 && (g.startsWith(last) || last.startsWith(g))));
  });
}

export function goldDir(repoRoot: string): string {
  const local = path.join(repoRoot, 'tests/fixtures/gold');
  if (existsSync(local)) return local;
  return path.resolve(repoRoot, '../shared/gold');
}

export function scoreArticle(repoRoot: string, id: string, goldFile: string): Score {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const article = ARTICLE_FOR_GOLD[id];
  if (article === undefined) throw new Error(`score-gold: no article for gold id ${id}`);
  const text = readFileSync(path.join(repoRoot, 'content/articles', article), 'utf8');
  const x = extract(text);
  const misses: string[] = [];
  // quotes
  const used = new Set<number>();
  let qtp = 0;
  let speakerRight = 0;
  let roleGold = 0;
  let roleRight = 0;
  for (const g of gold.quotes) {
    let best = -1;
    let bestOv = 0;
    x.quotes.forEach((p, i) => {
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (ov > bestOv && !used.has(i)) {
        best = i;
        bestOv = ov;
      }
    });
    const pred = x.quotes[best]; // undefined exactly when best < 0
    if (pred === undefined) {
      misses.push(`quote missed: ${g.text.slice(0, 50)}`);
      continue;
    }
    used.add(best);
    qtp++;
    if (speakerMatches(pred, g)) speakerRight++;
    else misses.push(`speaker wrong: "${g.text.slice(0, 30)}" gold=${g.speaker} pred=${pred.speaker}`);
    // Roles: scored where the gold gives a plain role as written (not an annotator's gloss in
    // quotation marks or parentheses); equal after folding case and apostrophes.
    const desc: unknown = g.speaker_description;
    if (typeof desc === 'string' && !/['"()]/.test(desc.replace(/(\w)'s\b/g, '$1s'))) {
      roleGold++;
      const fold = (r: string) => norm(r).replace(/\s+/g, ' ').trim();
      if (pred.role !== null && fold(pred.role) === fold(desc)) roleRight++;
      else misses.push(`role wrong: "${g.text.slice(0, 30)}" gold=${desc} pred=${pred.role}`);
    }
  }
  x.quotes.forEach((p, i) => {
    if (!used.has(i)) misses.push(`quote extra: ${p.text.slice(0, 50)}`);
  });
  // figures
  const scored = gold.figures.filter((f: any) => !EXCLUDED.has(f.category));
  const excluded = gold.figures.filter((f: any) => EXCLUDED.has(f.category));
  const fused = new Set<number>();
  let ftp = 0;
  let unitRight = 0;
  let valueGold = 0;
  let valueRight = 0;
  const contains = (p: { start: number; end: number }, g: any) => p.start <= (g.number_start ?? g.start) && (g.number_start ?? g.start) < p.end;
  for (const g of scored) {
    let best = -1;
    x.figures.forEach((p, i) => {
      if (fused.has(i) || !contains(p, g)) return;
      const cur = x.figures[best]; // undefined exactly when best < 0
      if (cur === undefined || Math.abs(p.start - g.start) < Math.abs(cur.start - g.start)) best = i;
    });
    if (best < 0) {
      misses.push(`figure missed: ${g.text}`);
      continue;
    }
    fused.add(best);
    ftp++;
    const p = x.figures[best]!;
    // vague counts ("thousands") have no value to check
    if (typeof g.value === 'number') {
      valueGold++;
      if (p.value !== null && Math.abs(p.value - g.value) <= 1e-6 * Math.abs(g.value)) valueRight++;
      else misses.push(`figure value wrong: "${g.text}" gold=${g.value} pred=${p.value}`);
    }
    if (sameUnit(g.unit ?? NO_UNIT, [p.unit, p.normalized.unit])) unitRight++;
    else misses.push(`figure unit wrong: "${g.text}" gold=${g.unit} pred=${p.unit}/${p.normalized.unit}`);
  }
  x.figures.forEach((p, i) => {
    if (!fused.has(i)) misses.push(`figure extra: ${p.text}${excluded.some((g: any) => contains(p, g)) ? ' (a gold date/year)' : ''}`);
  });
  return {
    article: id,
    quotes: { tp: qtp, pred: x.quotes.length, gold: gold.quotes.length, speakerRight, roleGold, roleRight },
    figures: { tp: ftp, pred: x.figures.length, gold: scored.length, unitRight, valueGold, valueRight },
    misses,
  };
}

export function scoreAll(repoRoot: string): { scores: Score[]; report: string; total: Score } {
  const dir = goldDir(repoRoot);
  const scores = Object.keys(ARTICLE_FOR_GOLD).map((id) => {
    const file = path.join(dir, `${id}_` + readdir(dir).find((f) => f.startsWith(id + '_'))!.slice(4));
    return scoreArticle(repoRoot, id, file);
  });
  const total: Score = {
    article: 'total',
    quotes: { tp: 0, pred: 0, gold: 0, speakerRight: 0, roleGold: 0, roleRight: 0 },
    figures: { tp: 0, pred: 0, gold: 0, unitRight: 0, valueGold: 0, valueRight: 0 },
    misses: [],
  };
  for (const s of scores) {
    for (const k of ['tp', 'pred', 'gold', 'speakerRight', 'roleGold', 'roleRight'] as const) total.quotes[k] += s.quotes[k];
    for (const k of ['tp', 'pred', 'gold', 'unitRight', 'valueGold', 'valueRight'] as const) total.figures[k] += s.figures[k];
  }
  const f = (a: number, b: number) => (b === 0 ? '1.000' : (a / b).toFixed(3));
  const line = (s: Score) =>
    `${s.article.padEnd(6)} quotes P=${f(s.quotes.tp, s.quotes.pred)} R=${f(s.quotes.tp, s.quotes.gold)} speaker=${f(s.quotes.speakerRight, s.quotes.tp)} role=${f(s.quotes.roleRight, s.quotes.roleGold)} (${s.quotes.roleGold})  figures P=${f(s.figures.tp, s.figures.pred)} R=${f(s.figures.tp, s.figures.gold)} unit=${s.figures.unitRight}/${s.figures.tp} value=${s.figures.valueRight}/${s.figures.valueGold}`;
  const report = [...scores.map(line), line(total), ...scores.flatMap((s) => s.misses.map((m) => `  ${s.article}: ${m}`))].join('\n');
  return { scores, report, total };
}

function readdir(dir: string): string[] {
  return (require_fs().readdirSync(dir) as string[]).filter((f) => f.endsWith('.gold.json'));
}
import * as fs from 'node:fs';
function require_fs() {
  return fs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  console.log(scoreAll(root).report);
}
