import { IsOmittable } from './is-omittable';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
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
import { OrderLineQuantity } from './shared-payloads';
import { AGGREGATE_TYPES, PRODUCT_GROUPS, ProductGroup } from './vocabulary';

/*
 * The mou service's events: the MOU (biên bản ghi nhớ hợp tác tiêu thụ) lifecycle from draft to
 * fulfilment. One aggregate, the MOU, keyed by its id; topic ocop.events.mou.
 *
 * Terms live in numbered versions: MouDrafted carries version 1, each MouAmended a new version.
 * A version binds only once every party signed it (MouSigned per party, then MouActivated); until
 * then the version in force before it (if any) keeps counting. Dates are calendar days (YYYY-MM-DD)
 * in Vietnam time (UTC+07:00): the period runs from the start of startDate to the end of endDate.
 */

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const calendarDay = (field: string) =>
  Matches(CALENDAR_DAY, { message: `${field} must be a calendar date YYYY-MM-DD` });

export const MOU_PARTY_TYPES = ['distributor', 'producer'] as const;
export type MouPartyType = (typeof MOU_PARTY_TYPES)[number];

/** delivery: met when the delivered volume reaches `quantity`; action: met when a party says so. */
export const OBLIGATION_KINDS = ['delivery', 'action'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const MOU_STATUSES = [
  'drafted',
  'proposed',
  'active',
  'fulfilled',
  'expired',
  'terminated',
] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];

/** A target volume of one product over the period, in the unit its orders are placed in. */
export class MouTarget {
  @IsUUID() productId!: string;
  @IsInt() @IsPositive() quantity!: number;
  @IsString() @IsNotEmpty() @MaxLength(30) unit!: string;
}

export class MouUnitPrice {
  @IsUUID() productId!: string;
  /** Whole đồng per unit of the product. */
  @IsInt() @Min(0) unitPriceVnd!: number;
}

/** Price terms: free text, VND per unit per product, or both. */
export class MouPriceTerms {
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(2000) text?: string;
  @IsOmittable()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MouUnitPrice)
  unitPrices?: MouUnitPrice[];
}

export class MouObligation {
  /** Stable within its version: o1, o2, ... in the order given. */
  @IsString() @Matches(/^o\d+$/) obligationId!: string;
  @IsIn(OBLIGATION_KINDS) kind!: ObligationKind;
  @IsString() @IsNotEmpty() @MaxLength(500) description!: string;
  @calendarDay('dueDate') dueDate!: string;
  /** delivery only: the product whose delivered volume counts (all counted products when absent). */
  @IsOmittable() @IsUUID() productId?: string;
  /** delivery only: the cumulative delivered volume that meets it. */
  @IsOmittable() @IsInt() @IsPositive() quantity?: number;
}

/** One version of an MOU's terms. */
export class MouTerms {
  /** Products covered, by id (every target's product is among them). */
  @IsArray() @IsUUID('all', { each: true }) products!: string[];
  /** Product groups covered: any product of the group (as producers registered it) counts. */
  @IsArray() @IsIn(PRODUCT_GROUPS, { each: true }) productGroups!: ProductGroup[];
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => MouTarget)
  targets!: MouTarget[];
  @ValidateNested() @Type(() => MouPriceTerms) priceTerms!: MouPriceTerms;
  @calendarDay('startDate') startDate!: string;
  @calendarDay('endDate') endDate!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MouObligation)
  obligations!: MouObligation[];
}

export class MouDrafted {
  @IsUUID() distributorId!: string;
  @IsArray() @ArrayMinSize(1) @IsUUID('all', { each: true }) producerIds!: string[];
  /** The fair it is (to be) signed at, so the fair's board counts it. */
  @IsOmittable() @IsUUID() fairId?: string;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(300) title?: string;
  @IsInt() @Min(1) version!: number;
  @ValidateNested() @Type(() => MouTerms) terms!: MouTerms;
}

/** The draft (its latest version) is put to the parties for signature. */
export class MouProposed {
  @IsInt() @Min(1) version!: number;
}

/** One party signed one version. */
export class MouSigned {
  @IsInt() @Min(1) version!: number;
  @IsIn(MOU_PARTY_TYPES) partyType!: MouPartyType;
  @IsUUID() partyId!: string;
  /** The person who signed. */
  @IsString() @IsNotEmpty() @MaxLength(200) signedBy!: string;
  /** The party as named on the signature block, e.g. "HTX Chè Tân Cương, Giám đốc". */
  @IsString() @IsNotEmpty() @MaxLength(300) onBehalfOf!: string;
  @IsISO8601({ strict: true }) signedAt!: string;
}

/** An obligation of the new version that is unchanged from one of the version it replaces. */
export class CarriedObligation {
  @IsString() @Matches(/^o\d+$/) obligationId!: string;
  @IsString() @Matches(/^o\d+$/) previousObligationId!: string;
}

/**
 * Every party signed `version`: it is in force from now, replacing `previousVersion` if any.
 * Obligations it carries over unchanged keep what happened to them (met, reported overdue).
 */
export class MouActivated {
  @IsInt() @Min(1) version!: number;
  @IsOmittable() @IsInt() @Min(1) previousVersion?: number;
  @IsOmittable()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CarriedObligation)
  carriedObligations?: CarriedObligation[];
  @IsISO8601({ strict: true }) activatedAt!: string;
  @calendarDay('startDate') startDate!: string;
  @calendarDay('endDate') endDate!: string;
}

/**
 * A new version of the terms, based on the latest one; it needs every signature again. A version
 * in force stays in force until this one is activated; an unsigned version it replaces is dropped.
 */
export class MouAmended {
  @IsInt() @Min(2) version!: number;
  @IsInt() @Min(1) basedOn!: number;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(1000) reason?: string;
  /** The terms fields that differ from `basedOn`. */
  @IsArray() @IsString({ each: true }) changes!: string[];
  @ValidateNested() @Type(() => MouTerms) terms!: MouTerms;
}

/** A delivered order under the MOU counted towards its targets (once per order). */
export class MouFulfilmentRecorded {
  @IsUUID() orderId!: string;
  /** The order's distributor (the MOU's); absent when the delivery did not name it (older orders). */
  @IsOmittable() @IsUUID() distributorId?: string;
  @IsUUID() producerId!: string;
  /** The version in force when it was counted. */
  @IsInt() @Min(1) version!: number;
  @IsISO8601({ strict: true }) deliveredAt!: string;
  /** The lines that counted (covered products only). */
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => OrderLineQuantity)
  lines!: OrderLineQuantity[];
}

/** Every target of the version in force is met. */
export class MouFulfilled {
  @IsInt() @Min(1) version!: number;
  @IsISO8601({ strict: true }) fulfilledAt!: string;
  /** Delivered volume per product when fulfilled. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OrderLineQuantity)
  totals!: OrderLineQuantity[];
}

export class MouExpired {
  /** The version in force, or the unsigned latest one for an MOU that was never activated. */
  @IsInt() @Min(1) version!: number;
  @calendarDay('endDate') endDate!: string;
  @IsISO8601({ strict: true }) expiredAt!: string;
  @IsIn(['drafted', 'proposed', 'active']) previousStatus!: 'drafted' | 'proposed' | 'active';
}

export class MouTerminated {
  @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
  @IsIn(['drafted', 'proposed', 'active']) previousStatus!: 'drafted' | 'proposed' | 'active';
}

/** An obligation of the version in force passed its due date without being met. */
export class ObligationOverdue {
  @IsInt() @Min(1) version!: number;
  @IsString() @Matches(/^o\d+$/) obligationId!: string;
  @IsIn(OBLIGATION_KINDS) kind!: ObligationKind;
  @IsString() @IsNotEmpty() description!: string;
  @calendarDay('dueDate') dueDate!: string;
}

/** An obligation of the version in force is met: by recorded deliveries or as a party declared. */
export class ObligationMet {
  @IsInt() @Min(1) version!: number;
  @IsString() @Matches(/^o\d+$/) obligationId!: string;
  @IsIn(['deliveries', 'party']) by!: 'deliveries' | 'party';
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(1000) note?: string;
  @IsISO8601({ strict: true }) metAt!: string;
  /** Met after its due date (it had been, or could have been, reported overdue). */
  @IsBoolean() late!: boolean;
}

export const MOU_EVENT_PAYLOADS = {
  MouDrafted,
  MouProposed,
  MouSigned,
  MouActivated,
  MouAmended,
  MouFulfilmentRecorded,
  MouFulfilled,
  MouExpired,
  MouTerminated,
  ObligationOverdue,
  ObligationMet,
} as const;

export const MOU_EVENTS: EventDefinition[] = eventDefinitions(
  AGGREGATE_TYPES.mou,
  MOU_EVENT_PAYLOADS,
);
