/**
 * Speakers of matched quotes, by the corpora README's convention. Right when the gold speaker's last
 * token (pronouns and a possessive 's skipped) is among the predicted speaker's tokens, or the predicted
 * speaker's last token is among the gold's. Named and nominal gold speakers ("Sen. Jane Doe", "the
 * spokesman") are checked against `speaker`, `speaker_resolved` accepted too; pronoun speakers ("he")
 * must be named: only `speaker_resolved` counts, and a pronoun or nothing predicted is wrong.
 */
import type { GoldQuote } from './gold.ts';
import { tokens } from './normalize.ts';

const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which that this these those one someone'.split(' '),
);

/** Tokens of a name with possessive 's dropped ("Trump's" → "trump") and pronouns removed. */
export function nameTokens(s: string): string[] {
  return tokens(s)
    .map((t) => t.replace(/'s$/, '').replace(/'$/, ''))
    .filter((t) => t.length > 0 && !PRONOUNS.has(t));
}

/** The convention's token test between one gold string and the predicted speaker. */
export function sameSpeaker(gold: string, predicted: string): boolean {
  const g = nameTokens(gold);
  const p = nameTokens(predicted);
  if (g.length === 0 || p.length === 0) return false;
  return p.includes(g[g.length - 1]!) || g.includes(p[p.length - 1]!);
}

export type SpeakerClass = 'named' | 'pronoun';

/** Which speaker measure a gold quote counts in; null when it counts in none (no speaker, or a pronoun the corpus did not resolve). */
export function speakerClass(q: GoldQuote): SpeakerClass | null {
  if (q.speaker === null || q.speaker_kind === 'none') return null;
  if (q.speaker_kind === 'pronoun') return q.speaker_resolved ? 'pronoun' : null;
  return 'named';
}

export function speakerRight(q: GoldQuote, predicted: string | null): boolean {
  if (!predicted) return false;
  const cls = speakerClass(q);
  if (cls === 'pronoun') return sameSpeaker(q.speaker_resolved!, predicted);
  if (cls === 'named') return sameSpeaker(q.speaker!, predicted) || (q.speaker_resolved ? sameSpeaker(q.speaker_resolved, predicted) : false);
  return false;
}
