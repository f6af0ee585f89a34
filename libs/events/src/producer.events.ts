import { IsOmittable } from './is-omittable';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventDefinition, eventDefinitions } from './event-catalog';
import { ContactPayload, OrderLineQuantity } from './shared-payloads';
import {
  AGGREGATE_TYPES,
  CERTIFICATION_LEVELS,
  CertificationLevel,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  ProducerKind,
  ProductGroup,
  RESERVATION_REJECTIONS,
  ReservationRejection,
  STAR_RATINGS,
} from './vocabulary';

/*
 * The producers service's events. One aggregate, the producer (OCOP subject), owns its products,
 * so an order's reservation over several products is one all-or-nothing append.
 */

export class ProducerRegistered {
  @IsIn(PRODUCER_KINDS) kind!: ProducerKind;
  @IsString() @IsNotEmpty() @MaxLength(300) legalName!: string;
  @IsString()
  @Matches(/^[0-9A-Z-]{6,20}$/, {
    message: 'registrationNumber must be 6-20 digits, capitals or dashes',
  })
  registrationNumber!: string;
  @IsObject() @ValidateNested() @Type(() => ContactPayload) contact!: ContactPayload;
  @IsString() @IsNotEmpty() province!: string;
  @IsString() @IsNotEmpty() district!: string;
  @IsString() @IsNotEmpty() commune!: string;
  @IsOmittable() @IsString() @IsNotEmpty() craftVillage?: string;
}

export class ProducerUpdated {
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(300) legalName?: string;
  @IsOmittable() @ValidateNested() @Type(() => ContactPayload) contact?: ContactPayload;
  @IsOmittable() @IsString() @IsNotEmpty() province?: string;
  @IsOmittable() @IsString() @IsNotEmpty() district?: string;
  @IsOmittable() @IsString() @IsNotEmpty() commune?: string;
  @IsOmittable() @IsString() craftVillage?: string;
}

export class ProducerDeactivated {
  @IsString() @IsNotEmpty() reason!: string;
}

export class ProductRegistered {
  @IsUUID() productId!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsIn(PRODUCT_GROUPS) group!: ProductGroup;
  @IsString() @IsNotEmpty() subgroup!: string;
  @IsString() @IsNotEmpty() unit!: string;
  @IsInt() @Min(0) priceMinVnd!: number;
  @IsInt() @Min(0) priceMaxVnd!: number;
  @IsInt() @Min(0) monthlyCapacity!: number;
  @IsArray() @ArrayMaxSize(20) @IsUrl({}, { each: true }) photoUrls!: string[];
  @IsString() @IsNotEmpty() qrCode!: string;
}

export class ProductCertified {
  @IsUUID() productId!: string;
  @IsIn(STAR_RATINGS) stars!: 3 | 4 | 5;
  @IsString() @IsNotEmpty() decisionNumber!: string;
  @IsIn(CERTIFICATION_LEVELS) level!: CertificationLevel;
  @IsDateString() issuedOn!: string;
  @IsDateString() expiresOn!: string;
}

export class ProductReRated extends ProductCertified {
  @IsIn(STAR_RATINGS) previousStars!: 3 | 4 | 5;
}

export class CertificationExpired {
  @IsUUID() productId!: string;
  @IsString() @IsNotEmpty() decisionNumber!: string;
  @IsDateString() expiredOn!: string;
}

export class CertificationRevoked {
  @IsUUID() productId!: string;
  @IsString() @IsNotEmpty() decisionNumber!: string;
  @IsString() @IsNotEmpty() reason!: string;
}

export class SupplyCapacityChanged {
  @IsUUID() productId!: string;
  @IsInt() @Min(0) monthlyCapacity!: number;
}

export class CapacityReserved {
  @IsUUID() orderId!: string;
  /** The calendar month whose capacity is used, YYYY-MM. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) month!: string;
  @ValidateNested({ each: true }) @Type(() => OrderLineQuantity) lines!: OrderLineQuantity[];
}

export class CapacityReservationRejected {
  @IsUUID() orderId!: string;
  @IsIn(RESERVATION_REJECTIONS) reason!: ReservationRejection;
  @IsString() @IsNotEmpty() detail!: string;
}

export class CapacityReleased {
  @IsUUID() orderId!: string;
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) month!: string;
  @ValidateNested({ each: true }) @Type(() => OrderLineQuantity) lines!: OrderLineQuantity[];
}

/** The producer aggregate holds its products too, so their events are the producer's. */
export const PRODUCER_EVENT_PAYLOADS = {
  ProducerRegistered,
  ProducerUpdated,
  ProducerDeactivated,
  ProductRegistered,
  ProductCertified,
  ProductReRated,
  CertificationExpired,
  CertificationRevoked,
  SupplyCapacityChanged,
  CapacityReserved,
  CapacityReservationRejected,
  CapacityReleased,
} as const;

export const PRODUCER_EVENTS: EventDefinition[] = eventDefinitions(
  AGGREGATE_TYPES.producer,
  PRODUCER_EVENT_PAYLOADS,
);
