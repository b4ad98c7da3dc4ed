/**
 * Read content/articles/: the metadata file and every article it names. Everything that
 * can be wrong with the input is caught here, before anything is parsed or written.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError } from '../lib/content-error.ts';
import { SourceMeta } from '../schema/index.ts';
import { parseYamlData } from './yaml-data.ts';

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
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode an article, refusing what is not text. Exported for the extract CLI. */
export function decodeArticle(bytes: Uint8Array, path: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length === 0) {
    throw new ContentError(path, 'the article file is empty', 'paste the article text into the file, or remove the file and its metadata entry');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(path, `the file contains a NUL byte at byte ${nul}: it looks binary, not text`, 'save the article as plain UTF-8 text (.txt)');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ContentError(
      path,
      `the file is not valid UTF-8 (first bad byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad})`,
      'convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.txt > out.txt`',
      placeOfByte(bytes, bad),
    );
  }
  // TextDecoder drops a leading BOM by default; keep offsets equal to the file's characters.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = '\uFEFF' + text;
    warnings.push(`${path}: starts with a UTF-8 byte-order mark; it is ignored`);
  }
  if (text.trim() === '') {
    throw new ContentError(path, 'the article file holds only whitespace', 'paste the article text into the file');
  }
  if (text.includes('\r')) warnings.push(`${path}: uses CR line ends; offsets count them as characters`);
  return { text, warnings };
}

/** Index of the byte at which a streaming UTF-8 decoder first fails (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      // The decoder fails on the byte that cannot continue a sequence; the bad sequence
      // begins at its lead byte, which is what a reader looking at the file wants.
      let k = i - 1;
      while (k >= 0 && (bytes[k]! & 0xc0) === 0x80) k--;
      return k >= 0 && bytes[k]! >= 0xc0 && (bytes[i]! & 0xc0) !== 0x80 ? k : i;
    }
  }
  return bytes.length - 1; // truncated sequence at the very end
}

function placeOfByte(bytes: Uint8Array, index: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) { line++; lineStart = i + 1; }
  return { line, column: index - lineStart + 1 };
}

const MetadataFile = z.array(SourceMeta).min(1, 'list at least one article');

export function readArticles(root: string, articlesDir: string): ReadResult {
  const metaPath = join(articlesDir, METADATA_FILE);
  // Paths in messages: relative to the project when inside it, absolute otherwise.
  const shown = (p: string) => {
    const r = relative(root, p);
    return r && !r.startsWith('..') ? r : p;
  };
  let metaSource: string;
  try {
    metaSource = readFileSync(metaPath, 'utf8');
  } catch {
    throw new ContentError(shown(metaPath), 'the article metadata file is missing', `create ${shown(metaPath)} with one entry per article (see the README, "Add an article")`);
  }
  const { data: metas, placeOf } = parseYamlData(
    metaSource,
    shown(metaPath),
    MetadataFile,
    'each entry needs slug, file, outlet, outletKnown, headline, date, url, identification {evidence, confidence}; see the README, "Add an article"',
  );

  const seenSlug = new Map<string, number>();
  const seenFile = new Map<string, number>();
  metas.forEach((m, i) => {
    const prior = seenSlug.get(m.slug);
    if (prior !== undefined) {
      throw new ContentError(shown(metaPath), `duplicate slug "${m.slug}" (entries ${prior + 1} and ${i + 1})`, 'give every article its own slug: slugs are permalinks', placeOf([i, 'slug']));
    }
    seenSlug.set(m.slug, i);
    const priorFile = seenFile.get(m.file);
    if (priorFile !== undefined) {
      throw new ContentError(shown(metaPath), `file "${m.file}" is listed twice (entries ${priorFile + 1} and ${i + 1})`, 'each article file has exactly one metadata entry', placeOf([i, 'file']));
    }
    seenFile.set(m.file, i);
  });

  const onDisk = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of onDisk) {
    if (!seenFile.has(f)) {
      throw new ContentError(shown(join(articlesDir, f)), 'this article has no metadata entry', `add an entry with file: ${f} to ${shown(metaPath)}`);
    }
  }

  const warnings: string[] = [];
  const articles = metas.map((meta, i) => {
    const path = join(articlesDir, meta.file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new ContentError(shown(metaPath), `entry "${meta.slug}" names ${meta.file}, which does not exist in ${shown(articlesDir)}`, 'add the article file or correct the file name', placeOf([i, 'file']));
    }
    const decoded = decodeArticle(bytes, shown(path));
    warnings.push(...decoded.warnings);
    return {
      meta,
      text: decoded.text,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      path: shown(path),
    };
  });
  return { articles, warnings };
}
