// Vague counts and the noun they count, on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/parse/index.ts';

const figures = (t: string) => extract(t).figures.map((f) => [f.text, f.value, f.unit, f.category]);

describe('vague counts', () => {
  it('"a few dozen", "several hundred (thousand)" count their noun with no value, not twelve or a hundred', () => {
    expect(figures('If they get a few dozen drones, it is a signal.')).toEqual([['a few dozen drones', null, 'drones', 'vague_count']]);
    expect(figures('Several hundred thousand people fled the city.')).toEqual([['Several hundred thousand people', null, 'people', 'vague_count']]);
  });
  it('"thousands" still needs its "of"', () => {
    expect(figures('Thousands of volunteers signed up.')).toEqual([['Thousands of volunteers', null, 'volunteers', 'vague_count']]);
  });
  it('an irregular verb after the counted noun is not the noun ("drones hit the port")', () => {
    expect(figures('Dozens of drones hit the port overnight.')).toEqual([['Dozens of drones', null, 'drones', 'vague_count']]);
    expect(figures('About 300 troops took a village.').map((f) => f[2])).toEqual(['troops']);
  });
});
