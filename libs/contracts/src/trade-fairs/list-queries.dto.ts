import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { BOOTH_TYPE_CODE, FAIR_KINDS, FAIR_STATUSES, FairKind, FairStatus } from '@ocop/events';
import { BOOKING_STATUSES, BookingStatus, MEETING_STATUSES, MeetingStatus } from './statuses';

/** Every list is paged: `limit` (1-200, default 50) items from `offset` (default 0). */
export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export class FairListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(FAIR_KINDS)
  kind?: FairKind;

  @IsOptional()
  @IsIn(FAIR_STATUSES)
  status?: FairStatus;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  province?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  organiserId?: string;
}

export class BookingListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(BOOKING_STATUSES)
  status?: BookingStatus;

  @IsOptional()
  @IsUUID()
  producerId?: string;

  @IsOptional()
  @IsString()
  @Matches(BOOTH_TYPE_CODE, { message: 'boothType must be a booth type code' })
  boothType?: string;
}

export class MeetingListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @IsOptional()
  @IsUUID()
  producerId?: string;

  @IsOptional()
  @IsUUID()
  distributorId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  slot?: number;
}
