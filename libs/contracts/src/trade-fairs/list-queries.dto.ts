import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
} from 'class-validator';
import { BOOTH_TYPE_CODE, FAIR_KINDS, FAIR_STATUSES, FairKind, FairStatus } from '@ocop/events';
import { PageQuery } from '../shared/paging';
import { BOOKING_STATUSES, BookingStatus, MEETING_STATUSES, MeetingStatus } from './statuses';

export const FAIR_LIST_SORTS = ['startsAt', 'name'] as const;
export const BOOKING_LIST_SORTS = ['booth', 'status'] as const;
export const MEETING_LIST_SORTS = ['slot', 'status'] as const;
export const ATTENDEE_LIST_SORTS = ['distributorId'] as const;
export const SLOT_LIST_SORTS = ['slot'] as const;

export class FairListQueryDto extends PageQuery {
  @IsOptional() @IsIn(FAIR_LIST_SORTS) sort: (typeof FAIR_LIST_SORTS)[number] = 'startsAt';

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

export class BookingListQueryDto extends PageQuery {
  /** booth: by booth type and number. */
  @IsOptional() @IsIn(BOOKING_LIST_SORTS) sort: (typeof BOOKING_LIST_SORTS)[number] = 'booth';

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

export class MeetingListQueryDto extends PageQuery {
  /** slot: by slot and table. */
  @IsOptional() @IsIn(MEETING_LIST_SORTS) sort: (typeof MEETING_LIST_SORTS)[number] = 'slot';

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

export class AttendeeListQueryDto extends PageQuery {
  @IsOptional() @IsIn(ATTENDEE_LIST_SORTS) sort: (typeof ATTENDEE_LIST_SORTS)[number] =
    'distributorId';
}

export class SlotListQueryDto extends PageQuery {
  @IsOptional() @IsIn(SLOT_LIST_SORTS) sort: (typeof SLOT_LIST_SORTS)[number] = 'slot';
}
