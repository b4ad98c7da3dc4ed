/**
 * The gold format of ../shared/corpora (see its README), as a zod schema. Fields the scorers do not use
 * (source, set, value_raw …) are allowed and ignored, so a corpus can carry provenance without breaking us.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
export const GoldSpan = z.object({ start: offset, end: offset, text: z.string() });
export type GoldSpan = z.infer<typeof GoldSpan>;

export const SpeakerKind = z.enum(['name', 'nominal', 'pronoun', 'none']);

export const GoldQuote = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  kind: z.enum(['full', 'partial']),
  closed: z.boolean().optional(),
  speaker: z.string().nullable(),
  speaker_kind: SpeakerKind,
  speaker_resolved: z.string().nullable().optional().default(null),
  speaker_start: offset.nullable().optional(),
  speaker_end: offset.nullable().optional(),
  cue: z.string().nullable().optional(),
  relation: z.string().nullable().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuote>;

export const GoldAttribution = z.object({
  id: z.string(),
  type: z.string(),
  direct: z.boolean(),
  source: z
    .object({ text: z.string(), kind: z.string().nullable().optional(), resolved: z.string().nullable().optional(), spans: z.array(GoldSpan) })
    .nullable(),
  cue: z.object({ text: z.string(), spans: z.array(GoldSpan) }).nullable(),
  content: z.object({ spans: z.array(GoldSpan) }).nullable(),
});
export type GoldAttribution = z.infer<typeof GoldAttribution>;

const figureValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);
export const GoldFigure = z.object({
  value: figureValue,
  value_raw: z.string().optional(),
  unit: z.string().nullable().optional(),
  normalized_unit: z.string().nullable().optional(),
  change: z.unknown().optional(),
  scored: z.boolean().default(true),
});
export type GoldFigure = z.infer<typeof GoldFigure>;

export const GoldDocument = z.object({
  id: z.string().min(1),
  dataset: z.string().optional(),
  text_file: z.string().min(1),
  text_length: z.number().int().nonnegative().optional(),
  annotates: z.object({
    quotes: z.boolean().default(false),
    figures: z.boolean().default(false),
    attributions: z.boolean().default(false),
  }),
  quotes: z.array(GoldQuote).default([]),
  non_quotes: z.array(z.object({ text: z.string(), start: offset, end: offset })).default([]),
  attributions: z.array(GoldAttribution).default([]),
  figures: z.array(GoldFigure).default([]),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

/** index.json: only the list of article ids is used (the order documents are reported in). */
export const CorpusIndex = z.object({
  dataset: z.string().optional(),
  articles: z.array(z.object({ id: z.string().min(1) })).optional(),
});
