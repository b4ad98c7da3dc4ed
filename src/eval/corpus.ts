/**
 * Read one corpus folder (index.json, gold/*.json, articles/*.txt) into documents the scorers take.
 * Everything wrong with the folder is an EvalError naming the file (line:column for JSON syntax, the JSON
 * path for a schema mismatch, the span for an offset that does not slice the text) and how to fix it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { findNodeAtLocation, parse, parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { ContentError, placeOf } from '../diagnostics/index.ts';
import { CorpusIndex, GoldDocument } from './gold.ts';

export interface CorpusDocument {
  id: string;
  text: string;
  gold: GoldDocument;
}

export interface Corpus {
  name: string;
  dir: string;
  documents: CorpusDocument[];
}

/** A bad corpus: printed as `file[:line:col]: error: … fix: …`, never as a stack trace. */
export class EvalError extends ContentError {}

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
const shown = (p: string) => {
  const r = relative(process.cwd(), p);
  return r === '' || r.startsWith('..') ? resolve(p) : r;
};

interface JsonFile {
  file: string;
  raw: string;
  data: unknown;
}

function readJson(file: string): JsonFile {
  const raw = readFileSync(file, 'utf8');
  try {
    return { file, raw, data: JSON.parse(raw) };
  } catch (e) {
    // JSON.parse's message gives no position for some errors; jsonc-parser's scanner always does.
    const errors: ParseError[] = [];
    parse(raw, errors, { disallowComments: true, allowTrailingComma: false });
    const offset = errors[0]?.offset ?? Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? 0);
    throw new EvalError(shown(file), `not valid JSON (${(e as Error).message})`, 'fix the JSON syntax at that place', placeOf(raw, offset));
  }
}

/** Offset in the raw JSON of the value at `path`, or of its nearest existing ancestor (a missing key is reported on its object). */
function offsetOf(raw: string, path: (string | number)[]): number {
  const tree = parseTree(raw);
  if (!tree) return 0;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node.offset;
  }
  return 0;
}

function parseWith<T extends z.ZodType>(schema: T, json: JsonFile): z.infer<T> {
  const r = schema.safeParse(json.data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const path = keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
  const place = placeOf(json.raw, offsetOf(json.raw, keys));
  throw new EvalError(shown(json.file), `${path || '(top level)'}: ${issue.message}`, 'make the file follow the gold format in ../shared/corpora/README.md', place);
}

/** Every span of the gold must slice the article text to its `text`, or scores would compare the wrong strings. */
function checkSpans(doc: GoldDocument, text: string, json: JsonFile): void {
  type Spanned = { start: number; end: number; text: string };
  const spans: [(string | number)[], Spanned][] = [
    ...doc.quotes.map((q, i): [(string | number)[], Spanned] => [['quotes', i], q]),
    ...doc.non_quotes.map((q, i): [(string | number)[], Spanned] => [['non_quotes', i], q]),
  ];
  doc.attributions.forEach((a, i) => {
    for (const [field, part] of [['source', a.source], ['cue', a.cue], ['content', a.content]] as const) {
      part?.spans.forEach((s, k) => spans.push([['attributions', i, field, 'spans', k], s]));
    }
  });
  for (const [path, s] of spans) {
    if (s.end < s.start || s.end > text.length || text.slice(s.start, s.end) !== s.text) {
      const where = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1);
      throw new EvalError(
        shown(json.file),
        `${where}: offsets ${s.start}–${s.end} do not slice the article to ${JSON.stringify(s.text.slice(0, 40))}`,
        `correct the offsets (UTF-16 indices into ${doc.text_file}) or the text`,
        placeOf(json.raw, offsetOf(json.raw, path)),
      );
    }
  }
}

function documentIds(dir: string): string[] {
  const index = join(dir, 'index.json');
  if (existsSync(index)) {
    const ids = parseWith(CorpusIndex, readJson(index)).articles?.map((a) => a.id);
    if (ids && ids.length > 0) return ids;
  }
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => basename(f, '.json'));
}

function readDocument(dir: string, id: string): CorpusDocument {
  const file = join(dir, 'gold', `${id}.json`);
  if (!existsSync(file)) throw new EvalError(shown(file), `index.json lists "${id}" but there is no gold file for it`, 'add the gold file or remove the entry from index.json');
  const json = readJson(file);
  const gold = parseWith(GoldDocument, json);
  const textFile = join(dir, gold.text_file);
  if (!existsSync(textFile)) throw new EvalError(shown(file), `text_file: ${gold.text_file} does not exist`, 'add the article text or correct text_file');
  const text = readFileSync(textFile, 'utf8');
  if (gold.text_length !== undefined && gold.text_length !== text.length) {
    throw new EvalError(shown(file), `text_length is ${gold.text_length} but ${gold.text_file} has ${text.length} characters`, 'regenerate the gold from the text it annotates');
  }
  checkSpans(gold, text, json);
  return { id, text, gold };
}

/** True when `dir` looks like a corpus (has a gold/ folder). */
export function isCorpus(dir: string): boolean {
  return existsSync(join(dir, 'gold')) && statSync(join(dir, 'gold')).isDirectory();
}

export function readCorpus(dir: string): Corpus {
  if (!existsSync(dir)) throw new EvalError(shown(dir), 'no such folder', 'pass the path of a corpus folder (one with gold/ and articles/)');
  if (!isCorpus(dir)) throw new EvalError(shown(dir), 'not a corpus folder: it has no gold/ subfolder', 'pass a folder in the format of ../shared/corpora/README.md');
  const documents = documentIds(dir).map((id) => readDocument(dir, id));
  return { name: basename(dir.replace(/\/+$/, '')), dir, documents };
}

/** The corpora under `root` (each subfolder with gold/), sorted by name; [] when root is absent. */
export function findCorpora(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((f) => join(root, f))
    .filter((p) => statSync(p).isDirectory() && isCorpus(p))
    .sort();
}
