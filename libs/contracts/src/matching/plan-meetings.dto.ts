import { IsOmittable } from '@ocop/events';
import { IsInt, Max, Min } from 'class-validator';

export class PlanMeetingsDto {
  /** How many meetings one producer or distributor may have at the fair (default 8). */
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(16)
  maxMeetingsPerParty?: number;
}
