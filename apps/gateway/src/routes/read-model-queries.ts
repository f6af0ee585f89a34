import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DISTRIBUTOR_KINDS, PRODUCER_KINDS, PRODUCT_GROUPS, STAR_RATINGS } from '@ocop/events';

/*
 * The query strings of the read-model lists, for the OpenAPI document: the query service validates
 * them itself (400 naming the field) and documents each list's sort fields in the README.
 */

export class ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  /** One of the list's sort fields. */
  @IsOptional() @IsString() sort?: string;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class StatusListQuery extends ListQuery {
  @IsOptional() @IsString() status?: string;
}

export class ExpiringCertificatesQuery extends ListQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3650) days?: number;
}

export class CatalogueQuery extends ListQuery {
  /** Words of the name, with or without Vietnamese diacritics ("gom su bat trang"). */
  @IsOptional() @IsString() q?: string;
  @IsOptional() @IsIn(PRODUCT_GROUPS) group?: string;
  @IsOptional() @Type(() => Number) @IsIn(STAR_RATINGS) stars?: number;
  @IsOptional() @IsString() province?: string;
  @IsOptional() @IsString() district?: string;
  @IsOptional() @IsString() craftVillage?: string;
  @IsOptional() @IsBoolean() validCertificate?: boolean;
}

export class FairBoardListQuery extends ListQuery {
  @IsOptional() @IsString() organiserId?: string;
}

export class ProducerRegistryQuery extends ListQuery {
  /** Words of the name, commune, district, craft village or registration number, diacritics or not. */
  @IsOptional() @IsString() q?: string;
  @IsOptional() @IsString() province?: string;
  @IsOptional() @IsString() district?: string;
  @IsOptional() @IsString() commune?: string;
  @IsOptional() @IsString() craftVillage?: string;
  @IsOptional() @IsIn(PRODUCER_KINDS) kind?: string;
  @IsOptional() @IsBoolean() active?: boolean;
}

export class DistributorsQuery extends ListQuery {
  /** Words of the name or registration number, with or without diacritics. */
  @IsOptional() @IsString() q?: string;
  @IsOptional() @IsIn(DISTRIBUTOR_KINDS) kind?: string;
}

/** ?format=xlsx|csv (default xlsx) and ?lang=vi|en (default vi) of every export. */
export class ExportQuery {
  @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
  @IsOptional() @IsIn(['vi', 'en']) lang?: 'vi' | 'en';
}

export class ProducerRegistryExportQuery extends ExportQuery {
  @IsOptional() @IsString() q?: string;
  @IsOptional() @IsString() province?: string;
  @IsOptional() @IsString() district?: string;
  @IsOptional() @IsString() commune?: string;
  @IsOptional() @IsString() craftVillage?: string;
  @IsOptional() @IsIn(PRODUCER_KINDS) kind?: string;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @IsIn(['name', 'district', 'registeredAt', 'updatedAt']) sort?: string;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class ExpiringCertificatesExportQuery extends ExportQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) days?: number;
  @IsOptional() @IsIn(['expiresOn', 'name', 'stars']) sort?: string;
  @IsOptional() @IsIn(['asc', 'desc']) order?: 'asc' | 'desc';
}

export class FairBoardExportQuery extends ExportQuery {
  /** One table of the board: a CSV holds one (bookings unless named), a workbook all four. */
  @IsOptional() @IsIn(['bookings', 'meetings', 'mous', 'orders']) section?: string;
}
