/**
 * The provenance gate: the build refuses any excerpt that is not the article text at its
 * offsets, naming the item, the file and the position.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkExcerpts } from '../../src/collections/provenance.ts';
import { ContentError } from '../../src/diagnostics/index.ts';
import { root } from '../helpers/content-run.ts';

const text = 'First line.\nHe said “we will act” on Sunday.\n';

describe('checkExcerpts', () => {
  it('passes excerpts that equal the text at their offsets, and counts them', () => {
    expect(checkExcerpts('a.txt', text, [{ item: 'quote q1', start: 21, end: 32, text: 'we will act' }])).toBe(1);
  });

  it('refuses a shifted excerpt, naming item, file, line and column and what it found', () => {
    let error: unknown;
    try {
      checkExcerpts('a.txt', text, [{ item: 'quote q1', start: 22, end: 33, text: 'we will act' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(String(error)).toMatch(/^a\.txt:2:11-2:22: error: quote q1: excerpt "we will act" does not equal the article text at 22–33 \(found "e will act”"\)/);
  });

  it('reports every mismatch in the file, each with its range, not only the first', () => {
    let error: ContentError | undefined;
    try {
      checkExcerpts('a.txt', text, [
        { item: 'quote q1', start: 22, end: 33, text: 'we will act' },
        { item: 'quote q2', start: 0, end: 5, text: 'First' },
        { item: 'figure f1', start: 1, end: 6, text: 'First' },
      ]);
    } catch (e) {
      error = e as ContentError;
    }
    expect(error?.messages.map((m) => [m.ruleId, m.severity, m.reason.split(':')[0]])).toEqual([
      ['provenance', 'error', 'quote q1'],
      ['provenance', 'error', 'figure f1'],
    ]);
    expect(String(error).split('\n').filter((l) => /: error: /.test(l))).toHaveLength(2);
    expect(String(error)).toMatch(/^a\.txt:1:2-1:7: error: figure f1/m);
  });

  it('refuses offsets outside the text', () => {
    expect(() => checkExcerpts('a.txt', text, [{ item: 'figure f1', start: 40, end: 90, text: 'x' }])).toThrow(/figure f1: .*offsets outside the text/);
  });
});

describe('the build', () => {
  it('stops when the parser reports an excerpt that is not in the article', async () => {
    vi.resetModules();
    vi.doMock('../../src/parse/index.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/parse/index.ts')>();
      return {
        extract: (t: string) => {
          const x = real.extract(t);
          const q = x.quotes[0];
          // One character off: the kind of bug the gate exists for.
          return q ? { ...x, quotes: [{ ...q, start: q.start + 1, end: q.end + 1 }, ...x.quotes.slice(1)] } : x;
        },
      };
    });
    const { buildCollections } = await import('../../src/collections/build.ts');
    // A fresh module graph has its own ContentError class: compare by name.
    expect(() => buildCollections({ root })).toThrow(expect.objectContaining({ name: 'ContentError', file: 'content/articles/financial-times.txt' }));
    expect(() => buildCollections({ root })).toThrow(/quote [a-z-]+-q1: excerpt .* does not equal the article text/);
    vi.doUnmock('../../src/parse/index.ts');
  });

  it('stops, located, when a parser stage returns an item that is not the text at its offsets (never drops it)', async () => {
    vi.resetModules();
    vi.doMock('../../src/parse/quotes.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/parse/quotes.ts')>();
      return {
        ...real,
        extractQuotes: (...args: Parameters<typeof real.extractQuotes>) => {
          const qs = real.extractQuotes(...args);
          const q = qs[0];
          return q ? [{ ...q, start: q.start + 1, end: q.end + 1 }, ...qs.slice(1)] : qs;
        },
      };
    });
    const { buildCollections } = await import('../../src/collections/build.ts');
    let error: unknown;
    try {
      buildCollections({ root });
    } catch (e) {
      error = e;
    }
    vi.doUnmock('../../src/parse/quotes.ts');
    expect(error).toMatchObject({ name: 'ContentError', file: 'content/articles/financial-times.txt', ruleId: 'parser' });
    expect(String(error)).toMatch(/^content\/articles\/financial-times\.txt:\d+:\d+: error: the parser failed on this article \(quotes stage: item 1 /);
  });
});

describe('editor files', () => {
  it('report every schema issue of a YAML file at once, each at its node', async () => {
    const { loadRegistry } = await import('../../src/collections/registry.ts');
    const yaml = 'topics:\n  - { id: decision, title: D, order: 1 }\nclaims:\n  - slug: Bad Slug\n    statement: S\n    topic: decision\n  - slug: ok-slug\n    topic: decision\n';
    let error: ContentError | undefined;
    try {
      loadRegistry(yaml, 'content/claims.yaml');
    } catch (e) {
      error = e as ContentError;
    }
    expect(error?.messages.map((m) => [m.ruleId, m.reason.split(':')[0]])).toEqual([['schema', 'claims[0].slug'], ['schema', 'claims[1].statement']]);
    expect(String(error).match(/^content\/claims\.yaml:\d+:\d+: error: /gm)).toHaveLength(2);
  });
});
