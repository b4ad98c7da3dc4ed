import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/content-run.ts';

const articles = join(root, 'content/articles');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const manifest = readFileSync(join(articles, 'SHA256SUMS'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split(/\s+/) as [string, string]);

describe('content/articles', () => {
  it('has exactly the articles of the manifest, byte-identical', () => {
    const files = readdirSync(articles).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(manifest.map(([, f]) => f).sort());
    for (const [hash, f] of manifest) expect(sha(join(articles, f)), f).toBe(hash);
  });

  it('is byte-identical to the originals in ../shared/articles when they are present', () => {
    const meta = parse(readFileSync(join(articles, 'sources.yaml'), 'utf8')) as { file: string; originalFile: string }[];
    const shared = join(root, '../shared/articles');
    if (!existsSync(shared)) return; // a clone without shared/: the manifest test above still holds
    for (const m of meta) expect(sha(join(articles, m.file)), m.file).toBe(sha(join(shared, m.originalFile)));
  });
});
