/**
 * Where attribution F1 is lost, stage by stage: for every gold relation with a cue, is its cue found
 * (a predicted cue overlaps it)? When it is, does that predicted relation's source overlap the gold
 * source (or are both absent), and does its content overlap the gold content (and how well, in
 * characters)? Plus predicted cues that overlap no gold cue. With --folds k the cue model of each
 * document is fitted on the other folds of the same corpus (so train reads like unseen news; the
 * source and content stages are rules, the same either way).
 *   node scripts/train/attr-stages.ts [corpus-dir] [--folds k] [--cache tokens.json] [--reported]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './corpus.ts';
import { fitCueModel, goldFiles, load } from './cue-model.ts';
import { extract } from '../../src/parse/index.ts';
import { extractAttributions } from '../../src/parse/attributions.ts';
import type { CueModel } from '../../src/parse/attributions-model.ts';

const { values: opts, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  options: { folds: { type: 'string' }, cache: { type: 'string' }, reported: { type: 'boolean' } },
});
const dir = positionals[0] ?? join(root, '../shared/corpora/polnear-train');
const folds = Number(opts.folds ?? 0);
const files = goldFiles(dir);
let models: CueModel[] = [];
if (folds > 1) {
  const sents = load(dir, opts.cache ?? null);
  models = Array.from({ length: folds }, (_, k) => fitCueModel(sents.filter((s) => s.doc % folds !== k)).model);
}

interface S { start: number; end: number }
const ov = (a: S[], b: S[]) => a.reduce((n, x) => n + b.reduce((m, y) => m + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0), 0);
const len = (a: S[]) => a.reduce((n, x) => n + x.end - x.start, 0);

const c = { gold: 0, cueMissed: 0, cueFound: 0, srcOk: 0, srcNone: 0, srcExtra: 0, srcWrong: 0, contentOk: 0, contentWrong: 0, predCues: 0, spuriousCues: 0, charP: 0, charR: 0, directAsReported: 0, reportedAsDirect: 0 };
const missedLemmas = new Map<string, number>();
const spuriousWords = new Map<string, number>();
for (const [doc, f] of files.entries()) {
  const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
  const text = readFileSync(join(dir, g.text_file), 'utf8');
  const ex = extract(text);
  let rels = models.length ? extractAttributions(text, ex.sentences, ex.quotes, models[doc % folds]) : ex.attributions;
  if (opts.reported) rels = rels.filter((r) => !r.direct);
  const gold = g.attributions.filter((a: any) => a.cue && (!opts.reported || !a.direct));
  const goldCues: S[] = gold.flatMap((a: any) => a.cue.spans);
  for (const r of rels) {
    if (!r.cue) continue;
    c.predCues++;
    if (ov([r.cue], goldCues) === 0) {
      c.spuriousCues++;
      const w = r.cue.text.toLowerCase();
      spuriousWords.set(w, (spuriousWords.get(w) ?? 0) + 1);
    }
  }
  for (const a of gold) {
    c.gold++;
    let best = null;
    let bo = 0;
    for (const r of rels) {
      const o = r.cue ? ov([r.cue], a.cue.spans) : 0;
      if (o > bo) [best, bo] = [r, o];
    }
    if (!best) {
      c.cueMissed++;
      const w = a.cue.text.toLowerCase();
      missedLemmas.set(w, (missedLemmas.get(w) ?? 0) + 1);
      continue;
    }
    c.cueFound++;
    if (a.direct && !best.direct) c.directAsReported++;
    if (!a.direct && best.direct) c.reportedAsDirect++;
    const gs = a.source?.spans ?? [];
    if (!gs.length && !best.source) c.srcOk++;
    else if (!best.source) c.srcNone++;
    else if (!gs.length) c.srcExtra++;
    else if (ov([best.source], gs) > 0) c.srcOk++;
    else c.srcWrong++;
    const gc: S[] = a.content?.spans ?? [];
    const o = ov(best.content, gc);
    if (o > 0) c.contentOk++;
    else c.contentWrong++;
    c.charP += len(best.content) ? o / len(best.content) : 0;
    c.charR += len(gc) ? o / len(gc) : 0;
  }
}
const pct = (n: number, d: number) => `${n} (${((100 * n) / d).toFixed(1)}%)`;
console.log(`${dir.split('/').pop()}${folds > 1 ? ` (cue model ${folds}-fold)` : ''}${opts.reported ? ', reported only' : ''}: ${c.gold} gold relations with a cue`);
console.log(`cue missed ${pct(c.cueMissed, c.gold)}; found ${c.cueFound}`);
console.log(`  given the cue, source: right ${pct(c.srcOk, c.cueFound)}, none predicted ${pct(c.srcNone, c.cueFound)}, predicted where gold has none ${pct(c.srcExtra, c.cueFound)}, elsewhere ${pct(c.srcWrong, c.cueFound)}`);
console.log(`  given the cue, content overlaps ${pct(c.contentOk, c.cueFound)}, misses ${pct(c.contentWrong, c.cueFound)}; mean char precision ${(c.charP / c.cueFound).toFixed(3)}, recall ${(c.charR / c.cueFound).toFixed(3)}`);
console.log(`  given the cue, direct read as reported ${c.directAsReported}, reported read as direct ${c.reportedAsDirect}`);
console.log(`predicted cues ${c.predCues}, overlapping no gold cue ${pct(c.spuriousCues, c.predCues)}`);
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([w, n]) => `${w} ${n}`).join(', ');
console.log(`most missed cues: ${top(missedLemmas)}`);
console.log(`most spurious cues: ${top(spuriousWords)}`);
