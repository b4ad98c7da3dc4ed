/**
 * Which person a source is: a named source keeps its name; "he", "she" and a bare surname take
 * the fullest earlier name they can stand for; a relation linked to a quotation takes the
 * quotation's speaker, so the two never disagree.
 */
import type { ExtractedAttribution, ExtractedQuote } from '../schema/index.ts';
import { splitName } from './speakers.ts';

const PRONOUN = /^(?:he|she|i|we|they|him|her)$/i;
/** An indefinite singular phrase: one person ("a top official", "an aide", "one diplomat"). */
const ONE = /^(?:an?|one)\s/i;
const NAME = /^(?:\p{Lu}[\p{L}’'.\-]+)(?:\s+\p{Lu}[\p{L}’'.\-]+)*$/u;

/**
 * The name inside a source phrase: a part between commas that is only a name ("Jane Doe, an economist at a
 * Vienna bank", "the trade minister, Jane Doe"), else its last run of capitalised words ("spokeswoman Jane Doe").
 */
function nameIn(text: string): string | null {
  const whole = text.split(',').map((p) => p.trim()).find((p) => NAME.test(p) && p.includes(' ') && !/^(?:The|A|An)\s/.test(p));
  if (whole) return splitName(whole).name ?? null;
  // "Analyst Jane Doe of the Institute for Security Studies": the name comes before the body she belongs to
  const lead = text.split(/\s(?:of|at|from|for|with)\s/)[0]!;
  const own = lead !== text ? lastName(lead) : null;
  return own && own.includes(' ') ? own : lastName(text);
}

/** The last run of capitalised words, without its title ("Mayor Jane Doe" is Jane Doe). */
function lastName(text: string): string | null {
  const runs = text.match(/(?:\p{Lu}[\p{L}’'.\-]+)(?:\s+\p{Lu}[\p{L}’'.\-]+)*/gu);
  if (!runs) return null;
  const last = runs[runs.length - 1]!;
  if (!NAME.test(last) || /^(?:The|A|An)$/.test(last)) return null;
  return splitName(last).name ?? null;
}

export function resolvePerson(rels: ExtractedAttribution[], quotes: readonly ExtractedQuote[]): void {
  const names: string[] = [];
  const order = [...rels].sort((a, b) => (a.cue ?? a.content[0]!).start - (b.cue ?? b.content[0]!).start);
  for (const r of order) {
    const q = r.quote !== null ? quotes[r.quote] : undefined;
    if (!r.source) continue;
    // "A senior official responded: “…” — Jane Doe, deputy minister": one unnamed person whose quotation the
    // article credits to a name is that person, not an anonymous source (a group, "officials", stays anonymous)
    if (r.source.class === 'anonymous' && q?.speaker && !q.anonymous && ONE.test(r.source.text)) r.source.class = 'person';
    if (r.source.class !== 'person') continue;
    if (q?.speaker && !q.anonymous) {
      r.source.person = q.speaker;
    } else if (PRONOUN.test(r.source.text.trim())) {
      r.source.person = names[names.length - 1] ?? null;
    } else {
      const n = nameIn(r.source.text);
      const full = n ? [...names].reverse().find((m) => m !== n && m.endsWith(` ${n}`)) : undefined;
      r.source.person = full ?? n;
    }
    if (r.source.person) names.push(r.source.person);
  }
}
