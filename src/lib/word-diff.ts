/**
 * Word-level difference between two renderings of the same thing (jsdiff's diffWords,
 * case kept, whitespace changes ignored), as plain operations a component renders
 * with <del>/<ins> and text nodes.
 */
import { diffWords } from 'diff';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export function wordDiff(a: string, b: string): DiffOp[] {
  return diffWords(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

/**
 * A word-level diff is shown only between renderings that share at least this share of their words (the
 * same wire copy, the same quotation): between two different sentences it marks nearly everything and says nothing.
 */
export const DIFF_MIN_SHARE = 0.4;

/** The one rule for every diff the site shows: enough shared wording (a share from sharedWordShare). */
export const sharesEnough = (share: number) => share >= DIFF_MIN_SHARE;

/** Whether a computed diff (e.g. an utterance pair's, from the build) is worth showing. */
export const sharesWording = (ops: DiffOp[]) => sharesEnough(sharedWordShare(ops));

/** Whether two renderings share enough wording for a word-level diff to be worth reading. */
export const diffable = (a: string, b: string) => sharesWording(wordDiff(a, b));

/** Share of words the two renderings have in common (0..1): shared words over the longer rendering. */
export function sharedWordShare(ops: DiffOp[]): number {
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length;
  let equal = 0;
  let inserted = 0;
  let deleted = 0;
  for (const o of ops) {
    const n = count(o.text);
    if (o.op === 'equal') equal += n;
    else if (o.op === 'insert') inserted += n;
    else deleted += n;
  }
  const longer = Math.max(equal + inserted, equal + deleted);
  return longer === 0 ? 1 : equal / longer;
}
