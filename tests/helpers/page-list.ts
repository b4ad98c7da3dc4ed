/** One representative URL per page type, from the built data (for browser checks). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pages } from './dist.ts';

const data = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../content/data', `${name}.json`), 'utf8')) as { id: string }[];

/** Every page in dist/ grouped by type (first path segment); one of each, plus the home page. */
export function pageTypes(): { type: string; path: string }[] {
  const byType = new Map<string, string>();
  for (const p of pages()) {
    const seg = p.path.split('/').filter(Boolean);
    const type = seg.length === 0 ? 'home' : seg.length === 1 ? seg[0]! : `${seg[0]}/*`;
    if (!byType.has(type)) byType.set(type, p.path);
  }
  return [...byType].map(([type, path]) => ({ type, path })).sort((a, b) => a.type.localeCompare(b.type));
}

export const allPaths = () => pages().map((p) => p.path);
export { data };
