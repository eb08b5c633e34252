// CSV files for spreadsheets, one way for every export (incentive rankings, the officials'
// dashboard and weekly report).
//
// Spreadsheets run a cell that begins with =, +, - or @ as a formula (CSV injection, OWASP): a
// name or a note typed as `=HYPERLINK(…)` must arrive as text. csv-stringify's escape_formulas
// puts a ' before such a cell. UTF-8 with a byte-order mark, so Excel reads Indonesian names as
// UTF-8 and not as the system code page; CRLF between records (RFC 4180). Numbers use a decimal
// point, as data files do.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

/** The header row and the rows as one CSV text, formulas neutralised, with a BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((r) => [...r]),
    { bom: true, escape_formulas: true, record_delimiter: 'windows' },
  );
}

/** The headers of a CSV download named `fileName` (letters, digits, dot, dash only). */
export function csvHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
  };
}

/** A number with a fixed number of decimals; empty for none. */
export const fixedCell = (x: number | null | undefined, decimals: number): string => (x === null || x === undefined ? '' : x.toFixed(decimals));
