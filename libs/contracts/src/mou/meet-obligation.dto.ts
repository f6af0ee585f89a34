import { IsOmittable } from '@ocop/events';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../shared/dto-transforms';

export class MeetObligationDto {
  /** What was done, e.g. "đã bố trí kệ trưng bày tại 10 siêu thị". */
  @IsOmittable()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note?: string;
}
