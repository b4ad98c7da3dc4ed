/**
 * The content pipeline in one call: read the articles → parse each (src/parse) → align
 * across outlets (src/align) → assemble the collection entries → provenance gate →
 * validate against the shared schemas. Pure of output: writing is the caller's job.
 */
import { join, relative } from 'node:path';
import { align } from '../align/index.ts';
import { ContentError, message, placeOf, type Message } from '../diagnostics/index.ts';
import { extract } from '../parse/index.ts';
import { collections as schemas, type ClaimEntry, type CollectionName, type Credit } from '../schema/index.ts';
import { assemble, type Collections } from './assemble.ts';
import { checkExcerpts, type LocatedExcerpt } from './provenance.ts';
import { attributionExcerpts } from './attributions.ts';
import { readArticles, readYamlSource, type ArticleInput } from './read-articles.ts';
import { loadRegistryLocated } from './registry.ts';
import { readReviews, resolveReview, type LoadedReview, type ResolvedReview } from './reviews.ts';
import type { AlignResult } from '../align/index.ts';
import type { Extraction } from '../schema/index.ts';

export type { Collections } from './assemble.ts';

export interface BuildOptions {
  root: string;
  articlesDir?: string;
  registryFile?: string;
  /** Keep articles that look like HTML/Markdown, as text (an article about markup; the injection test). */
  allowMarkup?: boolean;
  /** The editors' reviews; default: the folder `reviews` beside the articles folder (none if it does not exist). */
  reviewsDir?: string;
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
  /** Located warnings (severity "warning"): the build used the input anyway. */
  warnings: Message[];
  proposals: { text: string; sources: string[] }[];
  review: { articles: number; complete: number; confirmed: number; suggested: number; calibratedOn: number };
}

export interface BuildResult {
  collections: Collections;
  report: BuildReport;
  /** Suggestions awaiting review, and the reviews as loaded (for `npm run review`; not written). */
  pending: AlignResult['pending'];
  reviews: LoadedReview[];
  /** The matcher measured against the reviews (written beside the collections as accuracy.json). */
  accuracy: AlignResult['accuracy'];
}

/** Parser results that are legal but suspicious: the article may not be news prose, or the parser missed. */
function extractionWarnings(path: string, extraction: { sentences: unknown[]; quotes: unknown[]; figures: unknown[] }): Message[] {
  const w = (ruleId: string, reason: string) =>
    message(path, reason, 'check that the file holds the article text; if it does, nothing needs fixing', { severity: 'warning', ruleId });
  return [
    ...(extraction.sentences.length === 0 ? [w('no-sentence', 'no sentence found')] : []),
    ...(extraction.quotes.length === 0 ? [w('no-quote', 'no direct quotation found')] : []),
    ...(extraction.figures.length === 0 ? [w('no-figure', 'no figure found')] : []),
  ];
}

export function buildCollections(options: BuildOptions): BuildResult {
  const root = options.root;
  const articlesDir = options.articlesDir ?? join(root, 'content/articles');
  const registryFile = options.registryFile ?? join(root, 'content/claims.yaml');

  const read = readArticles(root, articlesDir, options.allowMarkup);
  const articles = read.articles;
  const warnings: Message[] = [...read.warnings];
  const registryPath = relative(root, registryFile) || registryFile;
  const registrySource = readYamlSource(registryFile, registryPath, 'claim registry', 'create it: see the README, "The claim registry"');
  const { registry, placeOfClaim } = loadRegistryLocated(registrySource, registryPath);
  const loaded = readReviews(root, options.reviewsDir ?? join(articlesDir, '../reviews'), new Set(articles.map((a) => a.meta.slug)), new Set(registry.claims.map((c) => c.slug)));
  for (const r of loaded) warnings.push(...r.warnings);

  const parsed = articles.map((article) => ({ article, extraction: extractOrFail(article) }));
  for (const { article, extraction } of parsed) warnings.push(...extractionWarnings(article.path, extraction));

  // Reviews anchored to this parse (a selector that no longer matches stops the build here).
  const reviews = new Map<string, ResolvedReview>();
  for (const r of loaded) {
    const p = parsed.find((x) => x.article.meta.slug === r.data.article)!;
    reviews.set(r.data.article, resolveReview(r, p.article.text, p.extraction.sentences));
  }
  const aligned = align({
    sources: parsed.map(({ article, extraction }) => ({ meta: article.meta, text: article.text, extraction })),
    registry,
    reviews,
  });
  for (const slug of aligned.unreported)
    warnings.push(message(registryPath, `claim "${slug}": no article reports it`, 'check the claim\'s statement and hints against the articles\' wording, or remove the claim', { severity: 'warning', ruleId: 'claim-unreported', place: placeOfClaim(slug) }));

  const collections = assemble(parsed, aligned);
  const excerptsChecked = provenanceGate(parsed.map((p) => p.article), collections);
  validate(collections);

  return {
    collections,
    pending: aligned.pending,
    reviews: loaded,
    accuracy: aligned.accuracy,
    report: {
      articles: collections.sources.length,
      sentences: collections.sources.reduce((n, s) => n + s.sentences.length, 0),
      quotes: collections.quotes.length,
      figures: collections.figures.length,
      claims: collections.claims.length,
      people: collections.people.length,
      utterances: collections.utterances.length,
      measures: collections.measures.length,
      excerptsChecked,
      warnings,
      proposals: aligned.proposals,
      review: reviewReport(collections.claims as ClaimEntry[], reviews, aligned.calibration?.n ?? 0),
    },
  };
}

/** How much of what is shown an editor has confirmed. */
function reviewReport(claims: ClaimEntry[], reviews: Map<string, ResolvedReview>, calibratedOn: number): BuildReport['review'] {
  const evidence = claims.flatMap((c) => c.coverage.flatMap((v) => v.evidence));
  return {
    articles: reviews.size,
    complete: [...reviews.values()].filter((r) => r.complete).length,
    confirmed: evidence.filter((e) => e.review === 'confirmed').length,
    suggested: evidence.filter((e) => e.review === 'suggested').length,
    calibratedOn,
  };
}

/** A parser stage that throws is a bug: stop, naming the article, instead of publishing an empty one. */
function extractOrFail(article: ArticleInput): Extraction {
  try {
    return extract(article.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A ParseError (src/parse/index.ts) says where in the text the bug shows.
    const offset = (error as { offset?: unknown }).offset;
    throw new ContentError(
      article.path,
      `the parser failed on this article (${reason})`,
      'this is a bug in src/parse, not in the article: report it with the file attached; to build the other articles meanwhile, remove this one and its entry in sources.yaml',
      typeof offset === 'number' ? placeOf(article.text, offset) : undefined,
      'parser',
    );
  }
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
  for (const a of c.attributions) for (const e of attributionExcerpts(a)) add(a.source, e);
  for (const claim of c.claims as ClaimEntry[]) {
    for (const cov of claim.coverage) {
      if (!byId.has(cov.source)) throw new Error(`claim ${claim.id} names unknown source ${cov.source}`);
      cov.evidence.forEach((e, i) => {
        add(cov.source, { item: `claim ${claim.id} evidence ${i + 1}`, ...e });
        for (const x of creditExcerpts(e.credit)) add(cov.source, { ...x, item: `claim ${claim.id} evidence ${i + 1} ${x.item}` });
      });
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

/** The spans a credit shows: whom it credits, the cue, and whom that source cites. */
function creditExcerpts(c: Credit | null): LocatedExcerpt[] {
  if (!c) return [];
  const out: LocatedExcerpt[] = [{ item: 'credited source', ...c.credited }];
  if (c.cue) out.push({ item: 'credit cue', ...c.cue });
  if (c.citing) out.push({ item: 'credit citing', ...c.citing.credited });
  return out;
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
  // Id sets built once: a lookup per reference stays linear at a thousand articles.
  const idSets = new Map<CollectionName, Set<string>>();
  const has = (name: CollectionName, id: string | null) => {
    let ids = idSets.get(name);
    if (!ids) idSets.set(name, (ids = new Set((c[name] as { id: string }[]).map((e) => e.id))));
    return id === null || ids.has(id);
  };
  for (const q of c.quotes) {
    if (!has('people', q.personId)) throw new Error(`internal: quote ${q.id} names unknown person ${q.personId}`);
    if (!has('utterances', q.utterance)) throw new Error(`internal: quote ${q.id} names unknown utterance ${q.utterance}`);
  }
  for (const f of c.figures) if (!has('measures', f.group)) throw new Error(`internal: figure ${f.id} names unknown measure ${f.group}`);
  for (const a of c.attributions) if (!has('people', a.credited?.personId ?? null)) throw new Error(`internal: attribution ${a.id} names unknown person ${a.credited?.personId}`);
  for (const claim of c.claims)
    for (const e of claim.coverage.flatMap((v) => v.evidence)) {
      const refs = e.credit ? [e.credit, ...(e.credit.citing ? [e.credit.citing] : [])] : [];
      for (const r of refs) {
        if (!has('attributions', r.attribution)) throw new Error(`internal: claim ${claim.id} credits unknown attribution ${r.attribution}`);
        if (!has('people', r.credited.personId)) throw new Error(`internal: claim ${claim.id} credits unknown person ${r.credited.personId}`);
      }
    }
}
