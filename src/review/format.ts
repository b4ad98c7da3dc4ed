/**
 * Writing a review file (content/reviews/<slug>.yaml) in one stable layout, so the review command's
 * rewrites give small diffs an editor can read: one entry per sentence, in article order, strings in
 * double quotes (JSON strings are valid YAML), claim lists in brackets.
 */
import type { ReviewEntry, ReviewFile } from '../schema/index.ts';

const HEADER = `# Editorial review of one article: which claims each sentence reports (see the README,
# "Review the matcher's suggestions"). Each entry names a sentence by its words (exact, with a few words
# before and after); confirmed = the matcher suggested it and it is right, added = the matcher missed it,
# rejected = the matcher suggested it wrongly. complete: true = every sentence has been read; what is
# not confirmed or added is not shown. Written by \`npm run review\`; safe to edit by hand.
`;

const str = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.join(', ')}]`;

export function formatEntry(e: ReviewEntry): string {
  const lines = [`  - exact: ${str(e.exact)}`];
  if (e.prefix) lines.push(`    prefix: ${str(e.prefix)}`);
  if (e.suffix) lines.push(`    suffix: ${str(e.suffix)}`);
  for (const k of ['confirmed', 'added', 'rejected'] as const) if (e[k].length) lines.push(`    ${k}: ${list(e[k])}`);
  if (e.note) lines.push(`    note: ${str(e.note)}`);
  return lines.join('\n');
}

export function formatReview(r: ReviewFile, header = HEADER): string {
  const body = r.sentences.length ? `sentences:\n${r.sentences.map(formatEntry).join('\n')}\n` : 'sentences: []\n';
  return `${header}article: ${r.article}\ncomplete: ${r.complete}\n${body}`;
}
