/**
 * Kinds of quantity ("length", "troops", "duration", …): which figures can be compared, and which
 * kinds an editor's `measures` hint names. General English units and nouns, never one article's.
 */

/**
 * The kind of quantity a figure is, for claim scoring: from its unit and, for bare counts, from
 * the words describing what it counts ("10,000 North Korean soldiers" → troops).
 */
export function figureKind(unit: string | null, described: string): string | null {
  const u = (unit ?? '').toLowerCase();
  if (/^(km|mi|m|miles?|kilomet(er|re)s?|met(er|re)s?)$/.test(u)) return 'length';
  if (/(km²|km2|sq|square|hectare)/.test(u)) return 'area';
  if (/(troop|soldier|forc|personnel|fighter)/.test(`${u} ${described.toLowerCase()}`)) return 'troops';
  if (/^(%|percent|per cent)$/.test(u)) return 'percent';
  if (/(day|week|month|year)/.test(u)) return 'duration';
  return null;
}

/** The kinds of quantity an editor's `measures` hints name ("range" → length, "share" → percent). */
export function kindsNamed(measures: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of measures) {
    const t = m.toLowerCase();
    if (/range|distance|length|kilomet|mile/.test(t)) out.add('length');
    if (/area|territory|square/.test(t)) out.add('area');
    if (/troop|soldier|forces|personnel/.test(t)) out.add('troops');
    if (/percent|share|proportion/.test(t)) out.add('percent');
    if (/duration|time|month|week|day/.test(t)) out.add('duration');
  }
  return out;
}
