import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Min } from 'class-validator';
import {
  BOOTH_TYPE_CODE,
  FAIR_KINDS,
  FAIR_STATUSES,
  FairKind,
  FairStatus,
  IsOmittable,
} from '@ocop/events';
import { PageQuery } from '../shared/paging';
import { BOOKING_STATUSES, BookingStatus, MEETING_STATUSES, MeetingStatus } from './statuses';

export const FAIR_LIST_SORTS = ['startsAt', 'name'] as const;
export const BOOKING_LIST_SORTS = ['booth', 'status'] as const;
export const MEETING_LIST_SORTS = ['slot', 'status'] as const;
export const ATTENDEE_LIST_SORTS = ['distributorId'] as const;
export const SLOT_LIST_SORTS = ['slot'] as const;

export class FairListQueryDto extends PageQuery {
  @IsOmittable() @IsIn(FAIR_LIST_SORTS) sort: (typeof FAIR_LIST_SORTS)[number] = 'startsAt';

  @IsOmittable()
  @IsIn(FAIR_KINDS)
  kind?: FairKind;

  @IsOmittable()
  @IsIn(FAIR_STATUSES)
  status?: FairStatus;

  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  province?: string;

  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  organiserId?: string;
}

export class BookingListQueryDto extends PageQuery {
  /** booth: by booth type and number. */
  @IsOmittable() @IsIn(BOOKING_LIST_SORTS) sort: (typeof BOOKING_LIST_SORTS)[number] = 'booth';

  @IsOmittable()
  @IsIn(BOOKING_STATUSES)
  status?: BookingStatus;

  @IsOmittable()
  @IsUUID()
  producerId?: string;

  @IsOmittable()
  @IsString()
  @Matches(BOOTH_TYPE_CODE, { message: 'boothType must be a booth type code' })
  boothType?: string;
}

export class MeetingListQueryDto extends PageQuery {
  /** slot: by slot and table. */
  @IsOmittable() @IsIn(MEETING_LIST_SORTS) sort: (typeof MEETING_LIST_SORTS)[number] = 'slot';

  @IsOmittable()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @IsOmittable()
  @IsUUID()
  producerId?: string;

  @IsOmittable()
  @IsUUID()
  distributorId?: string;

  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  slot?: number;
}

export class AttendeeListQueryDto extends PageQuery {
  @IsOmittable() @IsIn(ATTENDEE_LIST_SORTS) sort: (typeof ATTENDEE_LIST_SORTS)[number] =
    'distributorId';
}

export class SlotListQueryDto extends PageQuery {
  @IsOmittable() @IsIn(SLOT_LIST_SORTS) sort: (typeof SLOT_LIST_SORTS)[number] = 'slot';
}
