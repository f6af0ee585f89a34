import { IsISO8601, IsOptional } from 'class-validator';

/** Any of the four times that have not come yet; the others stay. */
export class RescheduleFairDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  bookingOpensAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  bookingClosesAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;
}
