/**
 * Kinds of quantity ("length", "troops", "duration", …): which figures can be compared, and which
 * kinds an editor's `measures` hint names. One unit table (UNIT_KINDS) decides the kind for both
 * the figure comparison (quantityKind) and the claim scoring (countedKind). General English units
 * and nouns, never one article's.
 */
import type { ExtractedFigure } from '../schema/index.ts';
import { contentStems } from './tokens.ts';
import { SOURCE_COUNT_UNIT } from './anonymous.ts';

/** Nouns for soldiers, interchangeable when counting them ("troops", "soldiers", "forces"). */
const TROOPS = /(troop|soldier|forc|personnel|fighter)/;
/** Their stems, as contentStems gives them. */
const TROOP_STEM = /^(soldier|troop|forc|personnel|fighter)$/;

/** Unit (lowercased; normalised units are km, km², day, %, …) → kind. First match wins. */
const UNIT_KINDS: [RegExp, string][] = [
  [/^(km|mi|m|miles?|kilomet(er|re)s?|met(er|re)s?)$/, 'length'],
  [/(km²|km2|sq|square|hectare)/, 'area'],
  [TROOPS, 'troops'],
  [/^(%|percent|per cent)$/, 'percent'],
  [/(day|week|month|year)/, 'duration'],
];
const MONEY = /(usd|\$|dollar|eur|€|£|gbp)/;

/** The kind a unit names, or null (the table above). */
export function unitKind(unit: string | null): string | null {
  const u = (unit ?? '').toLowerCase();
  return UNIT_KINDS.find(([re]) => re.test(u))?.[1] ?? null;
}

/**
 * The kind of quantity a figure is, for comparing figures across outlets: figures of different
 * kinds are never compared. Null for a figure with no value or a count of the
 * article's own sources ("two US officials": sourcing, not a fact to compare). Counts of other
 * things are kinds of their own ("count:missil"), money is per currency.
 */
export function quantityKind(f: ExtractedFigure): string | null {
  if (f.normalized.value === null) return null;
  if (SOURCE_COUNT_UNIT.test(f.unit ?? '')) return null;
  const u = (f.normalized.unit ?? f.unit ?? '').toLowerCase();
  const kind = unitKind(u);
  if (kind) return kind;
  if (f.category === 'money' || MONEY.test(u)) return `money:${u}`;
  return `count:${contentStems(u).join(' ') || u}`;
}

/**
 * The kind of a figure for claim scoring: by its unit, or by the noun it counts when the unit says
 * nothing ("10,000 North Korean soldiers"). Unlike quantityKind it needs no value ("thousands of
 * troops" still says the sentence is about troops) and names only the kinds a hint can name.
 */
export function countedKind(unit: string | null, described: string): string | null {
  const kind = unitKind(unit);
  if (kind === 'length' || kind === 'area') return kind;
  if (TROOPS.test(`${(unit ?? '').toLowerCase()} ${described.toLowerCase()}`)) return 'troops';
  return kind;
}

/** A stem, with the interchangeable nouns for soldiers folded to one ("troop"). */
export const foldTroops = (stem: string): string => (TROOP_STEM.test(stem) ? 'troop' : stem);

/** Stems of the words for units of time and distance, by kind: outlets write one span or one distance in different units. */
const UNIT_WORD_STEMS: [RegExp, string][] = [
  [/^(second|minut|hour|day|week|month|year|decad|centuri)$/, 'unit:time'],
  [/^(km|kilometr|kilomet|mile|mi|metr|meter|feet|foot|yard|nmi)$/, 'unit:length'],
];
/** A stem, with unit words of one kind folded to one ("month", "week" → "unit:time"). */
export const foldUnitWord = (stem: string): string => UNIT_WORD_STEMS.find(([re]) => re.test(stem))?.[1] ?? stem;

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

/** Nouns counting the dead and wounded: a `casualties` hint names counts of any of them. */
const CASUALTY_STEMS = ['casualti', 'dead', 'death', 'kill', 'wound', 'injur', 'injuri'];
const MONEY_HINT = /money|cost|price|aid|budget|fund|spend|dollar|euro|pound|currency|sum|worth|payment|loan|sanction/;

/**
 * The kinds of figure an editor's `measures` hints make worth comparing across outlets: the kinds
 * kindsNamed reads, money ("aid", "cost"), and counts of the nouns a hint names ("missiles" names
 * `count:missil`; "casualties" the counts of dead, killed and wounded). What no hint names — two
 * countries, three leaders — is an incidental count, not compared.
 */
export function storyKinds(measures: string[]): Set<string> {
  const out = kindsNamed(measures);
  for (const m of measures) {
    const t = m.toLowerCase();
    if (MONEY_HINT.test(t)) out.add('money');
    const stems = contentStems(t);
    if (stems.length) out.add(`count:${stems.join(' ')}`);
    if (stems.includes('casualti')) for (const c of CASUALTY_STEMS) out.add(`count:${c}`);
  }
  return out;
}

/** Whether a comparison kind (quantityKind) is among the kinds named (storyKinds): money of any currency when "money" is. */
export function kindCovered(kind: string, named: ReadonlySet<string>): boolean {
  return named.has(kind) || (kind.startsWith('money:') && named.has('money'));
}
