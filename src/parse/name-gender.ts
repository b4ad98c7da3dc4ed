/**
 * A person's gender from their first name ("Karen Mott" → f, "Chris Lantz" → m), for
 * resolving "he said" / "she said" when the article's own pronouns do not say (coref.ts). The names
 * are the English list of the `gender-detection-from-name` package, loaded on first use (a 760 KB
 * table: the parser's load stays light when no pronoun needs it).
 */
import { createRequire } from 'node:module';
import type { Gender } from './coref.ts';

let table: ReadonlyMap<string, string> | null = null;

function names(): ReadonlyMap<string, string> {
  table ??= createRequire(import.meta.url)('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
  return table;
}

/**
 * The gender of the first name in a full name: the first listed word after the last title or description
 * ("New Jersey Gov. Chris Lantz": after "Gov.", so not "Jersey"; "political science professor Karen Mott"),
 * never the surname. Null when no word is listed ("W. Bush", a surname alone).
 */
function firstName(full: string): { word: string; gender: Gender } | null {
  const words = full.split(/\s+/).slice(0, -1);
  const after = words.findLastIndex((w) => w.endsWith('.') || /^\p{Ll}/u.test(w));
  for (const w of words.slice(after + 1)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    const g = names().get(w.toLowerCase());
    if (g === 'male') return { word: w, gender: 'm' };
    if (g === 'female') return { word: w, gender: 'f' };
  }
  return null;
}

export function firstNameGender(full: string): Gender | null {
  return firstName(full)?.gender ?? null;
}

/** Whether a full name can be a person of `gender`: its first name does not say the other one. */
export function fitsGender(full: string, gender: Gender): boolean {
  return (firstNameGender(full) ?? gender) === gender;
}

/** Two full names of one surname with different listed first names ("Jane Doe", "John Doe"): two people. */
export function otherFamilyMember(a: string, b: string): boolean {
  const x = firstName(a);
  const y = firstName(b);
  return x !== null && y !== null && x.word !== y.word;
}
