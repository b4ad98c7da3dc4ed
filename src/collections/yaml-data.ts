/**
 * Parse an editor-written YAML file and validate it with a zod schema, turning every
 * problem into a ContentError located at the offending node (file:line:column). Used for
 * content/articles/sources.yaml and content/claims.yaml.
 */
import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, type Place } from '../diagnostics/content-error.ts';
import { message } from '../diagnostics/message.ts';

export type DataPath = (string | number)[];

export interface LocatedData<T> {
  data: T;
  /** Where a value sits in the file; a missing key is reported at its parent. */
  placeOf(path: DataPath): Place | undefined;
}

/** The fix to suggest for a schema issue: a fixed text, or one chosen per issue. */
export type Hint = string | ((issue: z.core.$ZodIssue, path: DataPath) => string);

export function pathLabel(path: DataPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(top level)';
}

export function parseYamlData<S extends z.ZodType>(source: string, file: string, schema: S, hint: Hint): LocatedData<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ContentError(
      file,
      `YAML syntax: ${first.message.split('\n')[0]}`,
      'check indentation (spaces, not tabs), the colon after each key, and that quotes and brackets are closed',
      { line: pos.line, column: pos.col },
    );
  }

  const placeOf = (path: DataPath): Place | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return undefined;
  };

  const result = schema.safeParse(toJS(doc, file, source.length, (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  }));
  if (!result.success) {
    // Every issue, each at its node, so an editor fixes the file in one round (Starlight's error map does the same).
    throw ContentError.of(
      result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const fix = typeof hint === 'function' ? hint(issue, path) : hint;
        return message(file, `${pathLabel(path)}: ${issue.message}`, fix, { place: placeOf(path), ruleId: 'schema' });
      }),
    );
  }
  return { data: result.data, placeOf };
}

/**
 * The document as plain data. yaml's default refuses more than 100 alias expansions (a guard
 * against "billion laughs"), but `yaml.stringify` itself writes an alias for every shared value,
 * so a legal registry can have hundreds. Allow up to 50 per KB of source: that still stops an
 * exponential expansion, and a refusal is reported with the file and the first alias.
 */
function toJS(doc: Document.Parsed, file: string, size: number, lineAt: (offset: number) => Place): unknown {
  const maxAliasCount = Math.max(100, Math.ceil(size / 1024) * 50);
  try {
    return doc.toJS({ maxAliasCount });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let at: Place | undefined;
    visit(doc, {
      Alias(_key, node) {
        if (node.range) at = lineAt(node.range[0]);
        return visit.BREAK;
      },
    });
    throw new ContentError(
      file,
      `YAML aliases (*name) expand to more than ${maxAliasCount} values: the file would grow too large to read`,
      'write the repeated values out instead of using anchors (&name) and aliases (*name), or use fewer aliases of large values',
      at,
    );
  }
}
