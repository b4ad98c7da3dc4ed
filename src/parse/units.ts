/** Unit table: written forms → canonical unit, category, and conversion to a common unit. */
export interface UnitInfo {
  unit: string;
  category: 'measure' | 'duration' | 'percentage' | 'money';
  to: string;
  factor: number;
}
const U = (unit: string, category: UnitInfo['category'], to: string, factor: number): UnitInfo => ({ unit, category, to, factor });

export const UNITS: [RegExp, UnitInfo][] = [
  [/^(?:sq(?:uare)?\.?\s*(?:km|kilomet(?:re|er)s?)|km2|km²)$/i, U('km²', 'measure', 'km²', 1)],
  [/^(?:sq(?:uare)?\.?\s*(?:mi|miles?))$/i, U('mi²', 'measure', 'km²', 2.589988)],
  [/^(?:km|kms|kilomet(?:re|er)s?)$/i, U('km', 'measure', 'km', 1)],
  [/^(?:mi|miles?)$/i, U('mi', 'measure', 'km', 1.609344)],
  [/^(?:m|met(?:re|er)s?)$/i, U('m', 'measure', 'km', 0.001)],
  [/^(?:ft|feet|foot)$/i, U('ft', 'measure', 'km', 0.0003048)],
  [/^(?:mm|millimet(?:re|er)s?)$/i, U('mm', 'measure', 'mm', 1)],
  [/^(?:cm|centimet(?:re|er)s?)$/i, U('cm', 'measure', 'mm', 10)],
  [/^(?:kg|kilograms?|kilos?)$/i, U('kg', 'measure', 'kg', 1)],
  [/^(?:tonnes?|tons?|t)$/i, U('t', 'measure', 'kg', 1000)],
  [/^(?:lbs?|pounds)$/i, U('lb', 'measure', 'kg', 0.45359237)],
  [/^(?:nautical miles?)$/i, U('nmi', 'measure', 'km', 1.852)],
  [/^(?:%|percent|per cent|pc)$/i, U('%', 'percentage', '%', 1)],
  [/^(?:percentage points?)$/i, U('pp', 'percentage', 'pp', 1)],
  [/^(?:seconds?|secs?)$/i, U('second', 'duration', 'day', 1 / 86400)],
  [/^(?:minutes?|mins?)$/i, U('minute', 'duration', 'day', 1 / 1440)],
  [/^(?:hours?|hrs?)$/i, U('hour', 'duration', 'day', 1 / 24)],
  [/^days?$/i, U('day', 'duration', 'day', 1)],
  [/^weeks?$/i, U('week', 'duration', 'day', 7)],
  [/^months?$/i, U('month', 'duration', 'day', 30.436875)],
  [/^years?$/i, U('year', 'duration', 'day', 365.2425)],
  [/^decades?$/i, U('decade', 'duration', 'day', 3652.425)],
  [/^(?:dollars?|usd)$/i, U('USD', 'money', 'USD', 1)],
  [/^(?:euros?|eur)$/i, U('EUR', 'money', 'EUR', 1)],
  [/^(?:pounds sterling|sterling)$/i, U('GBP', 'money', 'GBP', 1)],
];
export const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB' };

/** Written unit forms for the regex after a number (longest first). */
export const UNIT_WORDS =
  'sq(?:uare)?\\.?\\s+(?:km|kilomet(?:re|er)s?|mi|miles?)|km2|km²|nautical miles?|percentage points?|per cent|percent|kilomet(?:re|er)s?|kms?|miles?|mi|met(?:re|er)s?|millimet(?:re|er)s?|centimet(?:re|er)s?|mm|cm|ft|feet|kilograms?|kg|tonnes?|tons?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|dollars?|euros?';

export function lookupUnit(s: string): UnitInfo | null {
  const t = s.replace(/\s+/g, ' ').trim();
  for (const [re, info] of UNITS) if (re.test(t)) return info;
  return null;
}
