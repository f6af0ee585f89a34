import type { ColumnType } from './export-table';
import type { ExportLanguage } from '@ocop/contracts';

/** What a column gives for a row (see ExportColumn.value). */
export type CellValue = string | number | boolean | null | undefined;

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The Việt Nam wall-clock time of an instant, as a Date whose UTC fields read that time. */
function vietnamWallClock(value: string): Date | null {
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : new Date(at + VIETNAM_OFFSET_MS);
}

/** A calendar day (YYYY-MM-DD...) as a Date at 00:00 UTC of that day. */
function dayDate(value: string): Date | null {
  const at = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(at) ? null : new Date(at);
}

const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

const GROUPING: Record<ExportLanguage, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/**
 * A value as CSV text for people: days dd/MM/yyyy, times dd/MM/yyyy HH:mm in Việt Nam, money as
 * "1.500.000 ₫" (grouped as the language writes numbers), yes/no in the language.
 */
export function csvText(value: CellValue, type: ColumnType, lang: ExportLanguage): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return yesNo(value, lang);
  if (type === 'day' && typeof value === 'string') {
    const day = dayDate(value);
    return day ? dmy(day) : value;
  }
  if (type === 'vietnamDay' && typeof value === 'string') {
    const local = vietnamWallClock(value);
    return local ? dmy(local) : value;
  }
  if (type === 'time' && typeof value === 'string') {
    const local = vietnamWallClock(value);
    return local
      ? `${dmy(local)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
      : value;
  }
  if (type === 'money' && typeof value === 'number') return `${GROUPING[lang].format(value)} ₫`;
  return String(value);
}

/**
 * A value as a spreadsheet cell: days and times as dates (Excel has no time zones, so a time is
 * its Việt Nam wall clock), money and numbers as numbers (formatted by the column), yes/no text.
 */
export function sheetValue(
  value: CellValue,
  type: ColumnType,
  lang: ExportLanguage,
): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return yesNo(value, lang);
  if (type === 'day' && typeof value === 'string') return dayDate(value) ?? value;
  if (type === 'vietnamDay' && typeof value === 'string') {
    const local = vietnamWallClock(value);
    return local ? dayDate(local.toISOString()) : value;
  }
  if (type === 'time' && typeof value === 'string') return vietnamWallClock(value) ?? value;
  if (typeof value === 'number') return value;
  return String(value);
}

/** Excel number formats per column type (Excel groups digits as the reader's locale does). */
export const SHEET_FORMATS: Partial<Record<ColumnType, string>> = {
  day: 'dd/mm/yyyy',
  vietnamDay: 'dd/mm/yyyy',
  time: 'dd/mm/yyyy hh:mm',
  money: '#,##0 "₫"',
  number: '#,##0.##',
};

export function yesNo(value: boolean, lang: ExportLanguage): string {
  return lang === 'vi' ? (value ? 'Có' : 'Không') : value ? 'Yes' : 'No';
}
