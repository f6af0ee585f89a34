import { IsOmittable } from '@ocop/events';
import { IsISO8601 } from 'class-validator';

/** Any of the four times that have not come yet; the others stay. */
export class RescheduleFairDto {
  @IsOmittable()
  @IsISO8601({ strict: true })
  bookingOpensAt?: string;

  @IsOmittable()
  @IsISO8601({ strict: true })
  bookingClosesAt?: string;

  @IsOmittable()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @IsOmittable()
  @IsISO8601({ strict: true })
  endsAt?: string;
}
