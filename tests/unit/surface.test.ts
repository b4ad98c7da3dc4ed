/**
 * The public surface of the parser and the aligner, pinned as the unified packages pin theirs
 * (remark's `Object.keys(await import(pkg))`): adding or removing an export is a decision that
 * shows up here, so internals can stop exporting and callers go through the entry.
 * (tests/unit/fuzz-stages.test.ts reaches the parser's stages directly on purpose: it fuzzes each.)
 */
import { describe, expect, it } from 'vitest';

describe('public surface', () => {
  it('src/parse/index.ts', async () => {
    expect(Object.keys(await import('../../src/parse/index.ts')).sort()).toEqual(['ParseError', 'extract', 'parseBlocks', 'segment']);
  });
  it('src/align/index.ts', async () => {
    expect(Object.keys(await import('../../src/align/index.ts')).sort()).toEqual(['ASSIGN', 'NEAREST', 'TUNING_GRID', 'align', 'assignClaims', 'decide', 'figuresDiffer']);
  });
  it('src/diagnostics/index.ts', async () => {
    expect(Object.keys(await import('../../src/diagnostics/index.ts')).sort()).toEqual(['ContentError', 'formatMessage', 'message', 'placeOf', 'rangeOf', 'stringifyPlace']);
  });
});
