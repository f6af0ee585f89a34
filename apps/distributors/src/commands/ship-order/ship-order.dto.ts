import { Trim } from '@ocop/common';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ShipOrderDto {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  trackingNumber?: string;
}
