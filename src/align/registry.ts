/**
 * Loading the editorial claim registry (content/claims.yaml). Every problem is reported as a
 * ContentError located at the offending YAML node (file:line:column) with a fix hint, because the
 * people editing this file are editors, not programmers.
 */
import { Registry } from '../schema/index.ts';
import { ContentError } from '../lib/content-error.ts';
import { parseYamlData, pathLabel, type Hint } from '../collections/yaml-data.ts';

const hint: Hint = (issue, path) => {
  const key = path[path.length - 1];
  return issue.code === 'unrecognized_keys'
    ? `remove or rename the key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed claim keys are slug, statement, topic, hints (terms, entities, measures), notes, formerSlugs`
    : key === 'slug' || key === 'topic' || (path.includes('formerSlugs') && typeof key === 'number')
      ? 'use lowercase letters, digits and single hyphens, e.g. "atacms-range"'
      : issue.code === 'invalid_type'
        ? `give "${pathLabel(path)}" a value of the expected type (${issue.expected})`
        : 'see the comment at the top of content/claims.yaml for the expected shape';
};

export function loadRegistry(yamlText: string, file: string): Registry {
  const { data: registry, placeOf } = parseYamlData(yamlText, file, Registry, hint);

  const topics = new Set<string>();
  registry.topics.forEach((t, i) => {
    if (topics.has(t.id))
      throw new ContentError(file, `duplicate topic id "${t.id}"`, 'give every topic its own id', placeOf(['topics', i, 'id']));
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
        placeOf(['claims', i, 'slug']),
      );
    slugs.set(c.slug, i);
    if (!topics.has(c.topic))
      throw new ContentError(
        file,
        `claim "${c.slug}" has unknown topic "${c.topic}"`,
        `use one of the topic ids listed under "topics": ${[...topics].join(', ')}`,
        placeOf(['claims', i, 'topic']),
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
          placeOf(['claims', i, 'formerSlugs', j]),
        );
      const other = former.get(f);
      if (other !== undefined && other !== c.slug)
        throw new ContentError(
          file,
          `former slug "${f}" is claimed by both "${other}" and "${c.slug}"`,
          'an old link can redirect to only one claim: keep it on one of them',
          placeOf(['claims', i, 'formerSlugs', j]),
        );
      former.set(f, c.slug);
    });
  });
  return registry;
}
