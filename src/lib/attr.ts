/**
 * Text from the data bound for an attribute value (title, description, aria-label). Astro escapes
 * quotes and ampersands there but leaves < and >: inert inside an attribute, yet no markup-like
 * string from an article should appear in the HTML source at all, so they become ‹ ›.
 */
export const inert = (s: string) => s.replace(/</g, '‹').replace(/>/g, '›');
