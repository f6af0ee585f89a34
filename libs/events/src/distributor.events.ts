import { IsOmittable } from './is-omittable';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventDefinition, eventDefinitions } from './event-catalog';
import {
  AGGREGATE_TYPES,
  DISTRIBUTOR_KINDS,
  DistributorKind,
  PRODUCT_GROUPS,
  ProductGroup,
  RESERVATION_REJECTIONS,
  ReservationRejection,
  STAR_RATINGS,
} from './vocabulary';

/* The distributors service's events: distributors, sourcing requests and purchase orders. */

export class DistributorRegistered {
  @IsIn(DISTRIBUTOR_KINDS) kind!: DistributorKind;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsString()
  @Matches(/^[0-9A-Z-]{6,20}$/, {
    message: 'registrationNumber must be 6-20 digits, capitals or dashes',
  })
  registrationNumber!: string;
  /** Where it sells: e.g. supermarket, convenience-store, e-commerce, showroom. */
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) channels!: string[];
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) provincesServed!: string[];
}

export class SourcingRequestPublished {
  @IsUUID() distributorId!: string;
  @IsIn(PRODUCT_GROUPS) group!: ProductGroup;
  @IsOmittable() @IsString() @IsNotEmpty() subgroup?: string;
  @IsArray() @IsString({ each: true }) keywords!: string[];
  @IsIn(STAR_RATINGS) minStars!: 3 | 4 | 5;
  @IsInt() @IsPositive() quantity!: number;
  @IsString() @IsNotEmpty() unit!: string;
  @IsOmittable() @IsInt() @Min(0) targetPriceVnd?: number;
  @IsString() @IsNotEmpty() deliveryProvince!: string;
  @IsDateString() deadline!: string;
}

export class SourcingRequestUpdated {
  @IsOmittable() @IsArray() @IsString({ each: true }) keywords?: string[];
  @IsOmittable() @IsIn(STAR_RATINGS) minStars?: 3 | 4 | 5;
  @IsOmittable() @IsInt() @IsPositive() quantity?: number;
  @IsOmittable() @IsInt() @Min(0) targetPriceVnd?: number;
  @IsOmittable() @IsDateString() deadline?: string;
}

export class SourcingRequestClosed {
  @IsIn(['by-buyer', 'deadline']) reason!: 'by-buyer' | 'deadline';
}

export class OrderLine {
  @IsUUID() productId!: string;
  @IsInt() @IsPositive() quantity!: number;
  @IsInt() @Min(0) unitPriceVnd!: number;
  /** quantity × unitPriceVnd, computed by the service. */
  @IsInt() @Min(0) lineTotalVnd!: number;
}

export class OrderPlaced {
  @IsUUID() distributorId!: string;
  @IsUUID() producerId!: string;
  @IsOmittable() @IsUUID() mouId?: string;
  @ValidateNested({ each: true }) @Type(() => OrderLine) @ArrayMinSize(1) lines!: OrderLine[];
  @IsInt() @Min(0) totalVnd!: number;
}

export class OrderConfirmed {
  @IsUUID() producerId!: string;
}

export class OrderRejected {
  /** So the producer can give back capacity it reserved after the order timed out. */
  @IsUUID() producerId!: string;
  @IsIn([...RESERVATION_REJECTIONS, 'no-answer']) reason!: ReservationRejection | 'no-answer';
  @IsString() @IsNotEmpty() detail!: string;
}

export class OrderShipped {
  @IsOmittable() @IsString() trackingNumber?: string;
}

export class OrderDelivered {
  /**
   * The order's distributor, so mou counts only its MOU's own orders. Optional: orders delivered
   * before it was added lack it (mou then checks the producer only).
   */
  @IsOmittable() @IsUUID() distributorId?: string;
  @IsUUID() producerId!: string;
  @IsOmittable() @IsUUID() mouId?: string;
  @ValidateNested({ each: true }) @Type(() => OrderLine) lines!: OrderLine[];
}

export class OrderCancelled {
  @IsString() @IsNotEmpty() reason!: string;
  @IsUUID() producerId!: string;
  /** Whether capacity had been reserved and must be released. */
  @IsBoolean() wasConfirmed!: boolean;
}

export const DISTRIBUTOR_EVENT_PAYLOADS = { DistributorRegistered } as const;
export const SOURCING_REQUEST_EVENT_PAYLOADS = {
  SourcingRequestPublished,
  SourcingRequestUpdated,
  SourcingRequestClosed,
} as const;
export const PURCHASE_ORDER_EVENT_PAYLOADS = {
  OrderPlaced,
  OrderConfirmed,
  OrderRejected,
  OrderShipped,
  OrderDelivered,
  OrderCancelled,
} as const;

export const DISTRIBUTOR_EVENTS: EventDefinition[] = [
  ...eventDefinitions(AGGREGATE_TYPES.distributor, DISTRIBUTOR_EVENT_PAYLOADS),
  ...eventDefinitions(AGGREGATE_TYPES.sourcingRequest, SOURCING_REQUEST_EVENT_PAYLOADS),
  ...eventDefinitions(AGGREGATE_TYPES.purchaseOrder, PURCHASE_ORDER_EVENT_PAYLOADS),
];
