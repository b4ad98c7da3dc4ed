/**
 * Issue 16, case 1: a parser stage that throws (the stack overflow of a 125k-sentence block was one)
 * must fail loudly and located, never become an article with no sentences. The figures stage is
 * made to throw here; `extract` must rethrow naming the stage, and the build must stop naming the
 * article file and saying what to do.
 */
import { describe, expect, it, vi } from 'vitest';
import { root, scratch } from '../helpers/content-run.ts';

vi.mock('../../src/parse/figures.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/parse/figures.ts')>()),
  extractFigures: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { extract } = await import('../../src/parse/index.ts');
const { buildCollections } = await import('../../src/collections/build.ts');

describe('a parser stage that throws', () => {
  it('extract rethrows, naming the stage', () => {
    expect(() => extract('Talks resume\n\nThe range is 300 km.\n')).toThrow(/^figures stage: Maximum call stack size exceeded$/);
  });

  it('the build stops with a located error naming the article and the fix', () => {
    const s = scratch();
    let error: unknown;
    try {
      buildCollections({ root, articlesDir: s.articles, registryFile: s.registry });
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/articles\/financial-times\.txt: error: the parser failed on this article \(figures stage: Maximum call stack size exceeded\)\n\s+fix: this is a bug in src\/parse/);
  });
});
