/**
 * The public surface of the parser and the aligner, pinned as the unified packages pin theirs
 * (remark's `Object.keys(await import(pkg))`): adding or removing an export is a decision that
 * shows up here, so internals can stop exporting and callers go through the entry.
 * (tests/unit/fuzz-stages.test.ts reaches the parser's stages directly on purpose: it fuzzes each.)
 *
 * Also the layers: every relative import in src/ is checked against the one-way order
 * parse → align → collections → pages (LAYERS below, as each folder's header comment says), and
 * another layer reaches the parser and the aligner only through their entries (index.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('public surface', () => {
  it('src/parse/index.ts', async () => {
    expect(Object.keys(await import('../../src/parse/index.ts')).sort()).toEqual(['ParseError', 'extract', 'parseBlocks', 'segment']);
  });
  it('src/align/index.ts', async () => {
    expect(Object.keys(await import('../../src/align/index.ts')).sort()).toEqual(['ASSIGN', 'HIGH_CONFIDENCE', 'NEAREST', 'SHOW_CONFIDENCE', 'TUNING_GRID', 'align', 'assignClaims', 'decide', 'figuresDiffer']);
  });
  it('src/diagnostics/index.ts', async () => {
    expect(Object.keys(await import('../../src/diagnostics/index.ts')).sort()).toEqual(['ContentError', 'formatMessage', 'message', 'placeOf', 'rangeOf', 'stringifyPlace']);
  });
});

/**
 * What each top-level folder of src/ may import from the others (its own files always). Base
 * folders import no layer; parse and align see one article or the extractions as data;
 * collections runs them and writes files; lib (views, client) and the templates read what it wrote.
 * `.` is src/'s own files (content.config.ts).
 */
const BASE = ['schema', 'util', 'diagnostics', 'lexicon'];
const SITE = [...BASE, 'lib', 'components', 'layouts', 'styles'];
const LAYERS: Record<string, string[]> = {
  schema: [],
  util: [],
  diagnostics: [],
  lexicon: ['schema'],
  parse: ['schema', 'lexicon', 'util'],
  align: ['schema', 'lexicon', 'util'],
  review: ['schema', 'util', 'align'],
  eval: [...BASE, 'parse'],
  collections: [...BASE, 'parse', 'align', 'review'],
  lib: [...BASE, 'align', 'collections'],
  components: SITE,
  layouts: SITE,
  pages: SITE,
  styles: [],
  '.': ['schema'],
};
/** Folders whose files other layers may import only through index.ts. */
const ENTRY_ONLY = ['parse', 'align'];

const SRC = join(import.meta.dirname, '../../src');
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Top-level folder of a path inside src/ ('.' for src/'s own files). */
const layerOf = (file: string) => {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? '.' : parts[0]!;
};

/** Every relative import of a source text (static, re-exports and dynamic), as written. */
function relativeImports(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** The imports of `file` (with `text`) that break LAYERS or ENTRY_ONLY, as "from → to" lines. */
function violations(file: string, text: string): string[] {
  const from = layerOf(file);
  return relativeImports(text).flatMap((spec) => {
    const target = resolve(dirname(file), spec);
    const to = layerOf(target);
    if (to === from) return [];
    const shown = `${relative(SRC, file)} → ${relative(SRC, target)}`;
    if (!(LAYERS[from] ?? []).includes(to)) return [`${shown}: ${from} may not import ${to}`];
    if (ENTRY_ONLY.includes(to) && relative(join(SRC, to), target) !== 'index.ts') return [`${shown}: only through ${to}/index.ts`];
    return [];
  });
}

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|mts|astro)$/.test(n) ? [p] : [];
  });

describe('layers run one way: parse → align → collections → pages', () => {
  const files = sources(SRC);

  it('every folder of src/ has a rule', () => {
    expect([...new Set(files.map(layerOf))].filter((l) => !(l in LAYERS))).toEqual([]);
  });

  it('finds the imports it checks (so the check can fail)', () => {
    expect(relativeImports(`import { a } from '../align/index.ts';\nimport type { B } from "./b.ts";\nexport { c } from '../util/index.ts';\nconst d = await import('../lib/data.ts');\nimport '../styles/x.css';`)).toEqual([
      '../align/index.ts',
      './b.ts',
      '../util/index.ts',
      '../lib/data.ts',
      '../styles/x.css',
    ]);
    expect(violations(join(SRC, 'parse/x.ts'), `import { align } from '../align/index.ts';`)).toEqual(['parse/x.ts → align/index.ts: parse may not import align']);
    expect(violations(join(SRC, 'collections/x.ts'), `import type { T } from '../align/review.ts';`)).toEqual(['collections/x.ts → align/review.ts: only through align/index.ts']);
    expect(violations(join(SRC, 'pages/x.astro'), `---\nimport { extract } from '../parse/index.ts';\n---`)).toEqual(['pages/x.astro → parse/index.ts: pages may not import parse']);
  });

  it('no file in src/ imports against the order', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => violations(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
