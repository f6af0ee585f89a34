import { IsOmittable } from '@ocop/events';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../shared/dto-transforms';

export class ShipOrderDto {
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  trackingNumber?: string;
}
