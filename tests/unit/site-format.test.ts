import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatReading } from '../../src/lib/format.ts';
import type { Readable } from '../../src/lexicon/reader-units.ts';

/** A figure as the parser gives it: written value and unit, normalised value and unit. */
const fig = (value: number | null, unit: string | null, norm: [number | null, string | null], extra: Partial<Readable> = {}): Readable => ({
  value, unit, normalized: { value: norm[0], unit: norm[1] }, qualifier: null, ...extra,
});

describe('format', () => {
  it('rounds by magnitude and groups thousands', () => {
    expect(formatNumber(1095.7275)).toBe('1,096');
    expect(formatNumber(60.87375)).toBe('60.9');
    expect(formatNumber(1.3)).toBe('1.3');
    expect(formatNumber(1_300_000)).toBe('1,300,000');
  });

  it('keeps times in the unit they were written in: years stay years, never days', () => {
    // The normalised value (days) is for the comparison only.
    expect(formatReading(fig(3, 'year', [1095.72659722, 'day']))).toBe('3 years');
    expect(formatReading(fig(3, 'year', [1095.72659722, 'day'], { qualifier: 'nearly' }))).toBe('nearly 3 years');
    expect(formatReading(fig(1, 'month', [30.44, 'day']))).toBe('1 month');
    expect(formatReading(fig(36, 'hour', [1.5, 'day']))).toBe('36 hours');
    expect(formatReading(fig(2, 'century', [73048, 'day']))).toBe('2 centuries');
  });

  it('shows kilometres beside miles and miles beside kilometres, rounded as a reader would', () => {
    expect(formatReading(fig(300, 'km', [300, 'km']))).toBe('300 km (186 miles)');
    expect(formatReading(fig(190, 'mi', [305.77536, 'km']))).toBe('190 miles (306 km)');
    expect(formatReading(fig(190, 'mi', [305.77536, 'km'], { qualifier: 'about' }))).toBe('about 190 miles (306 km)');
    expect(formatReading(fig(1, 'mi', [1.609344, 'km']))).toBe('1 mile (1.6 km)');
    expect(formatReading(fig(75, 'km', [75, 'km']))).toBe('75 km (47 miles)');
    expect(formatReading(fig(10, 'mi', [16.09344, 'km'], { range: [10, 12] }))).toBe('10–12 miles (16–19 km)');
    expect(formatReading(fig(600, 'km²', [600, 'km²']))).toBe('600 km² (232 sq miles)');
    expect(formatReading(fig(40, '°F', [4.444, '°C']))).toBe('40°F (4.4°C)');
    expect(formatReading(fig(80, 'km/h', [80, 'km/h']))).toBe('80 km/h (50 mph)');
    expect(formatReading(fig(190, 'mi', [305.77536, 'km']), { beside: 'equals' })).toBe('190 miles = 306 km');
  });

  it('writes counts, shares and money as written, large numbers in words', () => {
    expect(formatReading(fig(10000, 'troops', [10000, 'troop']))).toBe('10,000 troops');
    expect(formatReading(fig(1_300_000, 'subscribers', [1_300_000, 'subscriber']))).toBe('1.3 million subscribers');
    expect(formatReading(fig(90, '%', [90, '%']))).toBe('90%');
    expect(formatReading(fig(3_500_000_000, 'USD', [3_500_000_000, 'USD']))).toBe('$3.5 billion');
    expect(formatReading(fig(50_000_000, 'RUB', [50_000_000, 'RUB']))).toBe('RUB 50 million');
    expect(formatReading(fig(170, 'mm', [170, 'mm']))).toBe('170 mm');
    expect(formatReading(fig(2, null, [2, null]))).toBe('2');
    expect(formatReading(fig(null, 'troops', [null, 'troop']))).toBeNull();
  });

  it('leaves out the qualifier when asked', () => {
    expect(formatReading(fig(300, 'km', [300, 'km'], { qualifier: 'up to' }), { qualifier: false })).toBe('300 km (186 miles)');
  });

  it('writes dates as a British newsroom does', () => {
    expect(formatDate('2024-11-17')).toBe('17 November 2024');
  });
});
