/**
 * Links to a passage on the outlet's own page with a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start,end`.
 * Long passages use a start and an end phrase of a few words, which survive small
 * differences in the middle (ads, links) better than the whole sentence would.
 */

/** Percent-encode a fragment term: the directive's own syntax characters (`-`, `,`, `&`) too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    // Quotation marks and trailing punctuation differ between a page and its copy; leave them out.
    .replace(/^["“”‘’'«»„(\[]+/, '')
    .replace(/["“”‘’'«»„)\].,;:!?]+$/, '');

/** The text directive for a passage: the whole of a short one, first and last words of a long one. */
export function textDirective(passage: string, words = 5): string {
  const text = clean(passage);
  const parts = text.split(' ').filter(Boolean);
  if (parts.length <= words * 2) return `text=${encodeTerm(text)}`;
  return `text=${encodeTerm(parts.slice(0, words).join(' '))},${encodeTerm(parts.slice(-words).join(' '))}`;
}

/** The outlet's page scrolled to the passage, or null when the page's address is not known. */
export function textFragmentUrl(url: string | null, passage: string): string | null {
  if (!url) return null;
  const base = url.split('#')[0]!;
  return `${base}#:~:${textDirective(passage)}`;
}
