import type { CellValue } from './cell-values';
import type { ExportLanguage } from '@ocop/contracts';

/** How a column's values are written: text as is, or a value the export formats for people. */
export type ColumnType =
  /** A calendar day, YYYY-MM-DD (or an ISO time whose first ten characters are the day). */
  | 'day'
  /** An instant (ISO time), shown as its calendar day in Việt Nam. */
  | 'vietnamDay'
  /** An instant (ISO time), shown as Việt Nam's local day and 24-hour time. */
  | 'time'
  /** Whole đồng. */
  | 'money'
  | 'number'
  | 'text';

export interface ExportColumn<Row> {
  header: Record<ExportLanguage, string>;
  type: ColumnType;
  /** Column width in characters, in the spreadsheet. */
  width?: number;
  value: (row: Row) => CellValue;
}

/** One table of an export: a sheet of the workbook, or the whole CSV file. */
export interface ExportTable<Row = never> {
  /** The sheet's name in each language (at most 31 characters). */
  name: Record<ExportLanguage, string>;
  columns: ExportColumn<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

/** Builds a table with its row type checked against its columns. */
export function table<Row>(definition: ExportTable<Row>): ExportTable<Row> {
  return definition;
}

/** A table of whichever row type (each was checked against its columns by `table()`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportTable = ExportTable<any>;
