import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../shared/dto-transforms';

export class TerminateMouDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
