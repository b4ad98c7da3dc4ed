/**
 * `npm run eval` on the development corpora beside the repository (../shared/corpora). Prints the
 * figures and fails when one falls below its floor. The floors are the values measured when they were
 * last raised, minus ~0.005 of slack: whoever improves the parser raises them. Skips (with a message)
 * where the corpora are absent, as in a fresh clone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/eval/corpus.ts';
import { evaluateCorpus } from '../../src/eval/evaluate.ts';
import { summarise, table } from '../../src/eval/report.ts';
import { root } from '../helpers/content-run.ts';

const corpora = path.resolve(root, '../shared/corpora');
const dir = (name: string) => path.join(corpora, name);
const present = (name: string) => existsSync(path.join(dir(name), 'gold'));

/** Measured on main after the eval landed (see README "npm run eval"). Raise, never lower. */
const FLOORS = {
  // (quantities-dev's floors are in its own test below, so that raising one set never conflicts with the other)
  // quotes measured 0.965 / 0.983 / 0.974, partial 0.969, 29 non-quotes after the fragment model's title and
  // label features, the lone-pronoun rule and its refit on the current attribution relations (issue 12; was
  // 0.959 / 0.979 / 0.969, partial 0.965, 34). The non-quote floor is what the model reaches, not the goal of 8.
  // Speakers (issue 12): named/nominal measured 0.887 after dash bylines, Title Case headlines and the clause and
  // head-noun features (0.892 with the fragment refit); pronoun 0.618 → 0.613 with the fragment refit, floor
  // lowered to 0.61: one more quotation is found (n 123 → 124) and its "he said" is resolved wrongly; still 76 right.
  // spk12c: named 0.896, pronoun 0.629 after the canonical-shape, colon, party-tag, agent-noun and mis-tagged-surname
  // features, lowercase descriptions after a quotation ("“…,” federal prosecutors wrote") and the place fallback.
  // pron12c: pronoun 0.629 → 0.685 (85 of 124) after the pronoun ranker's wider window, speech-verb, title and
  // name-shape features, lone speaking names and split family genders, refitted on the ranker's trials too.
  // spk12c (after rebasing on pron12c): named 0.901, pronoun 0.694 (86 of 124) with the exchange turns ("“…?” Doe
  // pressed"), contCanonical and verbs read as nouns before a particle.
  // cue14d: the new cue model and the fragment refit on it find 3 more partial quotes (794 -> 797 of 808, partial
  // recall 0.969 -> 0.976) and report one more non-quote (29 -> 30): the non-quote ceiling is lowered to 30 for that.
  // nq12d: quotes 0.974 / 0.988 / 0.981, partial 0.979, 30 -> 21 non-quotes with the fragment-syntax and
  // cue-position features (training recall goal 0.945); named 0.900 (538 of 598), pronoun 0.696. Then 19
  // (P 0.977, F1 0.982) with "tells X's “…”" as a medium title and a work noun after a modifier.
  // pro12e: pronoun 0.696 -> 0.712 (89 of 125; train 0.740 -> 0.769) with people found behind "in the Doe camp" and
  // "Republican Jane Doe", subjects behind "Doe aide Jane Roe", the quotation's own words (a person it names, a "he"
  // it speaks of), contested first-name genders and the ranker averaged over epochs; named 0.900 -> 0.900.
  polnear: { precision: 0.972, recall: 0.984, f1: 0.977, partialRecall: 0.975, named: 0.898, pronoun: 0.705, maxNonQuotes: 20 },
  // attributions measured 0.744 / 0.752 / 0.775 and 0.673 / 0.680 / 0.697 (source / cue / content, issue 14;
  // 0.719 / 0.752 / 0.772 and 0.646 / 0.680 / 0.695 before the source rules for quotation inversions, participles,
  // agentless passives, raising verbs, asides and mis-tagged surnames)
  // cue14d: 0.757 / 0.764 / 0.796 and 0.689 / 0.696 / 0.721 with the cue model's sentence context and logistic regression
  // cue14e: reported only 0.696 / 0.702 / 0.729 once a quotation in a nested relation links to the inner one (all unchanged)
  attributions: { all: { source: 0.755, cue: 0.762, content: 0.794 }, reported: { source: 0.694, cue: 0.7, content: 0.727 } },
};

describe('npm run eval on ../shared/corpora', () => {
  it.skipIf(!present('polnear-dev'))('polnear-dev: quotes and speakers stay above their floors', () => {
    const s = summarise(evaluateCorpus(readCorpus(dir('polnear-dev'))));
    console.log(table([s]));
    const f = FLOORS.polnear;
    expect(s.quotes!.precision).toBeGreaterThanOrEqual(f.precision);
    expect(s.quotes!.recall).toBeGreaterThanOrEqual(f.recall);
    expect(s.quotes!.f1).toBeGreaterThanOrEqual(f.f1);
    expect(s.quotes!.recallByKind.partial.value).toBeGreaterThanOrEqual(f.partialRecall);
    expect(s.quotes!.nonQuotesReported).toBeLessThanOrEqual(f.maxNonQuotes);
    expect(s.speakers!.named.value).toBeGreaterThanOrEqual(f.named);
    expect(s.speakers!.pronoun.value).toBeGreaterThanOrEqual(f.pronoun);
    // Attributions (issue 14): span-overlap F1, all relations and reported speech only.
    const a = s.attributions;
    if (!a || typeof a !== 'object') throw new Error('the parser produced no attributions');
    for (const set of ['all', 'reported'] as const) {
      for (const part of ['source', 'cue', 'content'] as const) {
        expect(a[set][part].overlap.f1, `${set} ${part}`).toBeGreaterThanOrEqual(FLOORS.attributions[set][part]);
      }
    }
  });

  it.skipIf(!present('quantities-dev'))('quantities-dev: figures stay above their floors', () => {
    const s = summarise(evaluateCorpus(readCorpus(dir('quantities-dev'))));
    console.log(table([s]));
    /** Measured on main (see README "npm run eval"), minus ~0.005. Raise, never lower. */
    const floors = { value: 0.955, valueUnit: 0.93 };
    expect(s.figures!.value.f1).toBeGreaterThanOrEqual(floors.value);
    expect(s.figures!.valueUnit.f1).toBeGreaterThanOrEqual(floors.valueUnit);
  });

  it.skipIf(present('polnear-dev') && present('quantities-dev'))('(skipped: ../shared/corpora is absent)', () => {
    console.log(`eval corpora test skipped: ${corpora} has no polnear-dev/ or quantities-dev/ (a fresh clone has none)`);
  });
});
