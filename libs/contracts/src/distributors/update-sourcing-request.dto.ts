import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { STAR_RATINGS } from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

/** What may change while a request is open; group, unit and province are fixed once published. */
export class UpdateSourcingRequestDto {
  @IsOptional()
  @Trim()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  keywords?: string[];

  @IsOptional()
  @IsIn(STAR_RATINGS)
  minStars?: 3 | 4 | 5;

  @IsOptional()
  @IsInt()
  @IsPositive()
  quantity?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  targetPriceVnd?: number;

  @IsOptional()
  @IsISO8601({ strict: true })
  deadline?: string;
}
