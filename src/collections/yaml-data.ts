/**
 * Parse an editor-written YAML file and validate it with a zod schema, turning every
 * problem into a ContentError located at the offending node (file:line:column).
 */
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../lib/content-error.ts';

export interface LocatedData<T> {
  data: T;
  /** Where a value sits in the file: path (e.g. [2, 'slug']) → line and column. */
  placeOf(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export function parseYamlData<S extends z.ZodType>(
  source: string,
  file: string,
  schema: S,
  hint: string,
): LocatedData<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ContentError(
      file,
      `YAML syntax: ${first.message.split('\n')[0]}`,
      'check indentation, colons and quoting on that line (a YAML linter shows the exact problem)',
      { line: pos.line, column: pos.col },
    );
  }

  const placeOf = (path: readonly PropertyKey[]) => {
    // Walk up the path until a node exists: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
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
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const field = path.length ? path.join('.') : '(top level)';
    throw new ContentError(file, `${field}: ${issue.message}`, hint, placeOf(path));
  }
  return { data: result.data, placeOf };
}
