/** Comma-separated values as RFC 4180 writes them, which every spreadsheet and data tool reads, written by csv-stringify. */
import { stringify } from 'csv-stringify/sync';

/** A cell: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvValue = string | number | boolean | undefined;

/**
 * A table: a header row naming the columns, then one record per row, each line ended by CRLF as RFC 4180 asks. A
 * field is quoted only when it holds a comma, a double quote or a line break, with each quote inside doubled.
 * @example toCsv(['side', 'red_line'], [{ side: 'israel', red_line: true }]) // "side,red_line\r\nisrael,true\r\n"
 */
export function toCsv<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, CsvValue>[]): string {
  return stringify([...rows], {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    // A line break of any kind inside a field is quoted, so no reader takes it for the end of a record.
    quote_record_delimiter: true,
    // csv-stringify writes yes as 1 and no as an empty field; a reader of the file sees true and false.
    cast: { boolean: (value) => String(value) },
  });
}
