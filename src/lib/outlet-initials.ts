/** Initials for an outlet in the narrowest places ("Financial Times" → "FT"). */
import type { SourceEntry } from '../schema/index.ts';
import { shortOutlet } from './site.ts';

export function initials(source: Pick<SourceEntry, 'outlet'>): string {
  const words = shortOutlet(source as SourceEntry).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length >= 2) return words.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join('').slice(0, 4);
  const w = words[0] ?? source.outlet;
  return w.length <= 4 ? w : `${w.slice(0, 3)}.`;
}
