/**
 * Reading the editors' reviews (content/reviews/<article-slug>.yaml, schema ReviewFile in
 * src/schema/) and anchoring each entry to the parser's sentences. Every problem is a located
 * ContentError (file:line:column, what, the fix), raised before anything is written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { ContentError, message, type Message, type Point } from '../diagnostics/index.ts';
import { ReviewFile, type ReviewEntry, type Sentence } from '../schema/index.ts';
import { findQuote, flatten } from '../review/selectors.ts';
import type { ReviewVerdicts, Verdict } from '../align/index.ts';
import { parseYamlData, type DataPath, type Hint } from './yaml-data.ts';

export type { Verdict };
export const VERDICTS: readonly Verdict[] = ['confirmed', 'added', 'rejected'];

export interface LoadedReview {
  /** Path shown in messages. */
  file: string;
  /** The file's text (the review command rewrites it). */
  source: string;
  data: ReviewFile;
  placeOf(path: DataPath): Point | undefined;
  /** Located warnings (the build goes on): stale or pointless `reviewedClaims`. */
  warnings: Message[];
}

/** A review anchored to one parse of its article: sentence index → claim → verdict. */
export interface ResolvedReview extends ReviewVerdicts {
  file: string;
  /** Sentence index → the review entry that names it. */
  entryOf: Map<number, number>;
}

const hint: Hint = (issue) =>
  issue.code === 'unrecognized_keys'
    ? `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: a review has article, complete, reviewedClaims and sentences; each sentence exact, prefix, suffix, confirmed, added, rejected, note`
    : 'see the README, "Review the matcher\'s suggestions", for the shape of a review file';

/** Every review file in `dir` (none when the folder does not exist), checked against the articles and the registry. */
export function readReviews(root: string, dir: string, articles: ReadonlySet<string>, claims: ReadonlySet<string>): LoadedReview[] {
  if (!existsSync(dir)) return [];
  const shown = (p: string) => {
    const r = relative(root, p);
    return r && !r.startsWith('..') ? r : p;
  };
  const out: LoadedReview[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.endsWith('.md') || name.endsWith('.tmp')) continue;
    const file = shown(join(dir, name));
    if (!name.endsWith('.yaml'))
      throw new ContentError(file, 'a review file must be named <article-slug>.yaml', `rename it, e.g. to ${name.replace(/\.[^.]*$/, '')}.yaml`);
    out.push(checkReview(readFileSync(join(dir, name), 'utf8'), file, name.slice(0, -'.yaml'.length), articles, claims));
  }
  return out;
}

/** Parse one review file and check what can be checked without the article's sentences. */
export function checkReview(source: string, file: string, stem: string, articles: ReadonlySet<string>, claims: ReadonlySet<string>): LoadedReview {
  const { data, placeOf } = parseYamlData(source, file, ReviewFile, hint);
  if (!articles.has(data.article))
    throw new ContentError(file, `review of unknown article "${data.article}"`, `use the slug of an article in sources.yaml (${closest(data.article, [...articles])}?), or remove the file`, placeOf(['article']));
  if (stem !== data.article)
    throw new ContentError(file, `the file is named ${stem}.yaml but reviews "${data.article}"`, `rename the file to ${data.article}.yaml (one review file per article, named by its slug)`, placeOf(['article']));
  data.sentences.forEach((e, i) => checkVerdicts(e, i, file, claims, placeOf));
  return { file, source, data, placeOf, warnings: checkReviewedClaims(data, file, claims, placeOf) };
}

/**
 * `complete: true` vouches only for the claims the editor read the article against, so it must name
 * them: without the list a claim added to the registry later would be hidden, never reviewed.
 */
function checkReviewedClaims(data: ReviewFile, file: string, claims: ReadonlySet<string>, placeOf: LoadedReview['placeOf']): Message[] {
  if (data.complete && !data.reviewedClaims.length)
    throw new ContentError(file, 'complete: true does not say which claims the article was read against', `list them: reviewedClaims: [<claim slugs>] (\`npm run review -- ${data.article}\` writes it when you mark the review complete); a claim not listed stays a suggestion`, placeOf(['complete']), 'review-complete-unlisted');
  const warn = (reason: string, fix: string, at: Point | undefined, ruleId: string) => message(file, reason, fix, { severity: 'warning', ruleId, place: at });
  if (!data.complete && data.reviewedClaims.length)
    return [warn('reviewedClaims has no effect: the review is not complete', 'set complete: true once every sentence has been read against these claims, or remove reviewedClaims', placeOf(['reviewedClaims']), 'review-claims-incomplete')];
  return data.reviewedClaims.flatMap((c, j) =>
    claims.has(c) ? [] : [warn(`reviewedClaims names "${c}", which is not in the registry`, `remove it (a removed claim), or write its current slug (did you mean "${closest(c, [...claims])}"?)`, placeOf(['reviewedClaims', j]), 'review-claims-unknown')],
  );
}

function checkVerdicts(e: ReviewEntry, i: number, file: string, claims: ReadonlySet<string>, placeOf: LoadedReview['placeOf']): void {
  const seen = new Map<string, Verdict>();
  for (const v of VERDICTS)
    e[v].forEach((c, j) => {
      const at = placeOf(['sentences', i, v, j]);
      if (!claims.has(c))
        throw new ContentError(file, `unknown claim slug "${c}"`, `use a slug from content/claims.yaml (did you mean "${closest(c, [...claims])}"?)`, at);
      const prior = seen.get(c);
      if (prior)
        throw new ContentError(file, `claim "${c}" is both ${prior} and ${v} for this sentence`, 'give each claim one verdict per sentence', at);
      seen.set(c, v);
    });
}

/** Anchor a review's entries to the article's sentences; a selector that is missing or ambiguous stops the build. */
export function resolveReview(review: LoadedReview, text: string, sentences: readonly Sentence[]): ResolvedReview {
  const flat = flatten(text);
  const verdicts = new Map<number, Map<string, Verdict>>();
  const entryOf = new Map<number, number>();
  const ranges = new Map<string, number>();
  review.data.sentences.forEach((e, i) => {
    const at = review.placeOf(['sentences', i, 'exact']);
    const m = findQuote(flat, e);
    if (m.kind === 'missing')
      throw new ContentError(review.file, `the sentence "${short(e.exact)}" is not in ${review.data.article}`, `the article or its parse changed: copy the sentence again from the article (npm run --silent extract -- <article file> lists its sentences), or remove the entry`, at);
    if (m.kind === 'ambiguous')
      throw new ContentError(review.file, `"${short(e.exact)}" occurs ${m.count === 0 ? 'several times and prefix/suffix match none of them' : `${m.count} times in ${review.data.article}`}`, 'make "prefix" (the words just before) or "suffix" (the words just after) long enough to tell the places apart', at);
    const key = `${m.start}:${m.end}`;
    const prior = ranges.get(key);
    if (prior !== undefined)
      throw new ContentError(review.file, `entries ${prior + 1} and ${i + 1} name the same sentence`, 'merge the two entries into one', at);
    ranges.set(key, i);
    // A sentence the parser now joins from two reviewed ones carries both entries' verdicts
    // (a claim confirmed in one and rejected in the other stays confirmed: the sentence reports it).
    for (const s of sentences) {
      if (s.end <= m.start || s.start >= m.end) continue;
      entryOf.set(s.index, entryOf.get(s.index) ?? i);
      const map = verdicts.get(s.index) ?? new Map<string, Verdict>();
      for (const v of VERDICTS) for (const c of e[v]) if (map.get(c) !== 'confirmed' && map.get(c) !== 'added') map.set(c, v);
      verdicts.set(s.index, map);
    }
  });
  return { article: review.data.article, file: review.file, complete: review.data.complete, reviewedClaims: new Set(review.data.reviewedClaims), verdicts, entryOf };
}

const short = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};
