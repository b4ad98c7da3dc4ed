/** How numbers, dates and figures read on the site: one place, pure, unit-tested. */

/** "17 November 2024" — dates are shown the way a British newsroom writes them. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Numbers as a reader wants them: grouped, and converted values not shown to false precision. */
export const formatNumber = (n: number) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2 });

/** A word unit takes a plural ("60.9 days"); symbols ("km", "mm", "%", "km²") do not. */
const pluralUnit = (unit: string, n: number) => (n !== 1 && /^[a-z]{3,}$/.test(unit) && !unit.endsWith('s') ? `${unit}s` : unit);

/** A figure's normalised value as a reader sees it: "306 km", "60.9 days", "1,300,000 subscribers"; null when it has none. */
export function formatNormalized(f: { normalized: { value: number | null; unit: string | null } }): string | null {
  const { value, unit } = f.normalized;
  if (value === null) return null;
  return unit ? `${formatNumber(value)} ${pluralUnit(unit, value)}` : formatNumber(value);
}
