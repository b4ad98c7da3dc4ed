/**
 * Read content/articles/: the metadata file and every article it names. Everything that
 * can be wrong with the input is caught here, before anything is parsed or written.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, message, placeOf as placeOfOffset, type Message } from '../diagnostics/index.ts';
import { decodeUtf8 } from './decode.ts';
import { readInputFile } from './input-file.ts';
import { detectMarkup, markupFix } from './markup.ts';
import { SourceMeta } from '../schema/index.ts';
import { parseYamlData, type LocatedData } from './yaml-data.ts';

type YamlPlaceOf = LocatedData<unknown>['placeOf'];

export const METADATA_FILE = 'sources.yaml';

export interface ArticleInput {
  meta: SourceMeta;
  /** The decoded text, exactly as in the file (a BOM, if any, is kept so offsets match the file). */
  text: string;
  sha256: string;
  /** Path shown in messages, relative to the project root. */
  path: string;
}

export interface ReadResult {
  articles: ArticleInput[];
  warnings: Message[];
}

/** Decode an article, refusing what is not prose text. Exported for the extract CLI. */
export function decodeArticle(bytes: Uint8Array, path: string, allowMarkup = false): { text: string; warnings: Message[] } {
  const warnings: Message[] = [];
  const warn = (ruleId: string, reason: string, fix: string) => warnings.push(message(path, reason, fix, { severity: 'warning', ruleId }));
  if (bytes.length === 0) {
    throw new ContentError(path, 'the article file is empty', 'paste the article text into the file, or remove the file and its metadata entry');
  }
  const { text, bom } = decodeUtf8(bytes, path);
  if (bom) warn('byte-order-mark', 'starts with a UTF-8 byte-order mark; it is ignored', 'none needed; re-save without the mark to silence this');
  if (text.trim() === '') { // trim() also removes a BOM
    throw new ContentError(path, 'the article file holds only whitespace', 'paste the article text into the file');
  }
  const markup = detectMarkup(text);
  if (markup && allowMarkup) warn('markup-kept', `looks like ${markup.kind}; kept as text (--allow-markup)`, 'none needed when the article is about markup; otherwise paste its plain text');
  else if (markup) {
    throw new ContentError(path, `this looks like ${markup.kind} (${JSON.stringify(markup.sample)}), not an article's text`, markupFix(markup.kind), placeOfOffset(text, markup.offset));
  }
  if (text.includes('\r')) warn('cr-line-ends', 'uses CR line ends; offsets count them as characters', 'none needed; re-save with LF line ends to silence this');
  return { text, warnings };
}

const MetadataFile = z.array(SourceMeta).min(1, 'list at least one article');

export function readArticles(root: string, articlesDir: string, allowMarkup = false): ReadResult {
  const metaPath = join(articlesDir, METADATA_FILE);
  // Paths in messages: relative to the project when inside it, absolute otherwise.
  const shown = (p: string) => {
    const r = relative(root, p);
    return r && !r.startsWith('..') ? r : p;
  };
  const metaSource = readYamlSource(metaPath, shown(metaPath), 'article metadata file', `create ${shown(metaPath)} with one entry per article (see the README, "Add an article")`);
  const { data: metas, placeOf } = parseYamlData(
    metaSource,
    shown(metaPath),
    MetadataFile,
    'each entry needs slug, file, outlet, outletKnown, headline, date, url, identification {evidence, confidence}; see the README, "Add an article"',
  );

  checkUniqueEntries(metas, placeOf, shown(metaPath));
  checkStrayFiles(articlesDir, new Set(metas.map((m) => m.file)), shown, shown(metaPath));

  const warnings: Message[] = [];
  const bySha = new Map<string, string>();
  const articles = metas.map((meta, i) => {
    const article = readOneArticle(meta, { articlesDir, shown, metaShown: shown(metaPath), allowMarkup, at: placeOf([i, 'file']) });
    warnings.push(...article.warnings);
    checkNotTwin(article, bySha, shown(metaPath));
    return { meta, text: article.text, sha256: article.sha256, path: article.path };
  });
  return { articles, warnings };
}

/** Slugs are permalinks and a file has one entry: the first repeat of either stops the build. */
function checkUniqueEntries(metas: readonly SourceMeta[], placeOf: YamlPlaceOf, metaShown: string): void {
  const seenSlug = new Map<string, number>();
  const seenFile = new Map<string, number>();
  metas.forEach((m, i) => {
    const prior = seenSlug.get(m.slug);
    if (prior !== undefined) {
      throw new ContentError(metaShown, `duplicate slug "${m.slug}" (entries ${prior + 1} and ${i + 1})`, 'give every article its own slug: slugs are permalinks', placeOf([i, 'slug']));
    }
    seenSlug.set(m.slug, i);
    const priorFile = seenFile.get(m.file);
    if (priorFile !== undefined) {
      throw new ContentError(metaShown, `file "${m.file}" is listed twice (entries ${priorFile + 1} and ${i + 1})`, 'each article file has exactly one metadata entry', placeOf([i, 'file']));
    }
    seenFile.set(m.file, i);
  });
}

interface ReadContext {
  articlesDir: string;
  shown: (p: string) => string;
  metaShown: string;
  allowMarkup: boolean;
  /** Where the entry's `file:` stands in the metadata file, for "does not exist". */
  at: ReturnType<YamlPlaceOf>;
}

/** One entry's file: read, decoded and hashed; a missing file is reported at its metadata entry. */
function readOneArticle(meta: SourceMeta, ctx: ReadContext): { text: string; sha256: string; path: string; warnings: Message[] } {
  const path = join(ctx.articlesDir, meta.file);
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(path, { shown: ctx.shown(path), inside: ctx.articlesDir, what: 'article file', missingFix: '' });
  } catch (e) {
    if (e instanceof ContentError && /does not exist$/.test(e.message)) {
      throw new ContentError(ctx.metaShown, `entry "${meta.slug}" names ${meta.file}, which does not exist in ${ctx.shown(ctx.articlesDir)}`, 'add the article file or correct the file name', ctx.at);
    }
    throw e;
  }
  const decoded = decodeArticle(bytes, ctx.shown(path), ctx.allowMarkup);
  return { text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex'), path: ctx.shown(path), warnings: decoded.warnings };
}

/** Two byte-identical files would make every passage count as reported by two outlets. */
function checkNotTwin(article: { sha256: string; path: string }, bySha: Map<string, string>, metaShown: string): void {
  const { sha256, path } = article;
  const twin = bySha.get(sha256);
  if (twin !== undefined) {
    throw new ContentError(
      path,
      `this article is byte-identical to ${twin} (same SHA-256 ${sha256.slice(0, 12)}…): every passage would count as reported by two outlets`,
      `remove the copy and its entry in ${metaShown}; if two outlets really ran the same text, keep one file and name both in its outlet and identification.evidence`,
    );
  }
  bySha.set(sha256, path);
}

/** A file in the folder that no entry names: an article without metadata, or a stray file. */
function checkStrayFiles(articlesDir: string, listed: ReadonlySet<string>, shown: (p: string) => string, metaShown: string): void {
  const onDisk = readdirSync(articlesDir).filter((f) => /\.txt$/i.test(f)).sort();
  for (const f of onDisk) {
    if (listed.has(f)) continue;
    const valid = FILE_NAME.test(f);
    const name = valid ? f : suggestedName(f);
    const fix = valid
      ? `add an entry with file: ${f} to ${metaShown}, or move the file out of ${shown(articlesDir)}`
      : `article files are named "<slug>.txt" in lowercase letters, digits and hyphens: rename it (mv "${shown(join(articlesDir, f))}" ${shown(join(articlesDir, name))}) and add an entry with file: ${name} to ${metaShown}, or move it out of ${shown(articlesDir)}`;
    throw new ContentError(shown(join(articlesDir, f)), 'this article has no metadata entry', fix);
  }
}

/** The schema's file-name rule (SourceMeta.file). */
const FILE_NAME = /^[a-z0-9-]+\.txt$/;

/** "My Draft (2).TXT" → "my-draft-2.txt": a name the file-name rule accepts. */
function suggestedName(file: string): string {
  const base = file.replace(/\.txt$/i, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${base || 'article'}.txt`;
}

/** An editor-written YAML file, read as strictly as an article (regular file, valid UTF-8). */
export function readYamlSource(path: string, shownPath: string, what: string, missingFix: string): string {
  const bytes = readInputFile(path, { shown: shownPath, what, missingFix, maxBytes: 4 * 1024 * 1024 });
  const { text, bom } = decodeUtf8(bytes, shownPath);
  return bom ? text.slice(1) : text;
}
