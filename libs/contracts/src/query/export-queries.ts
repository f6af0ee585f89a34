import { IsOmittable } from '@ocop/events';
import { IntersectionType, OmitType } from '@nestjs/mapped-types';
import { IsIn } from 'class-validator';
import { ExpiringCertificatesQuery, ProducerRegistryQuery } from './list-queries';

/*
 * The query string of each export of the query service: its list's filters and sort (every
 * match, so no paging), and the file's format and language.
 */

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LANGUAGES = ['vi', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** ?format=xlsx|csv&lang=vi|en, common to every export (a workbook by default, in Vietnamese). */
export class ExportQuery {
  @IsOmittable() @IsIn(EXPORT_FORMATS) format: ExportFormat = 'xlsx';
  @IsOmittable() @IsIn(EXPORT_LANGUAGES) lang: ExportLanguage = 'vi';
}

export class ProducerRegistryExportQuery extends IntersectionType(
  OmitType(ProducerRegistryQuery, ['page', 'limit'] as const),
  ExportQuery,
) {}

export class ExpiringCertificatesExportQuery extends IntersectionType(
  OmitType(ExpiringCertificatesQuery, ['page', 'limit'] as const),
  ExportQuery,
) {}

export const BOARD_SECTIONS = ['bookings', 'meetings', 'mous', 'orders'] as const;
export type BoardSection = (typeof BOARD_SECTIONS)[number];

export class FairBoardExportQuery extends ExportQuery {
  /** One table of the board: a CSV holds one (bookings unless named), a workbook all four. */
  @IsOmittable() @IsIn(BOARD_SECTIONS) section?: BoardSection;
}
