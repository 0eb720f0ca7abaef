/** Comma-separated values as RFC 4180 writes them, which every spreadsheet and data tool reads. */

/** A cell: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | undefined;

/**
 * One field, quoted only when it must be: when it holds a comma, a double quote or a line break. A quote inside is doubled.
 * @example csvField('Paris, France') // '"Paris, France"'
 * @example csvField('the "red line"') // '"the ""red line"""'
 */
export function csvField(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table: a header row naming the columns, then one record per row, each line ended by CRLF as RFC 4180 asks. */
export function toCsv<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, CsvValue>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return lines.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
