import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsPositive,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import {
  OBLIGATION_KINDS,
  ObligationKind,
  PRODUCT_GROUPS,
  ProductGroup,
  IsOmittable,
} from '@ocop/events';
import { Trim } from '../shared/dto-transforms';
import { isCalendarDay } from '../shared/calendar';
import { TERMS_LIMITS } from './limits';

/** A real calendar day written YYYY-MM-DD (a Vietnam day for the service). */
export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: (value: unknown) => isCalendarDay(value),
        defaultMessage: () => '$property must be a calendar date YYYY-MM-DD',
      },
    },
    options,
  );
}

export class TargetDto {
  @IsUUID()
  productId!: string;

  /** For the whole period, in `unit` (the unit the product's orders are placed in). */
  @IsInt()
  @IsPositive()
  quantity!: number;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  unit!: string;
}

export class UnitPriceDto {
  @IsUUID()
  productId!: string;

  /** Whole đồng per unit of the product. */
  @IsInt()
  @Min(0)
  unitPriceVnd!: number;
}

export class PriceTermsDto {
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text?: string;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(TERMS_LIMITS.products)
  @ValidateNested({ each: true })
  @Type(() => UnitPriceDto)
  unitPrices?: UnitPriceDto[];
}

export class ObligationDto {
  /** delivery: met when the delivered volume reaches `quantity`; action: met when a party says so. */
  @IsIn(OBLIGATION_KINDS)
  kind!: ObligationKind;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;

  @IsCalendarDay()
  dueDate!: string;

  @IsOmittable()
  @IsUUID()
  productId?: string;

  @IsOmittable()
  @IsInt()
  @IsPositive()
  quantity?: number;
}

/** One version's terms, as the parties write them. */
export class MouTermsDto {
  /** Products covered by id; every target's product is covered too. */
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(TERMS_LIMITS.products)
  @IsUUID('all', { each: true })
  products?: string[];

  /** Groups covered: any product producers registered in the group counts. */
  @IsOmittable()
  @IsArray()
  @IsIn(PRODUCT_GROUPS, { each: true })
  productGroups?: ProductGroup[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TERMS_LIMITS.products)
  @ValidateNested({ each: true })
  @Type(() => TargetDto)
  targets!: TargetDto[];

  @IsObject()
  @ValidateNested()
  @Type(() => PriceTermsDto)
  priceTerms!: PriceTermsDto;

  @IsCalendarDay()
  startDate!: string;

  @IsCalendarDay()
  endDate!: string;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(TERMS_LIMITS.obligations)
  @ValidateNested({ each: true })
  @Type(() => ObligationDto)
  obligations?: ObligationDto[];
}
