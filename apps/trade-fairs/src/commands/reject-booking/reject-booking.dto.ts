import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '@ocop/common';

export class RejectBookingDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
