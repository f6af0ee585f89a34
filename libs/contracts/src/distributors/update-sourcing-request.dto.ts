import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsPositive,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { STAR_RATINGS, IsOmittable } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

/** What may change while a request is open; group, unit and province are fixed once published. */
export class UpdateSourcingRequestDto {
  @IsOmittable()
  @Trim()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  keywords?: string[];

  @IsOmittable()
  @IsIn(STAR_RATINGS)
  minStars?: 3 | 4 | 5;

  @IsOmittable()
  @IsInt()
  @IsPositive()
  quantity?: number;

  @IsOmittable()
  @IsInt()
  @Min(0)
  targetPriceVnd?: number;

  @IsOmittable()
  @IsISO8601({ strict: true })
  deadline?: string;
}
