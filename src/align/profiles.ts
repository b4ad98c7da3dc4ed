/**
 * Sourcing profile per outlet: who is quoted (named people vs anonymous groups), which news
 * agencies the text credits, and how the outlet's coverage of the registry compares with the others.
 */
import type { ClaimEntry, PersonEntry, SourcingProfile } from '../schema/index.ts';
import { escapeRegExp } from '../util/regexp.ts';
import { cmp } from './text.ts';

/** Wire services and agencies an article may credit. A list of agencies, not of these articles' words. */
const AGENCIES = ['Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'AAP', 'TASS', 'RIA Novosti', 'Interfax', 'Ukrinform', 'Bloomberg', 'Xinhua', 'Yonhap', 'Kyodo', 'dpa', 'EFE', 'ANSA', 'PA Media', 'UNIAN'];

export function agenciesIn(text: string): string[] {
  return AGENCIES.filter((a) => new RegExp(`(?<![A-Za-z])${escapeRegExp(a)}(?![A-Za-z])`).test(text)).sort(cmp);
}

export function buildProfiles(
  sources: { slug: string; text: string; quotePersons: (string | null)[] }[],
  people: PersonEntry[],
  claims: ClaimEntry[],
): Map<string, SourcingProfile> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out = new Map<string, SourcingProfile>();
  for (const s of sources) {
    const persons = s.quotePersons.map((id) => (id ? byId.get(id) : undefined));
    const named = persons.filter((p) => p && p.kind !== 'anonymous');
    const anon = persons.filter((p) => p && p.kind === 'anonymous');
    const reported = claims.filter((c) => c.coverage.find((v) => v.source === s.slug)?.status !== 'not-reported');
    const onlyHere = reported.filter((c) => c.coverage.filter((v) => v.status !== 'not-reported').length === 1);
    const missing = claims.filter((c) => {
      const mine = c.coverage.find((v) => v.source === s.slug);
      return mine?.status === 'not-reported' && c.coverage.some((v) => v.status !== 'not-reported');
    });
    out.set(s.slug, {
      quotes: s.quotePersons.length,
      namedQuotes: named.length,
      anonymousQuotes: anon.length,
      namedSpeakers: [...new Set(named.map((p) => p!.name))].sort(cmp),
      anonymousSources: [...new Set(anon.map((p) => p!.name))].sort(cmp),
      agencies: agenciesIn(s.text),
      claimsReported: reported.length,
      claimsOnlyHere: onlyHere.map((c) => c.id),
      claimsMissing: missing.map((c) => c.id),
    });
  }
  return out;
}
