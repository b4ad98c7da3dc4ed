/**
 * Writing a review file (content/reviews/<slug>.yaml) in one stable layout, so the review command's
 * rewrites give small diffs an editor can read: one entry per sentence, in article order, strings in
 * double quotes (JSON strings are valid YAML), claim lists in brackets.
 */
import type { ReviewEntry, ReviewFile } from '../schema/index.ts';

const HEADER = `# Editorial review of one article: which claims each sentence reports (see the README,
# "Review the matcher's suggestions"). Each entry names a sentence by its words (exact, with a few words
# before and after); confirmed = the matcher suggested it and it is right, added = the matcher missed it,
# rejected = the matcher suggested it wrongly. complete: true = every sentence has been read against
# the claims in reviewedClaims (the registry at the time): for those, what is not confirmed or added is
# not shown; a claim added to the registry since stays a suggestion until the article is reviewed again.
# Written by \`npm run review\`; safe to edit by hand.
`;

const str = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.join(', ')}]`;

/** A long slug list in brackets, wrapped near `width` characters (continuation lines indented). */
function wrappedList(key: string, xs: string[], width = 100): string {
  const lines: string[] = [];
  let line = `${key}: [`;
  xs.forEach((x, i) => {
    const item = `${x}${i < xs.length - 1 ? ',' : ']'}`;
    if (line.length + item.length + 1 > width && !line.endsWith('[')) lines.push(line), (line = `  ${item}`);
    else line += line.endsWith('[') ? item : ` ${item}`;
  });
  if (!xs.length) line += ']';
  return [...lines, line].join('\n');
}

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
  const reviewed = r.complete || r.reviewedClaims.length ? `${wrappedList('reviewedClaims', r.reviewedClaims)}\n` : '';
  return `${header}article: ${r.article}\ncomplete: ${r.complete}\n${reviewed}${body}`;
}
