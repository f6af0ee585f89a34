import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../shared/dto-transforms';

export class RejectBookingDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
