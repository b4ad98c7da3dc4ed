/**
 * Markup pasted as an article. The parser reads prose: an HTML page's source or a Markdown file
 * would be parsed as text (an `href="…"` becomes a quotation, `&#8217;` a figure, `[Jane Doe](https…`
 * a speaker). Stripping it would change the offsets the provenance gate checks against the file, so
 * the build refuses it and says what to save instead. The signals are syntax that English news
 * prose does not contain; one is not enough where a lone one could be a typo.
 */

export interface Markup {
  kind: 'HTML' | 'Markdown';
  /** Offset of the first signal in the text, and the signal itself, for the message. */
  offset: number;
  sample: string;
}

const TAG = /<\/?(?:!doctype|html|head|body|div|span|p|a|br|hr|img|script|style|article|section|header|footer|nav|main|h[1-6]|ul|ol|li|em|strong|b|i|u|time|figure|figcaption|meta|link|blockquote|table|tr|td)\b[^<>\n]{0,500}>/gi;
const ENTITY = /&(?:#\d{2,7}|#x[0-9a-f]{2,6}|amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip);/gi;
/** `[text](url)` and `![alt](url)`: never in prose. */
const MD_LINK = /!?\[[^\]\n]{1,300}\]\((?:https?:|mailto:|\/|#|\.)[^)\s]*\)/g;
const MD_STRONG = /(\*\*|__)(?=\S)[^*_\n]{1,200}\S\1/g;
const MD_LINE = /^(?:#{1,6}[ \t]+\S|```|[ \t]*\[[^\]\n]+\]:[ \t]*https?:)/gm;

interface Hit {
  offset: number;
  sample: string;
}

function hits(text: string, re: RegExp, limit = 3): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) out.push({ offset: m.index, sample: m[0].slice(0, 40) });
  return out;
}

const first = (...lists: Hit[][]) => lists.flat().sort((a, b) => a.offset - b.offset)[0];

export function detectMarkup(text: string): Markup | null {
  const tags = hits(text, TAG);
  const entities = hits(text, ENTITY);
  const doctype = tags.some((t) => /^<(?:!doctype|html)\b/i.test(t.sample));
  if (doctype || tags.length + entities.length >= 2) {
    const at = first(tags, entities)!;
    return { kind: 'HTML', ...at };
  }
  const links = hits(text, MD_LINK);
  const strong = hits(text, MD_STRONG);
  const lines = hits(text, MD_LINE);
  // a link counts twice: one alone is enough
  if (2 * links.length + strong.length + lines.length >= 2) {
    const at = first(links, strong, lines)!;
    return { kind: 'Markdown', ...at };
  }
  return null;
}

export function markupFix(kind: Markup['kind']): string {
  return kind === 'HTML'
    ? "save the article's text, not the page's source: open the page in a browser, select the article, copy it and paste it into a plain-text file (or convert it, e.g. `pandoc -f html -t plain`)"
    : "save the article's text without Markdown: remove the [text](link) syntax, # headings and ** marks (or convert it, e.g. `pandoc -f markdown -t plain`)";
}
