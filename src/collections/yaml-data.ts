/**
 * Parse an editor-written YAML file and validate it with a zod schema, turning every
 * problem into a ContentError located at the offending node (file:line:column). Used for
 * content/articles/sources.yaml and content/claims.yaml.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError, type Place } from '../lib/content-error.ts';

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

  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const fix = typeof hint === 'function' ? hint(issue, path) : hint;
    throw new ContentError(file, `${pathLabel(path)}: ${issue.message}`, fix, placeOf(path));
  }
  return { data: result.data, placeOf };
}
