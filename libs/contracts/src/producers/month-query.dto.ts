import { IsOmittable } from '@ocop/events';
import { Matches } from 'class-validator';

export class MonthQueryDto {
  @IsOmittable()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;
}
