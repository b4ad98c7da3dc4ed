/**
 * Loading the editorial claim registry (content/claims.yaml). Every problem is reported as a
 * located message at the offending YAML node (file:line:column) with a fix hint, because the
 * people editing this file are editors, not programmers.
 */
import { Registry } from '../schema/index.ts';
import { ContentError, message, type Message, type Point } from '../diagnostics/index.ts';
import { parseYamlData, pathLabel, type DataPath, type Hint } from './yaml-data.ts';

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

/**
 * The registry, checked: every duplicate topic or slug, unknown topic and clashing former slug is
 * reported at its node, all of them in one error (an editor fixes them in one round).
 */
export function loadRegistry(yamlText: string, file: string): Registry {
  return loadRegistryLocated(yamlText, file).registry;
}

/** loadRegistry, plus where each claim sits in the file (for warnings about a claim). */
export function loadRegistryLocated(yamlText: string, file: string): { registry: Registry; placeOfClaim: (slug: string) => Point | undefined } {
  const { data: registry, placeOf } = parseYamlData(yamlText, file, Registry, hint);
  const found: Message[] = [];
  const report = (ruleId: string, reason: string, fix: string, path: DataPath) =>
    found.push(message(file, reason, fix, { place: placeOf(path), ruleId }));
  const topics = checkTopics(registry, report);
  const slugs = checkSlugs(registry, topics, report);
  checkFormerSlugs(registry, slugs, report);
  if (found.length) throw ContentError.of(found);
  const index = new Map(registry.claims.map((c, i) => [c.slug, i]));
  return { registry, placeOfClaim: (slug) => (index.has(slug) ? placeOf(['claims', index.get(slug)!, 'slug']) : undefined) };
}

type Report = (ruleId: string, reason: string, fix: string, path: DataPath) => void;

function checkTopics(registry: Registry, report: Report): Set<string> {
  const topics = new Set<string>();
  registry.topics.forEach((t, i) => {
    if (topics.has(t.id)) report('duplicate-topic', `duplicate topic id "${t.id}"`, 'give every topic its own id', ['topics', i, 'id']);
    topics.add(t.id);
  });
  return topics;
}

function checkSlugs(registry: Registry, topics: Set<string>, report: Report): Map<string, number> {
  const slugs = new Map<string, number>();
  registry.claims.forEach((c, i) => {
    const first = slugs.get(c.slug);
    if (first !== undefined)
      report(
        'duplicate-slug',
        `duplicate claim slug "${c.slug}" (first used by claims[${first}])`,
        'slugs are permalinks and must be unique: rename one and keep the old name in its formerSlugs',
        ['claims', i, 'slug'],
      );
    else slugs.set(c.slug, i);
    if (!topics.has(c.topic))
      report('unknown-topic', `claim "${c.slug}" has unknown topic "${c.topic}"`, `use one of the topic ids listed under "topics": ${[...topics].join(', ')}`, ['claims', i, 'topic']);
  });
  return slugs;
}

function checkFormerSlugs(registry: Registry, slugs: Map<string, number>, report: Report): void {
  const former = new Map<string, string>();
  registry.claims.forEach((c, i) => {
    c.formerSlugs.forEach((f, j) => {
      const at: DataPath = ['claims', i, 'formerSlugs', j];
      if (slugs.has(f))
        report(
          'former-slug-live',
          `formerSlugs of "${c.slug}" contains "${f}", which is the slug of a current claim`,
          'a former slug redirects to this claim, so it cannot also be a live claim: remove it from formerSlugs or rename the other claim',
          at,
        );
      const other = former.get(f);
      if (other !== undefined && other !== c.slug)
        report('former-slug-shared', `former slug "${f}" is claimed by both "${other}" and "${c.slug}"`, 'an old link can redirect to only one claim: keep it on one of them', at);
      former.set(f, c.slug);
    });
  });
}
