import { format as csvFormat } from '@fast-csv/format';
import * as ExcelJS from 'exceljs';
import type { Response } from 'express';
import { once } from 'node:events';
import { csvText, sheetValue, SHEET_FORMATS } from './cell-values';
import type { ExportFormat, ExportLanguage } from '@ocop/contracts';
import type { AnyExportTable, ExportTable } from './export-table';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Streams tables to the response as a workbook (one sheet per table, exceljs's streaming writer:
 * each row is written and let go) or as CSV (the first table; UTF-8 with a byte order mark, so
 * Excel reads Vietnamese), under `<filename>.<format>` as an attachment.
 */
export async function sendExport(
  res: Response,
  options: {
    filename: string;
    format: ExportFormat;
    lang: ExportLanguage;
    tables: AnyExportTable[];
  },
): Promise<void> {
  const { format, lang, tables } = options;
  res.status(200);
  res.attachment(`${options.filename}.${format}`);
  res.setHeader('content-type', CONTENT_TYPES[format]);
  try {
    if (format === 'csv') await writeCsv(res, tables[0], lang);
    else await writeWorkbook(res, tables, lang);
  } catch (error) {
    // Once the first bytes are out the status cannot change: cut the download short instead.
    if (!res.headersSent) throw error;
    res.destroy(error as Error);
  }
}

async function writeCsv<Row>(res: Response, table: ExportTable<Row>, lang: ExportLanguage) {
  const csv = csvFormat({ writeBOM: true, headers: table.columns.map((c) => c.header[lang]) });
  const done = once(csv.pipe(res), 'finish');
  for await (const row of table.rows) {
    const line = table.columns.map((column) => csvText(column.value(row), column.type, lang));
    // Respect backpressure: a large export waits for the client rather than filling memory.
    if (!csv.write(line)) await once(csv, 'drain');
  }
  csv.end();
  await done;
}

async function writeWorkbook(res: Response, tables: AnyExportTable[], lang: ExportLanguage) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name[lang], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.header[lang],
      width: column.width ?? Math.max(12, column.header[lang].length + 2),
      style: SHEET_FORMATS[column.type] ? { numFmt: SHEET_FORMATS[column.type] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const row of table.rows) {
      sheet
        .addRow(table.columns.map((column) => sheetValue(column.value(row), column.type, lang)))
        .commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
