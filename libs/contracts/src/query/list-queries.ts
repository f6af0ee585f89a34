import { IsOmittable } from '@ocop/events';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  DISTRIBUTOR_KINDS,
  FAIR_STATUSES,
  MOU_STATUSES,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  STAR_RATINGS,
} from '@ocop/events';
import { ORDER_STATUSES } from '../distributors/statuses';
import { PageQuery } from '../shared/paging';
import { BOOKING_STATUSES } from '../trade-fairs/statuses';

/*
 * The query string of each list: PageQuery's page, limit and order, a `sort` from the list's own
 * whitelist, and its filters. Anything else is refused with 400 naming it.
 */

export const PRODUCT_SORTS = ['name', 'stars', 'priceMinVnd', 'expiresOn', 'updatedAt'] as const;
export class ProducerProductsQuery extends PageQuery {
  @IsOmittable() @IsIn(PRODUCT_SORTS) sort: (typeof PRODUCT_SORTS)[number] = 'name';
}

export const BOOKING_SORTS = ['bookedAt', 'updatedAt'] as const;
export class BookingsQuery extends PageQuery {
  @IsOmittable() @IsIn(BOOKING_SORTS) sort: (typeof BOOKING_SORTS)[number] = 'bookedAt';
  @IsOmittable() @IsIn(BOOKING_STATUSES) status?: string;
}

export const MOU_SORTS = ['draftedAt', 'signedAt', 'updatedAt', 'overallPercent'] as const;
export class MousQuery extends PageQuery {
  @IsOmittable() @IsIn(MOU_SORTS) sort: (typeof MOU_SORTS)[number] = 'draftedAt';
  @IsOmittable() @IsIn(MOU_STATUSES) status?: string;
}

export const OBLIGATION_SORTS = ['dueDate', 'status'] as const;
export class ObligationsQuery extends PageQuery {
  @IsOmittable() @IsIn(OBLIGATION_SORTS) sort: (typeof OBLIGATION_SORTS)[number] = 'dueDate';
  @IsOmittable() @IsIn(['open', 'met', 'overdue']) status?: 'open' | 'met' | 'overdue';
}

export const ORDER_SORTS = ['placedAt', 'updatedAt', 'totalVnd'] as const;
export class OrdersQuery extends PageQuery {
  @IsOmittable() @IsIn(ORDER_SORTS) sort: (typeof ORDER_SORTS)[number] = 'placedAt';
  @IsOmittable() @IsIn(ORDER_STATUSES) status?: string;
}

export const SOURCING_SORTS = ['publishedAt', 'deadline', 'updatedAt'] as const;
export class SourcingRequestsQuery extends PageQuery {
  @IsOmittable() @IsIn(SOURCING_SORTS) sort: (typeof SOURCING_SORTS)[number] = 'publishedAt';
  @IsOmittable() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
}

export const FAIR_SORTS = ['startsAt', 'name', 'scheduledAt'] as const;
export class FairsQuery extends PageQuery {
  @IsOmittable() @IsIn(FAIR_SORTS) sort: (typeof FAIR_SORTS)[number] = 'startsAt';
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) organizerId?: string;
  @IsOmittable() @IsIn(FAIR_STATUSES) status?: string;
}

export const EXPIRING_SORTS = ['expiresOn', 'name', 'stars'] as const;
export class ExpiringCertificatesQuery extends PageQuery {
  @IsOmittable() @IsIn(EXPIRING_SORTS) sort: (typeof EXPIRING_SORTS)[number] = 'expiresOn';
  @IsOmittable() @Type(() => Number) @IsInt() @Min(0) @Max(3650) days: number = 90;
}

/** `true`/`false` in a query string as a boolean; anything else is left for the validator to refuse. */
const booleanText = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export const PRODUCER_REGISTRY_SORTS = ['name', 'district', 'registeredAt', 'updatedAt'] as const;
export class ProducerRegistryQuery extends PageQuery {
  @IsOmittable() @IsIn(PRODUCER_REGISTRY_SORTS) sort: (typeof PRODUCER_REGISTRY_SORTS)[number] =
    'name';
  /** Words of the name, commune, district, craft village or registration number, diacritics or not. */
  @IsOmittable() @IsString() @MaxLength(200) q?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) province?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) district?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) commune?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) craftVillage?: string;
  @IsOmittable() @IsIn(PRODUCER_KINDS) kind?: string;
  @IsOmittable()
  @Transform(booleanText)
  @IsIn([true, false], { message: 'active must be true or false' })
  active?: boolean;
}

export const DISTRIBUTOR_SORTS = ['name', 'registeredAt'] as const;
export class DistributorsQuery extends PageQuery {
  @IsOmittable() @IsIn(DISTRIBUTOR_SORTS) sort: (typeof DISTRIBUTOR_SORTS)[number] = 'name';
  /** Words of the name or registration number, with or without diacritics. */
  @IsOmittable() @IsString() @MaxLength(200) q?: string;
  @IsOmittable() @IsIn(DISTRIBUTOR_KINDS) kind?: string;
}

export const OPPORTUNITY_SORTS = ['deadline', 'publishedAt', 'score'] as const;
export class SourcingOpportunitiesQuery extends PageQuery {
  @IsOmittable() @IsIn(OPPORTUNITY_SORTS) sort: (typeof OPPORTUNITY_SORTS)[number] = 'deadline';
}

export const CATALOGUE_SORTS = ['name', 'stars', 'priceMinVnd', 'updatedAt'] as const;
export class CatalogueQuery extends PageQuery {
  @IsOmittable() @IsIn(CATALOGUE_SORTS) sort: (typeof CATALOGUE_SORTS)[number] = 'name';
  /** Words of the product's name, with or without diacritics. */
  @IsOmittable() @IsString() @MaxLength(200) q?: string;
  @IsOmittable() @IsIn(PRODUCT_GROUPS) group?: string;
  @IsOmittable() @Type(() => Number) @IsIn(STAR_RATINGS) stars?: number;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) province?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) district?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(100) craftVillage?: string;
  /** true: only products whose certificate is valid today; false: only those without one. */
  @IsOmittable()
  @Transform(booleanText)
  @IsIn([true, false], { message: 'validCertificate must be true or false' })
  validCertificate?: boolean;
}
