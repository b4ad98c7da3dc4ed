/**
 * Loading the editorial claim registry (content/claims.yaml). Every problem is reported as a
 * ContentError located at the offending YAML node (file:line:column) with a fix hint, because the
 * people editing this file are editors, not programmers.
 */
import { parseDocument, isNode, type Document } from 'yaml';
import { Registry } from '../schema/index.ts';
import { ContentError, placeOf } from '../lib/content-error.ts';

type Path = (string | number)[];

/** The position of the deepest existing node on `path` (a missing key is reported at its parent). */
function placeOfPath(doc: Document, text: string, path: Path): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return placeOf(text, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function pathLabel(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(root)';
}

export function loadRegistry(yamlText: string, file: string): Registry {
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ContentError(
      file,
      `YAML syntax error: ${e.message.split('\n')[0]}`,
      'check indentation (spaces, not tabs), the colon after each key, and that quotes and brackets are closed',
      placeOf(yamlText, e.pos[0]),
    );
  }
  const parsed = Registry.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const key = path[path.length - 1];
    const hint =
      issue.code === 'unrecognized_keys'
        ? `remove or rename the key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed claim keys are slug, statement, topic, hints (terms, entities, measures), notes, formerSlugs`
        : key === 'slug' || key === 'topic' || (path.includes('formerSlugs') && typeof key === 'number')
          ? 'use lowercase letters, digits and single hyphens, e.g. "atacms-range"'
          : issue.code === 'invalid_type'
            ? `give "${pathLabel(path)}" a value of the expected type (${issue.expected})`
            : 'see the comment at the top of content/claims.yaml for the expected shape';
    throw new ContentError(file, `${pathLabel(path)}: ${issue.message}`, hint, placeOfPath(doc, yamlText, path));
  }
  const registry = parsed.data;

  const topics = new Set<string>();
  registry.topics.forEach((t, i) => {
    if (topics.has(t.id))
      throw new ContentError(file, `duplicate topic id "${t.id}"`, 'give every topic its own id', placeOfPath(doc, yamlText, ['topics', i, 'id']));
    topics.add(t.id);
  });
  const slugs = new Map<string, number>();
  registry.claims.forEach((c, i) => {
    const first = slugs.get(c.slug);
    if (first !== undefined)
      throw new ContentError(
        file,
        `duplicate claim slug "${c.slug}" (first used by claims[${first}])`,
        'slugs are permalinks and must be unique: rename one and keep the old name in its formerSlugs',
        placeOfPath(doc, yamlText, ['claims', i, 'slug']),
      );
    slugs.set(c.slug, i);
    if (!topics.has(c.topic))
      throw new ContentError(
        file,
        `claim "${c.slug}" has unknown topic "${c.topic}"`,
        `use one of the topic ids listed under "topics": ${[...topics].join(', ')}`,
        placeOfPath(doc, yamlText, ['claims', i, 'topic']),
      );
  });
  const former = new Map<string, string>();
  registry.claims.forEach((c, i) => {
    c.formerSlugs.forEach((f, j) => {
      if (slugs.has(f))
        throw new ContentError(
          file,
          `formerSlugs of "${c.slug}" contains "${f}", which is the slug of a current claim`,
          'a former slug redirects to this claim, so it cannot also be a live claim: remove it from formerSlugs or rename the other claim',
          placeOfPath(doc, yamlText, ['claims', i, 'formerSlugs', j]),
        );
      const other = former.get(f);
      if (other !== undefined && other !== c.slug)
        throw new ContentError(
          file,
          `former slug "${f}" is claimed by both "${other}" and "${c.slug}"`,
          'an old link can redirect to only one claim: keep it on one of them',
          placeOfPath(doc, yamlText, ['claims', i, 'formerSlugs', j]),
        );
      former.set(f, c.slug);
    });
  });
  return registry;
}
