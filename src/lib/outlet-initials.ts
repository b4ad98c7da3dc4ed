/** Shorter names for an outlet in tight places. Pure: no collection access. */

/** The part before any parenthesis or comma, without a leading "The" ("The Washington Post" → "Washington Post"). */
export const shortOutlet = (s: { outlet: string }) => s.outlet.replace(/\s*[(,].*$/, '').replace(/^The /, '');

/** Initials for the narrowest places ("Financial Times" → "FT"). */
export function initials(source: { outlet: string }): string {
  const words = shortOutlet(source).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 2) return words.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join('').slice(0, 4);
  const w = words[0] ?? source.outlet;
  return w.length <= 4 ? w : `${w.slice(0, 3)}.`;
}
