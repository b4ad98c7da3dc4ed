/**
 * The story the site compares (content/story.yaml, written by the editor), read once per build
 * and checked with its zod schema: a bad file stops the build with its line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlData } from '../collections/yaml-data.ts';
import { Story } from '../schema/index.ts';
import { loadSite } from './site.ts';
import { storyView, type StoryView } from './views/story.ts';

export const STORY_FILE = 'content/story.yaml';

let cached: Story | undefined;

export function loadStory(root = process.cwd()): Story {
  cached ??= parseYamlData(readFileSync(join(root, STORY_FILE), 'utf8'), STORY_FILE, Story, 'give name, siteName, event and summary, each a non-empty text (see the comments at the top of the file)').data;
  return cached;
}

/** The story as pages show it: the editor's words and the number of outlets in the data. */
export async function siteStory(): Promise<StoryView> {
  return storyView(loadStory(), (await loadSite()).sources.length);
}
