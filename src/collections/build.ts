/**
 * The content pipeline in one call: read the articles → parse each (src/parse) → align
 * across outlets (src/align) → assemble the collection entries → provenance gate →
 * validate against the shared schemas. Pure of output: writing is the caller's job.
 */
import { join, relative } from 'node:path';
import { z } from 'zod';
import { loadRegistry } from '../align/index.ts';
import { align } from '../align/index.ts';
import { ContentError } from '../lib/content-error.ts';
import { extract } from '../parse/index.ts';
import { figureId, quoteId, sentenceId } from '../schema/ids.ts';
import {
  collections as schemas,
  type ClaimEntry,
  type CollectionName,
  type Extraction,
  type FigureEntry,
  type QuoteEntry,
  type SourceEntry,
} from '../schema/index.ts';
import { checkExcerpts, type LocatedExcerpt } from './provenance.ts';
import { readArticles, readYamlSource, type ArticleInput } from './read-articles.ts';

export interface BuildOptions {
  root: string;
  articlesDir?: string;
  registryFile?: string;
  /** Keep articles that look like HTML/Markdown, as text (an article about markup; the injection test). */
  allowMarkup?: boolean;
}

export interface BuildReport {
  articles: number;
  sentences: number;
  quotes: number;
  figures: number;
  claims: number;
  people: number;
  utterances: number;
  measures: number;
  excerptsChecked: number;
  warnings: string[];
  proposals: { text: string; sources: string[] }[];
}

export type Collections = { [K in CollectionName]: z.infer<(typeof schemas)[K]>[] };


const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Blocks that are the article's own prose (not captions, credits or contributor lines). */
const READING_KINDS = new Set(['headline', 'standfirst', 'paragraph', 'post']);

export function buildCollections(options: BuildOptions): { collections: Collections; report: BuildReport } {
  const root = options.root;
  const articlesDir = options.articlesDir ?? join(root, 'content/articles');
  const registryFile = options.registryFile ?? join(root, 'content/claims.yaml');

  const { articles, warnings } = readArticles(root, articlesDir, options.allowMarkup);
  const registryPath = relative(root, registryFile) || registryFile;
  const registrySource = readYamlSource(registryFile, registryPath, 'claim registry', 'create it: see the README, "The claim registry"');
  const registry = loadRegistry(registrySource, registryPath);

  const parsed = articles.map((article) => ({ article, extraction: extractOrFail(article) }));
  for (const { article, extraction } of parsed) {
    if (extraction.sentences.length === 0) warnings.push(`${article.path}: no sentence found`);
    if (extraction.quotes.length === 0) warnings.push(`${article.path}: no direct quotation found`);
    if (extraction.figures.length === 0) warnings.push(`${article.path}: no figure found`);
  }

  const aligned = align({
    sources: parsed.map(({ article, extraction }) => ({ meta: article.meta, text: article.text, extraction })),
    registry,
  });
  warnings.push(...aligned.warnings);

  const quotes: QuoteEntry[] = [];
  const figures: FigureEntry[] = [];
  const sources: SourceEntry[] = parsed.map(({ article, extraction }, order) => {
    const slug = article.meta.slug;
    extraction.quotes.forEach((q, i) => {
      const link = aligned.quoteLinks.get(quoteId(slug, i));
      quotes.push({ ...q, id: quoteId(slug, i), source: slug, personId: link?.personId ?? null, utterance: link?.utterance ?? null });
    });
    extraction.figures.forEach((f, i) => {
      figures.push({ ...f, id: figureId(slug, i), source: slug, group: aligned.figureGroups.get(figureId(slug, i)) ?? null });
    });
    return sourceEntry(article, extraction, order, aligned);
  });

  const collections: Collections = {
    sources,
    quotes,
    figures,
    claims: aligned.claims,
    people: aligned.people,
    utterances: aligned.utterances,
    measures: aligned.measures,
  };

  const excerptsChecked = provenanceGate(parsed.map((p) => p.article), collections);
  validate(collections);

  return {
    collections,
    report: {
      articles: sources.length,
      sentences: sources.reduce((n, s) => n + s.sentences.length, 0),
      quotes: quotes.length,
      figures: figures.length,
      claims: aligned.claims.length,
      people: aligned.people.length,
      utterances: aligned.utterances.length,
      measures: aligned.measures.length,
      excerptsChecked,
      warnings,
      proposals: aligned.proposals,
    },
  };
}

/** A parser stage that throws is a bug: stop, naming the article, instead of publishing an empty one. */
function extractOrFail(article: ArticleInput): Extraction {
  try {
    return extract(article.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ContentError(
      article.path,
      `the parser failed on this article (${message})`,
      'this is a bug in src/parse, not in the article: report it with the file attached; to build the other articles meanwhile, remove this one and its entry in sources.yaml',
    );
  }
}

function sourceEntry(
  article: ArticleInput,
  extraction: Extraction,
  order: number,
  aligned: ReturnType<typeof align>,
): SourceEntry {
  const { slug, ...meta } = article.meta;
  const reading = extraction.blocks.filter((b) => READING_KINDS.has(b.kind));
  const profile = aligned.profiles.get(slug);
  if (!profile) throw new Error(`alignment returned no sourcing profile for ${slug}`);
  return {
    ...meta,
    id: slug,
    order,
    sha256: article.sha256,
    text: article.text,
    counts: {
      words: reading.reduce((n, b) => n + countWords(b.text), 0),
      sentences: extraction.sentences.length,
      paragraphs: extraction.blocks.filter((b) => b.kind === 'paragraph').length,
      quotes: extraction.quotes.length,
      figures: extraction.figures.length,
    },
    blocks: extraction.blocks,
    sentences: extraction.sentences.map((s) => ({ ...s, claims: aligned.sentenceClaims.get(sentenceId(slug, s.index)) ?? [] })),
    profile,
  };
}

/** Every excerpt in every collection, checked against its article's text. */
function provenanceGate(articles: ArticleInput[], c: Collections): number {
  const byId = new Map(articles.map((a) => [a.meta.slug, a]));
  const excerpts = new Map<string, LocatedExcerpt[]>(articles.map((a) => [a.meta.slug, []]));
  const add = (source: string, e: LocatedExcerpt) => excerpts.get(source)?.push(e);
  for (const s of c.sources) {
    for (const b of s.blocks) add(s.id, { item: `source ${s.id} block ${b.index}`, ...b });
    for (const x of s.sentences) add(s.id, { item: `source ${s.id} sentence ${x.index}`, ...x });
  }
  for (const q of c.quotes) add(q.source, { item: `quote ${q.id}`, ...q });
  for (const f of c.figures) add(f.source, { item: `figure ${f.id}`, ...f });
  for (const claim of c.claims as ClaimEntry[]) {
    for (const cov of claim.coverage) {
      if (!byId.has(cov.source)) throw new Error(`claim ${claim.id} names unknown source ${cov.source}`);
      cov.evidence.forEach((e, i) => add(cov.source, { item: `claim ${claim.id} evidence ${i + 1}`, ...e }));
      if (cov.nearest) add(cov.source, { item: `claim ${claim.id} nearest sentence`, ...cov.nearest });
    }
  }
  let n = 0;
  for (const [slug, list] of excerpts) {
    const article = byId.get(slug)!;
    n += checkExcerpts(article.path, article.text, list);
  }
  return n;
}

/** Validate every entry; also the references between collections that Astro only logs. */
function validate(c: Collections): void {
  for (const name of Object.keys(schemas) as CollectionName[]) {
    const schema = schemas[name];
    const ids = new Set<string>();
    for (const entry of c[name] as { id: string }[]) {
      const r = schema.safeParse(entry);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new Error(`internal: ${name} entry ${entry.id} fails its schema at ${issue.path.join('.')}: ${issue.message}`);
      }
      if (ids.has(entry.id)) throw new Error(`internal: ${name} has two entries with id ${entry.id}`);
      ids.add(entry.id);
    }
  }
  const has = (name: CollectionName, id: string | null) => id === null || (c[name] as { id: string }[]).some((e) => e.id === id);
  for (const q of c.quotes) {
    if (!has('people', q.personId)) throw new Error(`internal: quote ${q.id} names unknown person ${q.personId}`);
    if (!has('utterances', q.utterance)) throw new Error(`internal: quote ${q.id} names unknown utterance ${q.utterance}`);
  }
  for (const f of c.figures) if (!has('measures', f.group)) throw new Error(`internal: figure ${f.id} names unknown measure ${f.group}`);
}
