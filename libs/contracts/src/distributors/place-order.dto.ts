import { IsOmittable } from '@ocop/events';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsPositive,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';

/** A line as the buyer gives it; its total is computed by the service (a given total is refused). */
export class OrderLineDto {
  @IsUUID()
  productId!: string;

  @IsInt()
  @IsPositive()
  quantity!: number;

  /** Whole đồng per unit. */
  @IsInt()
  @Min(0)
  unitPriceVnd!: number;
}

export class PlaceOrderDto {
  @IsUUID()
  distributorId!: string;

  @IsUUID()
  producerId!: string;

  @IsOmittable()
  @IsUUID()
  mouId?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  lines!: OrderLineDto[];
}
