import { describe, expect, it } from 'vitest';
import { argmax, escapeRegExp, memoString, unionFind } from '../../src/util/index.ts';

describe('util', () => {
  it('argmax takes the highest score, the first of equals, and null for nothing', () => {
    expect(argmax(['a', 'bbb', 'cc'], (s) => s.length)).toBe('bbb');
    expect(argmax([{ id: 1, s: 2 }, { id: 2, s: 2 }], (o) => o.s)?.id).toBe(1);
    expect(argmax([], () => 1)).toBeNull();
    expect(argmax([7], () => -Infinity)).toBeNull();
  });
  it('escapeRegExp makes any text match itself literally', () => {
    const text = 'a.b*c (d) [e] $f ^g |h\\';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
  it('unionFind joins sets transitively', () => {
    const uf = unionFind(4);
    uf.union(0, 1);
    uf.union(1, 2);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(3)).not.toBe(uf.find(0));
  });
});

describe('memoString', () => {
  it('computes each string once, remembers null and undefined answers, and empties itself at its bound', () => {
    const calls: string[] = [];
    const f = memoString((s: string) => (calls.push(s), s === 'none' ? undefined : s.length), 3);
    expect([f('ab'), f('ab'), f('none'), f('none')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'none']);
    f('c'); // third entry: the table is full
    f('dddd'); // the table is emptied before this one is added
    f('ab');
    expect(calls).toEqual(['ab', 'none', 'c', 'dddd', 'ab']);
  });
});
