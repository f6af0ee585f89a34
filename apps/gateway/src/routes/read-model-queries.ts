import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PRODUCT_GROUPS, STAR_RATINGS } from '@ocop/events';

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
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  validCertificate?: boolean;
}

export class FairBoardListQuery extends ListQuery {
  @IsOptional() @IsString() organiserId?: string;
}
