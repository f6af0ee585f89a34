import { Trim } from '@ocop/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class TerminateMouDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
