import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsPositive,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { PRODUCT_GROUPS, ProductGroup, STAR_RATINGS, IsOmittable } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class PublishSourcingRequestDto {
  @IsUUID()
  distributorId!: string;

  @IsIn(PRODUCT_GROUPS)
  group!: ProductGroup;

  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  subgroup?: string;

  @Trim()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  keywords!: string[];

  @IsIn(STAR_RATINGS)
  minStars!: 3 | 4 | 5;

  @IsInt()
  @IsPositive()
  quantity!: number;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  unit!: string;

  /** Per unit, in whole đồng. */
  @IsOmittable()
  @IsInt()
  @Min(0)
  targetPriceVnd?: number;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  deliveryProvince!: string;

  @IsISO8601({ strict: true })
  deadline!: string;
}
