/**
 * Editorial Markdown (content/method.md, a claim's `notes`) → sanitised HTML.
 * One pipeline for the whole site: remark parses (with GitHub's extensions: tables, autolinks,
 * strikethrough), remark-rehype converts, rehype-sanitize
 * (GitHub's schema: no scripts, no event handlers, no style) cleans, rehype-stringify prints.
 * Raw HTML inside the Markdown is dropped, never passed through.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** The first level-one heading's text and the Markdown without it (pages supply their own h1). */
export function splitTitle(markdown: string): { title: string | null; body: string } {
  const m = /^#[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  if (!m) return { title: null, body: markdown };
  return { title: m[1]!.trim(), body: markdown.slice(0, m.index) + markdown.slice(m.index + m[0].length) };
}
