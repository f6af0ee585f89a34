import { IsOmittable } from './is-omittable';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventDefinition, eventDefinitions } from './event-catalog';
import { AGGREGATE_TYPES } from './vocabulary';

/* The trade-fairs service's events: fairs, booth bookings and B2B meetings. */

/**
 * The trade-fairs service's aggregate types, so its topics (`ocop.events.<type>`). A fair's
 * bookings, attendees and meetings are aggregates of their own, so that a thousand producers
 * booking at once never contend for one stream.
 */
export const FAIR_AGGREGATE_TYPES = {
  fair: AGGREGATE_TYPES.fair,
  boothBooking: 'booth-booking',
  fairAttendee: 'fair-attendee',
  fairMeeting: 'fair-meeting',
} as const;

export const FAIR_KINDS = [
  'trade-fair',
  'ocop-product-week',
  'exhibition',
  'b2b-matchmaking',
] as const;
export type FairKind = (typeof FAIR_KINDS)[number];

/** scheduled → booking-open → booking-closed → in-progress → closed, never backwards. */
export const FAIR_STATUSES = [
  'scheduled',
  'booking-open',
  'booking-closed',
  'in-progress',
  'closed',
] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** What moved a fair on: its BullMQ job at the configured time, or the officer, early. */
export const FAIR_TRIGGERS = ['schedule', 'officer'] as const;
export type FairTrigger = (typeof FAIR_TRIGGERS)[number];

/** The two sides of a B2B meeting. */
export const MEETING_PARTIES = ['producer', 'distributor'] as const;
export type MeetingParty = (typeof MEETING_PARTIES)[number];

/** Who did not come to a meeting. */
export const MEETING_ABSENTEES = ['producer', 'distributor', 'both'] as const;
export type MeetingAbsentee = (typeof MEETING_ABSENTEES)[number];

/** A booth type's code: lower-case letters, digits and dashes, e.g. `standard-3x3`, `corner`. */
export const BOOTH_TYPE_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** A local time of day, HH:mm (24 h). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A fixed UTC offset, ±HH:mm; Việt Nam is +07:00 all year. */
export const UTC_OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;

export class BoothTypePayload {
  @IsString() @Matches(BOOTH_TYPE_CODE) code!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @IsInt() @Min(1) @Max(5_000) count!: number;
  /** Per booth for the whole fair, in whole đồng. */
  @IsInt() @Min(0) priceVnd!: number;
}

/**
 * B2B meeting slots: every day of the fair (local dates at `utcOffset`, from the start's date to the
 * end's) runs back-to-back slots of `lengthMinutes` from `dailyStart` until `dailyEnd`, each at
 * `tables` tables. Slots are numbered 0, 1, 2, ... across the fair's days.
 */
export class MeetingSlotsPayload {
  @IsInt() @Min(5) @Max(240) lengthMinutes!: number;
  @IsInt() @Min(1) @Max(500) tables!: number;
  @IsString() @Matches(TIME_OF_DAY) dailyStart!: string;
  @IsString() @Matches(TIME_OF_DAY) dailyEnd!: string;
  @IsString() @Matches(UTC_OFFSET) utcOffset!: string;
}

export class FairScheduled {
  @IsIn(FAIR_KINDS) kind!: FairKind;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  /** The trade promotion officer who organises it. */
  @IsString() @IsNotEmpty() @MaxLength(100) organiserId!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) venue!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) province!: string;
  @IsDateString() bookingOpensAt!: string;
  @IsDateString() bookingClosesAt!: string;
  @IsDateString() startsAt!: string;
  @IsDateString() endsAt!: string;
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BoothTypePayload)
  boothTypes!: BoothTypePayload[];
  @IsOmittable()
  @ValidateNested()
  @Type(() => MeetingSlotsPayload)
  meetingSlots?: MeetingSlotsPayload;
}

/** The fair's whole new schedule (the four times, changed or not). */
export class FairRescheduled {
  @IsDateString() bookingOpensAt!: string;
  @IsDateString() bookingClosesAt!: string;
  @IsDateString() startsAt!: string;
  @IsDateString() endsAt!: string;
}

/**
 * One step of the lifecycle (FairBookingOpened, FairBookingClosed, FairOpened = in progress,
 * FairClosed). `effectiveAt` is the time the step counts from: the configured time when the
 * schedule moved it (even if its job ran late), the officer's time when the officer did.
 */
export class FairPhaseChanged {
  @IsIn(FAIR_TRIGGERS) trigger!: FairTrigger;
  @IsDateString() effectiveAt!: string;
}

export class BoothBookingPayload {
  @IsUUID() fairId!: string;
  @IsUUID() producerId!: string;
  @IsString() @Matches(BOOTH_TYPE_CODE) boothType!: string;
  /** 1 to the type's count: which of the type's booths this booking holds. */
  @IsInt() @Min(1) boothNumber!: number;
}

export class BoothBooked extends BoothBookingPayload {
  /** The certified products the producer will show. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  productIds!: string[];
  @IsInt() @Min(0) priceVnd!: number;
}

export class BoothBookingApproved extends BoothBookingPayload {}

export class BoothBookingRejected extends BoothBookingPayload {
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

/** The booth is free again. */
export class BoothBookingCancelled extends BoothBookingPayload {
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
  @IsBoolean() wasApproved!: boolean;
}

export class BoothCheckedIn extends BoothBookingPayload {
  @IsDateString() checkedInAt!: string;
}

/** A distributor (known from DistributorRegistered) will attend the fair's B2B meetings. */
export class FairAttendeeRegistered {
  @IsUUID() fairId!: string;
  @IsUUID() distributorId!: string;
}

export class MeetingPartiesPayload {
  @IsUUID() fairId!: string;
  @IsUUID() producerId!: string;
  @IsUUID() distributorId!: string;
}

export class MeetingRequested extends MeetingPartiesPayload {
  @IsIn(MEETING_PARTIES) requestedBy!: MeetingParty;
  /** Slot numbers the requester can do; the other side accepts one of them. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  offeredSlots!: number[];
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(1_000) note?: string;
}

export class MeetingScheduled extends MeetingPartiesPayload {
  @IsIn(MEETING_PARTIES) acceptedBy!: MeetingParty;
  @IsInt() @Min(0) slot!: number;
  /** 1 to the fair's number of tables. */
  @IsInt() @Min(1) table!: number;
  @IsDateString() startsAt!: string;
  @IsDateString() endsAt!: string;
}

export class MeetingDeclined extends MeetingPartiesPayload {
  @IsIn(MEETING_PARTIES) declinedBy!: MeetingParty;
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

/** Withdrawn before an answer, or called off once scheduled (its slot and table are free again). */
export class MeetingCancelled extends MeetingPartiesPayload {
  @IsIn(MEETING_PARTIES) cancelledBy!: MeetingParty;
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
  @IsBoolean() wasScheduled!: boolean;
}

export class MeetingHeld extends MeetingPartiesPayload {
  @IsInt() @Min(0) slot!: number;
  @IsInt() @Min(1) table!: number;
}

/** A no-show: the meeting was scheduled but `absent` did not come. */
export class MeetingMissed extends MeetingPartiesPayload {
  @IsInt() @Min(0) slot!: number;
  @IsInt() @Min(1) table!: number;
  @IsIn(MEETING_ABSENTEES) absent!: MeetingAbsentee;
}

export const FAIR_EVENT_PAYLOADS = {
  FairScheduled,
  FairRescheduled,
  FairBookingOpened: FairPhaseChanged,
  FairBookingClosed: FairPhaseChanged,
  FairOpened: FairPhaseChanged,
  FairClosed: FairPhaseChanged,
} as const;
export const BOOTH_BOOKING_EVENT_PAYLOADS = {
  BoothBooked,
  BoothBookingApproved,
  BoothBookingRejected,
  BoothBookingCancelled,
  BoothCheckedIn,
} as const;
export const FAIR_ATTENDEE_EVENT_PAYLOADS = { FairAttendeeRegistered } as const;
export const FAIR_MEETING_EVENT_PAYLOADS = {
  MeetingRequested,
  MeetingScheduled,
  MeetingDeclined,
  MeetingCancelled,
  MeetingHeld,
  MeetingMissed,
} as const;

export const FAIR_EVENTS: EventDefinition[] = [
  ...eventDefinitions(FAIR_AGGREGATE_TYPES.fair, FAIR_EVENT_PAYLOADS),
  ...eventDefinitions(FAIR_AGGREGATE_TYPES.boothBooking, BOOTH_BOOKING_EVENT_PAYLOADS),
  ...eventDefinitions(FAIR_AGGREGATE_TYPES.fairAttendee, FAIR_ATTENDEE_EVENT_PAYLOADS),
  ...eventDefinitions(FAIR_AGGREGATE_TYPES.fairMeeting, FAIR_MEETING_EVENT_PAYLOADS),
];
