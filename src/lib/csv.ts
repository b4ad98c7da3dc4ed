/**
 * Collections as CSV for spreadsheets: one row per entry; scalar fields as columns in schema
 * order; nested values (arrays, objects) as JSON in their cell. csv-stringify does the quoting.
 */
import { stringify } from 'csv-stringify/sync';

export function toCsv(entries: readonly Record<string, unknown>[]): string {
  const columns: string[] = [];
  for (const e of entries) for (const k of Object.keys(e)) if (!columns.includes(k)) columns.push(k);
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return stringify(
    entries.map((e) => columns.map((c) => cell(e[c]))),
    { header: true, columns, bom: false },
  );
}
