import { IntersectionType, OmitType } from '@nestjs/mapped-types';
import { IsIn, IsOptional } from 'class-validator';
import { BOARD_SECTIONS, BoardSection } from '../exports/fair-board.export';
import { ExportQuery } from '../exports/export-query';
import { ExpiringCertificatesQuery, ProducerRegistryQuery } from './list-queries';

/*
 * The query string of each export: its list's filters and sort (every match, so no paging), and
 * ExportQuery's format and language.
 */

export class ProducerRegistryExportQuery extends IntersectionType(
  OmitType(ProducerRegistryQuery, ['page', 'limit'] as const),
  ExportQuery,
) {}

export class ExpiringCertificatesExportQuery extends IntersectionType(
  OmitType(ExpiringCertificatesQuery, ['page', 'limit'] as const),
  ExportQuery,
) {}

export class FairBoardExportQuery extends ExportQuery {
  /** One table of the board; a CSV holds one (bookings unless named), a workbook all four. */
  @IsOptional() @IsIn(BOARD_SECTIONS) section?: BoardSection;
}
