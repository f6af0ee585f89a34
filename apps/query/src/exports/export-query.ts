import { IsIn, IsOptional } from 'class-validator';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LANGUAGES = ['vi', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** ?format=xlsx|csv&lang=vi|en, common to every export (a spreadsheet by default, in Vietnamese). */
export class ExportQuery {
  @IsOptional() @IsIn(EXPORT_FORMATS) format: ExportFormat = 'xlsx';
  @IsOptional() @IsIn(EXPORT_LANGUAGES) lang: ExportLanguage = 'vi';
}
