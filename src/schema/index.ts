/**
 * The one schema module. The build script (scripts/build-content.ts), the parser CLI,
 * the alignment and Astro's content collections (src/content.config.ts) all import
 * these zod schemas, so the data the build writes is the data the pages read.
 *
 * Offsets everywhere are JavaScript string indices (UTF-16 code units) into the article
 * file's text as read (UTF-8 decoded, BOM kept out by the reader), start inclusive, end exclusive.
 *
 * May import: zod only. Every layer imports the schemas (and ids.ts); they import no layer.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
/** A located piece of the article text: `text === articleText.slice(start, end)`. */
export const Excerpt = z.object({ start: offset, end: offset, text: z.string() });
export type Excerpt = z.infer<typeof Excerpt>;

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "washington-post")')
  // a slug is a folder name in dist/ and part of every permalink: keep it short
  .max(80, 'a slug has at most 80 characters');

/** A calendar date written YYYY-MM-DD, within the years a news archive can hold. */
export const NewsDate = z.iso
  .date({ error: 'write the date as YYYY-MM-DD (e.g. 2024-11-17)' })
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31', 'the date must lie between 1900-01-01 and 2100-12-31 (YYYY-MM-DD)');

// ---------------------------------------------------------------------------
// Parser output (one article). `npm run extract -- file.txt` prints an Extraction.
// ---------------------------------------------------------------------------

export const BlockKind = z.enum([
  'headline',
  'standfirst',
  'paragraph',
  'caption', // photo caption or photo credit line ("(Name/Agency)", "Photo: AAP")
  'post', // embedded social-media post body
  'post-footer', // "— Name (@handle) date" line of an embedded post
  'contributors', // "Additional reporting by …", "… contributed to this report"
]);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = Excerpt.extend({
  index: z.number().int().nonnegative(),
  kind: BlockKind,
  /** The text with hard line wraps rejoined (display only; offsets refer to `text`). */
  joined: z.string(),
  /** For posts: the author's name and handle taken from the footer, when present. */
  author: z.string().nullable().default(null),
  handle: z.string().nullable().default(null),
});
export type Block = z.infer<typeof Block>;

export const Sentence = Excerpt.extend({
  index: z.number().int().nonnegative(),
  block: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const QuoteKind = z.enum(['full', 'partial', 'post']);
export const ExtractedQuote = Excerpt.extend({
  kind: QuoteKind,
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  anonymous: z.boolean(),
  verb: z.string().nullable(),
  context: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
});
export type ExtractedQuote = z.infer<typeof ExtractedQuote>;

export const FigureCategory = z.enum([
  'measure',
  'count',
  'vague_count',
  'duration',
  'percentage',
  'money',
]);
export const ExtractedFigure = Excerpt.extend({
  value: z.number().nullable(),
  /** A range ("between 5 and 10", "8-10 feet"): [low, high]; `value` is then the low end. */
  range: z.tuple([z.number(), z.number()]).optional(),
  unit: z.string().nullable(),
  normalized: z.object({ value: z.number().nullable(), unit: z.string().nullable() }),
  qualifier: z.string().nullable(),
  measures: z.string().nullable(),
  category: FigureCategory,
  inQuote: z.boolean(),
  sentence: z.number().int().nonnegative(),
});
export type ExtractedFigure = z.infer<typeof ExtractedFigure>;

export const ExtractedDate = Excerpt.extend({ sentence: z.number().int().nonnegative() });

/** What kind of source an attribution credits (issue 14; PolNeAR's relations, classified). */
export const SourceClass = z.enum(['person', 'anonymous', 'organisation', 'media', 'document']);
export type SourceClass = z.infer<typeof SourceClass>;
/**
 * One attribution relation: who is credited (source: null when none is written), by which words
 * (cue: null for a quotation standing on its own), for what (content, one or more spans), whether
 * it contains a quotation (direct) and which one (quote: index into the quotes).
 */
export const ExtractedAttribution = z.object({
  source: Excerpt.extend({ class: SourceClass, person: z.string().nullable() }).nullable(),
  cue: Excerpt.nullable(),
  content: z.array(Excerpt).min(1),
  direct: z.boolean(),
  quote: z.number().int().nonnegative().nullable(),
  sentence: z.number().int().nonnegative(),
});
export type ExtractedAttribution = z.infer<typeof ExtractedAttribution>;

export const Extraction = z.object({
  blocks: z.array(Block),
  sentences: z.array(Sentence),
  quotes: z.array(ExtractedQuote),
  figures: z.array(ExtractedFigure),
  dates: z.array(ExtractedDate),
  attributions: z.array(ExtractedAttribution),
});
export type Extraction = z.infer<typeof Extraction>;

// ---------------------------------------------------------------------------
// Editorial inputs (content/): per-article metadata and the claim registry.
// ---------------------------------------------------------------------------

export const Confidence = z.enum(['confirmed', 'likely', 'unknown']);

export const SourceMeta = z
  .object({
    slug,
    file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'name the article file "<slug>.txt"').max(84, 'name the article file "<slug>.txt" (a slug has at most 80 characters)'),
    outlet: z.string().min(1),
    /** false when the outlet is not known: the site then never presents `outlet` as a fact. */
    outletKnown: z.boolean(),
    headline: z.string().min(1).nullable(),
    headlineNote: z.string().nullable().default(null),
    date: NewsDate,
    dateNote: z.string().nullable().default(null),
    url: z
      .url({ protocol: /^https?$/, message: 'url must be an http(s) address or null' })
      .nullable(),
    identification: z.object({ evidence: z.string().min(1), confidence: Confidence }),
    originalFile: z.string().nullable().default(null),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMeta>;

/** content/story.yaml: the story the site compares, named by the editor (pages never hard-code it). */
export const Story = z
  .object({
    /** Short name, after "How five outlets reported …" ("the ATACMS decision"). */
    name: z.string().min(1),
    /** The site's name; {count} / {Count} stand for the number of articles in words. */
    siteName: z.string().min(1),
    /** What happened, as a sentence or two: the front page's first line. */
    event: z.string().min(1),
    /** What happened as a noun phrase, for descriptions and the footer. */
    summary: z.string().min(1),
  })
  .strict();
export type Story = z.infer<typeof Story>;

export const Topic = z.object({ id: slug, title: z.string().min(1), order: z.number().int() });
export type Topic = z.infer<typeof Topic>;

export const ClaimHints = z
  .object({
    /** Words or phrases that signal the claim (lemmatised by the aligner). */
    terms: z.array(z.string()).default([]),
    /** Names of people, places or things the claim is about. */
    entities: z.array(z.string()).default([]),
    /** Figure measures the claim is about (e.g. "range", "troops"). */
    measures: z.array(z.string()).default([]),
  })
  .strict();

export const RegistryClaim = z
  .object({
    slug,
    statement: z.string().min(1),
    topic: slug,
    hints: ClaimHints.default({ terms: [], entities: [], measures: [] }),
    notes: z.string().nullable().default(null),
    /** Earlier slugs of this claim: each is served as a redirect so old links keep working. */
    formerSlugs: z.array(slug).default([]),
  })
  .strict();
export type RegistryClaim = z.infer<typeof RegistryClaim>;

export const Registry = z.object({ topics: z.array(Topic), claims: z.array(RegistryClaim) }).strict();
export type Registry = z.infer<typeof Registry>;

/**
 * An editor's review of one article (content/reviews/<article-slug>.yaml, loaded by
 * src/collections/reviews.ts). Each entry names a sentence by a text-quote selector — the
 * sentence's words verbatim (`exact`; any run of white space matches any other) and, when the
 * words occur more than once, a few words before (`prefix`) or after (`suffix`) — so it survives
 * changes in sentence splitting. Per claim the verdict: `confirmed` (the matcher suggested it and
 * it is right), `added` (the sentence reports it and the matcher missed it), `rejected` (the
 * matcher suggested it wrongly). `complete: true` says the editor has read every sentence against
 * the claims listed in `reviewedClaims` (the registry as it was then): for those claims, what is not
 * confirmed or added is rejected, so no matcher suggestion is shown. A claim added to the registry
 * later is not vouched for: its matches stay suggestions until the editor reviews the article again.
 */
export const ReviewEntry = z
  .object({
    exact: z.string().trim().min(1, 'give the sentence\'s words in "exact"'),
    prefix: z.string().default(''),
    suffix: z.string().default(''),
    confirmed: z.array(slug).default([]),
    added: z.array(slug).default([]),
    rejected: z.array(slug).default([]),
    /** The editor's reason, for other editors (not published). */
    note: z.string().nullable().default(null),
  })
  .strict();
export type ReviewEntry = z.infer<typeof ReviewEntry>;

export const ReviewFile = z
  .object({
    article: slug,
    complete: z.boolean().default(false),
    /** The claims the whole article was read against when it was marked complete. */
    reviewedClaims: z.array(slug).default([]),
    sentences: z.array(ReviewEntry).default([]),
  })
  .strict();
export type ReviewFile = z.infer<typeof ReviewFile>;

/**
 * How the matcher measured up against the editors' reviews, each reviewed article held out in turn
 * (src/align/review.ts): per article the suggestions its review confirms (tp) or rejects (fp) and the
 * claims it missed (fn, counted for claims the review is complete for), per sentence and per claim (does the
 * outlet report the claim at all); and the confidences, each article's
 * from a fit on the others: expected calibration error over ten bins, and precision among those ≥ 0.8.
 * Written beside the collections as accuracy.json (not a collection: one record) for the method page.
 */
export const ReviewAccuracy = z
  .object({
    articles: z.number().int(),
    labelled: z.number().int(),
    ece: z.number(),
    high: z.number().int(),
    highPrecision: z.number().nullable(),
    perSource: z.array(
      z.object({ source: slug, tp: z.number().int(), fp: z.number().int(), fn: z.number().int(), claims: z.object({ tp: z.number().int(), fp: z.number().int(), fn: z.number().int() }).strict() }).strict(),
    ),
  })
  .strict();
export type ReviewAccuracy = z.infer<typeof ReviewAccuracy>;

// ---------------------------------------------------------------------------
// Collections written by the build script to content/data/*.json.
// ---------------------------------------------------------------------------

export const SourcingProfile = z.object({
  quotes: z.number().int(),
  namedQuotes: z.number().int(),
  anonymousQuotes: z.number().int(),
  namedSpeakers: z.array(z.string()),
  anonymousSources: z.array(z.string()),
  agencies: z.array(z.string()),
  claimsReported: z.number().int(),
  claimsOnlyHere: z.array(z.string()),
  claimsMissing: z.array(z.string()),
});
export type SourcingProfile = z.infer<typeof SourcingProfile>;

export const SourceEntry = SourceMeta.omit({ slug: true })
  .extend({
    id: slug,
    order: z.number().int(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    text: z.string(),
    counts: z.object({
      words: z.number().int(),
      sentences: z.number().int(),
      paragraphs: z.number().int(),
      quotes: z.number().int(),
      figures: z.number().int(),
    }),
    blocks: z.array(Block),
    /** `claims`: every claim shown for the sentence; `suggested`: those of them not yet reviewed. */
    sentences: z.array(Sentence.extend({ claims: z.array(z.string()).default([]), suggested: z.array(z.string()).default([]) })),
    profile: SourcingProfile,
  })
  .strip();
export type SourceEntry = z.infer<typeof SourceEntry>;

export const QuoteEntry = ExtractedQuote.extend({
  id: z.string(),
  source: slug,
  personId: z.string().nullable(),
  utterance: z.string().nullable(),
  /** The attribution relation this quotation belongs to (attributions collection), null when none. */
  attribution: z.string().nullable().default(null),
});
export type QuoteEntry = z.infer<typeof QuoteEntry>;

export const FigureEntry = ExtractedFigure.extend({
  id: z.string(),
  source: slug,
  group: z.string().nullable(),
});
export type FigureEntry = z.infer<typeof FigureEntry>;

/** `suggested`: no confirmed evidence, but a matcher suggestion at or above the confidence threshold. */
export const CoverageStatus = z.enum(['reported', 'suggested', 'not-reported', 'differently']);
export type CoverageStatus = z.infer<typeof CoverageStatus>;

/** `confirmed`: an editor confirmed (or added) it; `suggested`: the matcher's, not yet reviewed. */
export const ReviewState = z.enum(['confirmed', 'suggested']);
export type ReviewState = z.infer<typeof ReviewState>;
/** Who an attribution credits: the words as written, their class, and the person they name. */
export const CreditedSource = Excerpt.extend({
  class: SourceClass,
  /** The named person the words stand for ("he" → "Volodymyr Zelenskyy"), as the parser resolved it; null when none. */
  person: z.string().nullable(),
  /** That person's entry in the people collection, when there is one. */
  personId: z.string().nullable(),
});
export type CreditedSource = z.infer<typeof CreditedSource>;
/**
 * Whom an outlet credits for one evidence sentence (src/align/credits.ts): the attribution relation
 * whose content holds the sentence or overlaps it most (`match`: holds / overlaps), else the
 * relation whose cue is in the sentence (`cue`). `citing`: the source the credited one relays, when
 * the sentence credits another outlet and, through it, someone else ("The New York Times, citing
 * U.S. officials"). An evidence item's `credit` is null when nothing in the text attributes the
 * sentence: the outlet's own voice.
 */
export const Credit = z.object({
  attribution: z.string(),
  match: z.enum(['holds', 'overlaps', 'cue']),
  credited: CreditedSource,
  cue: Excerpt.nullable(),
  citing: z.object({ attribution: z.string(), credited: CreditedSource }).nullable(),
});
export type Credit = z.infer<typeof Credit>;

export const Evidence = Excerpt.extend({
  sentence: z.number().int().nonnegative(),
  score: z.number(),
  review: ReviewState.default('suggested'),
  /** For a suggestion: the calibrated probability that it is right (null when no reviews to fit on); null when confirmed. */
  confidence: z.number().min(0).max(1).nullable().default(null),
  /** Whom the outlet credits for this sentence; null: not attributed, the outlet's own voice. */
  credit: Credit.nullable().default(null),
});
export type Evidence = z.infer<typeof Evidence>;
export const ClaimEntry = z.object({
  id: slug,
  order: z.number().int(),
  statement: z.string(),
  topic: slug,
  topicTitle: z.string(),
  notes: z.string().nullable(),
  formerSlugs: z.array(slug),
  /** The registry's hints, carried so pages can mark a claim's key terms without re-reading it. */
  hints: ClaimHints,
  coverage: z.array(
    z.object({
      source: slug,
      status: CoverageStatus,
      evidence: z.array(Evidence),
      /** Why "differently": the conflicting figure or statement, with the arithmetic. */
      difference: z.string().nullable(),
      /**
       * When nothing was assigned: the outlet's sentence that scored highest for the claim without
       * being assigned it, so a reader can check a "not reported" for themselves; null when none came near.
       */
      nearest: Evidence.nullable(),
    }),
  ),
  quotes: z.array(z.string()),
  figures: z.array(z.string()),
});
export type ClaimEntry = z.infer<typeof ClaimEntry>;

export const PersonEntry = z.object({
  id: slug,
  name: z.string(),
  kind: z.enum(['person', 'organisation', 'anonymous']),
  variants: z.array(z.string()),
  roles: z.array(z.object({ source: slug, role: z.string() })),
  quoteCounts: z.record(z.string(), z.number().int()),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

export const UtteranceEntry = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  speaker: z.string().nullable(),
  quotes: z.array(z.string()),
  /** Each rendering (b) against the group's fullest rendering (a): similarity (0..1) and a word-level diff. */
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      similarity: z.number(),
      diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
    }),
  ),
});
export type UtteranceEntry = z.infer<typeof UtteranceEntry>;

export const MeasureEntry = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  figures: z.array(z.string()),
  verdict: z.enum(['consistent', 'discrepant', 'single']),
  arithmetic: z.string(),
  spread: z.number().nullable(),
});
export type MeasureEntry = z.infer<typeof MeasureEntry>;

/** Collection name → entry schema; the build validates every entry against these before writing. */
/**
 * One attribution relation of one article (issue 14): whom the outlet credits (`credited`: the
 * words, their class, the person they name), with which cue, for which content; `sentences` are
 * the indices of the sentences its content covers, so a claim's evidence sentence finds its credit.
 */
export const AttributionEntry = z.object({
  id: z.string(),
  source: slug,
  credited: CreditedSource.nullable(),
  cue: Excerpt.nullable(),
  content: z.array(Excerpt).min(1),
  direct: z.boolean(),
  quote: z.string().nullable(),
  sentence: z.number().int().nonnegative(),
  sentences: z.array(z.number().int().nonnegative()),
});
export type AttributionEntry = z.infer<typeof AttributionEntry>;

/**
 * One row per claim, outlet and evidence sentence: whom the outlet credits for it, flat for
 * spreadsheets (/data/credits.csv). Derived from the claims collection's evidence credits, not
 * stored apart: `class` null means not attributed, the outlet's own voice.
 */
export const CreditRow = z.object({
  id: z.string(),
  claim: slug,
  source: slug,
  sentence: z.number().int().nonnegative(),
  review: ReviewState,
  class: SourceClass.nullable(),
  credited: z.string().nullable(),
  personId: z.string().nullable(),
  cue: z.string().nullable(),
  citing: z.string().nullable(),
  citingClass: SourceClass.nullable(),
  match: Credit.shape.match.nullable(),
  attribution: z.string().nullable(),
  start: offset,
  end: offset,
});
export type CreditRow = z.infer<typeof CreditRow>;

export const collections = {
  sources: SourceEntry,
  quotes: QuoteEntry,
  figures: FigureEntry,
  claims: ClaimEntry,
  people: PersonEntry,
  utterances: UtteranceEntry,
  measures: MeasureEntry,
  attributions: AttributionEntry,
} as const;
export type CollectionName = keyof typeof collections;
