import { describe, expect, it } from 'vitest';
import { formatDate, formatNormalized, formatNumber } from '../../src/lib/format.ts';

const fig = (value: number | null, unit: string | null) => ({ normalized: { value, unit } });

describe('format', () => {
  it('rounds by magnitude and groups thousands', () => {
    expect(formatNumber(1095.7275)).toBe('1,096');
    expect(formatNumber(60.87375)).toBe('60.9');
    expect(formatNumber(1.3)).toBe('1.3');
    expect(formatNumber(1_300_000)).toBe('1,300,000');
  });
  it('pluralises word units, never symbols', () => {
    expect(formatNormalized(fig(60.87375, 'day'))).toBe('60.9 days');
    expect(formatNormalized(fig(1, 'day'))).toBe('1 day');
    expect(formatNormalized(fig(306, 'km'))).toBe('306 km');
    expect(formatNormalized(fig(600, 'km²'))).toBe('600 km²');
    expect(formatNormalized(fig(10000, 'troops'))).toBe('10,000 troops');
    expect(formatNormalized(fig(2, null))).toBe('2');
    expect(formatNormalized(fig(null, 'troops'))).toBeNull();
  });
  it('writes dates as a British newsroom does', () => {
    expect(formatDate('2024-11-17')).toBe('17 November 2024');
  });
});
