import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BOOTH_TYPE_CODE,
  FAIR_KINDS,
  FairKind,
  TIME_OF_DAY,
  UTC_OFFSET,
  IsOmittable,
} from '@ocop/events';
import { Trim } from '../shared/dto-transforms';

export class BoothTypeDto {
  /** e.g. standard-3x3, corner, pavilion */
  @IsString()
  @Matches(BOOTH_TYPE_CODE, {
    message: 'code must be lower-case letters, digits and dashes, e.g. standard-3x3',
  })
  code!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(5_000)
  count!: number;

  /** Per booth for the whole fair, in whole đồng. */
  @IsInt()
  @Min(0)
  priceVnd!: number;
}

/** Slots of `lengthMinutes` from dailyStart to dailyEnd (local time) on each day of the fair. */
export class MeetingSlotsDto {
  @IsInt()
  @Min(5)
  @Max(240)
  lengthMinutes!: number;

  @IsInt()
  @Min(1)
  @Max(500)
  tables!: number;

  @IsString()
  @Matches(TIME_OF_DAY, { message: 'dailyStart must be a time of day, HH:mm' })
  dailyStart!: string;

  @IsString()
  @Matches(TIME_OF_DAY, { message: 'dailyEnd must be a time of day, HH:mm' })
  dailyEnd!: string;

  /** Default +07:00 (Việt Nam). */
  @IsOmittable()
  @IsString()
  @Matches(UTC_OFFSET, { message: 'utcOffset must be ±HH:mm, e.g. +07:00' })
  utcOffset?: string;
}

export class ScheduleFairDto {
  @IsIn(FAIR_KINDS)
  kind!: FairKind;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  /** The organising trade promotion officer. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  organiserId!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  venue!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province!: string;

  @IsISO8601({ strict: true })
  bookingOpensAt!: string;

  @IsISO8601({ strict: true })
  bookingClosesAt!: string;

  @IsISO8601({ strict: true })
  startsAt!: string;

  @IsISO8601({ strict: true })
  endsAt!: string;

  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BoothTypeDto)
  boothTypes: BoothTypeDto[] = [];

  @IsOmittable()
  @ValidateNested()
  @Type(() => MeetingSlotsDto)
  meetingSlots?: MeetingSlotsDto;
}
