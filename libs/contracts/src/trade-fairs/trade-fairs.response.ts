import {
  FAIR_KINDS,
  FAIR_STATUSES,
  FAIR_TRIGGERS,
  MEETING_ABSENTEES,
  MEETING_PARTIES,
} from '@ocop/events';
import { BOOKING_STATUSES, MEETING_STATUSES } from './statuses';
import {
  Day,
  Id,
  Ids,
  Instant,
  Int,
  Ints,
  ListOf,
  Nested,
  OneOf,
  Text,
  Texts,
} from '../shared/response-fields';

/** What the trade-fairs service answers: fairs, booth bookings, attendees, meetings, slots. */

export class BoothType {
  @Text() code!: string;
  @Text() name!: string;
  @Int() count!: number;
  @Int() priceVnd!: number;
}

export class BoothTypeAvailability extends BoothType {
  /** Booths held by requested, approved or checked-in bookings. */
  @Int() held!: number;
  @Int() available!: number;
}

export class MeetingSlotLayout {
  @Int() lengthMinutes!: number;
  @Int() tables!: number;
  @Text({ description: 'HH:mm' }) dailyStart!: string;
  @Text({ description: 'HH:mm' }) dailyEnd!: string;
  @Text({ description: '+07:00' }) utcOffset!: string;
  @Texts() days!: string[];
  @Int() slotsPerDay!: number;
  @Int() slotCount!: number;
}

export class FairPhase {
  @OneOf(FAIR_STATUSES) status!: string;
  @OneOf(FAIR_TRIGGERS) trigger!: string;
  @Instant() effectiveAt!: string;
}

export class Fair {
  @Id() fairId!: string;
  @OneOf(FAIR_KINDS) kind!: string;
  @Text() name!: string;
  @Text() organiserId!: string;
  @Text() venue!: string;
  @Text() province!: string;
  @OneOf(FAIR_STATUSES) status!: string;
  @Instant() bookingOpensAt!: string;
  @Instant() bookingClosesAt!: string;
  @Instant() startsAt!: string;
  @Instant() endsAt!: string;
  @ListOf(() => BoothType) boothTypes!: BoothType[];
  @Nested(() => MeetingSlotLayout, { nullable: true }) meetingSlots!: MeetingSlotLayout | null;
  @ListOf(() => FairPhase) phases!: FairPhase[];
  @Int() version!: number;
  /** On a fair just scheduled: where to read it. */
  @Text({ optional: true }) location?: string;
}

export class FairMeetingCounts {
  @Int() requested!: number;
  @Int() scheduled!: number;
  @Int() declined!: number;
  @Int() cancelled!: number;
  @Int() held!: number;
  @Int() missed!: number;
}

/** A fair with its booth inventory now and its meetings by status. */
export class FairDetails extends Fair {
  @ListOf(() => BoothTypeAvailability) declare boothTypes: BoothTypeAvailability[];
  @Nested(() => FairMeetingCounts) meetings!: FairMeetingCounts;
}

export class MeetingSlot {
  @Int() slot!: number;
  @Day() day!: string;
  @Instant() startsAt!: string;
  @Instant() endsAt!: string;
  @Int() tables!: number;
  @Int() tablesTaken!: number;
}

export class Booking {
  @Id() bookingId!: string;
  @Id() fairId!: string;
  @Id() producerId!: string;
  @Text() boothType!: string;
  @Int() boothNumber!: number;
  @Ids() productIds!: string[];
  @Int() priceVnd!: number;
  @OneOf(BOOKING_STATUSES) status!: string;
  @Text({ nullable: true }) rejectionReason!: string | null;
  @Text({ nullable: true }) cancellationReason!: string | null;
  @Instant({ nullable: true }) checkedInAt!: string | null;
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}

export class Attendee {
  @Text() attendeeId!: string;
  @Id() fairId!: string;
  @Id() distributorId!: string;
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}

export class Meeting {
  @Id() meetingId!: string;
  @Id() fairId!: string;
  @Id() producerId!: string;
  @Id() distributorId!: string;
  @OneOf(MEETING_PARTIES) requestedBy!: string;
  @Ints() offeredSlots!: number[];
  @Text({ nullable: true }) note!: string | null;
  @OneOf(MEETING_STATUSES) status!: string;
  @Int({ nullable: true }) slot!: number | null;
  @Int({ nullable: true }) table!: number | null;
  @Instant({ nullable: true }) startsAt!: string | null;
  @Instant({ nullable: true }) endsAt!: string | null;
  @OneOf(MEETING_PARTIES, { nullable: true }) acceptedBy!: string | null;
  @OneOf(MEETING_PARTIES, { nullable: true }) declinedBy!: string | null;
  @Text({ nullable: true }) declineReason!: string | null;
  @OneOf(MEETING_PARTIES, { nullable: true }) cancelledBy!: string | null;
  @Text({ nullable: true }) cancellationReason!: string | null;
  @OneOf(MEETING_ABSENTEES, { nullable: true }) absent!: string | null;
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}
