import { AcceptMeetingDto } from '../../../trade-fairs/src/commands/accept-meeting/accept-meeting.dto';
import { BookBoothDto } from '../../../trade-fairs/src/commands/book-booth/book-booth.dto';
import { CancelBookingDto } from '../../../trade-fairs/src/commands/cancel-booking/cancel-booking.dto';
import { CancelMeetingDto } from '../../../trade-fairs/src/commands/cancel-meeting/cancel-meeting.dto';
import { DeclineMeetingDto } from '../../../trade-fairs/src/commands/decline-meeting/decline-meeting.dto';
import { RequestMeetingDto } from '../../../trade-fairs/src/commands/request-meeting/request-meeting.dto';
import { RecordNoShowDto } from '../../../trade-fairs/src/commands/record-meeting-outcome/record-no-show.dto';
import { RegisterAttendeeDto } from '../../../trade-fairs/src/commands/register-attendee/register-attendee.dto';
import { RejectBookingDto } from '../../../trade-fairs/src/commands/reject-booking/reject-booking.dto';
import { RescheduleFairDto } from '../../../trade-fairs/src/commands/reschedule-fair/reschedule-fair.dto';
import { ScheduleFairDto } from '../../../trade-fairs/src/commands/schedule-fair/schedule-fair.dto';
import {
  BookingListQueryDto,
  FairListQueryDto,
  MeetingListQueryDto,
  PageQueryDto,
} from '../../../trade-fairs/src/interface/list-queries.dto';
import {
  anyone,
  organiserOfFair,
  organisesItself,
  partyOf,
  queryFiltersToOwn,
} from '../forwarding/access-rules';
import { AccessRule, GatewayRoute } from '../forwarding/gateway-route';

const fairs = { service: 'trade-fairs', tag: 'fairs' } as const;
const bookings = { service: 'trade-fairs', tag: 'booth bookings' } as const;
const meetings = { service: 'trade-fairs', tag: 'meetings' } as const;
const bookingOwner = partyOf('trade-fairs', '/fairs/:fairId/bookings/:bookingId');
const meetingParty = partyOf('trade-fairs', '/fairs/:fairId/meetings/:meetingId');
const organiser: AccessRule = organiserOfFair;

/** Fair lifecycle steps the organising officer takes (the jobs also take them on schedule). */
const lifecycle = (step: string, summary: string): GatewayRoute => ({
  ...fairs,
  method: 'POST',
  path: `/fairs/:fairId/${step}`,
  summary,
  access: { officer: organiser, admin: anyone },
  notFound: 'fair :fairId not found',
});

/** Trade fairs, booth bookings, attendees and B2B meetings, owned by the trade-fairs service. */
export const FAIR_ROUTES: GatewayRoute[] = [
  {
    ...fairs,
    method: 'POST',
    path: '/fairs',
    summary:
      'Schedule a fair: venue, dates, booth types and meeting slots (its organising officer)',
    body: ScheduleFairDto,
    access: { officer: organisesItself, admin: anyone },
    notFound: 'organiser not found',
  },
  {
    ...fairs,
    method: 'GET',
    path: '/fairs',
    summary: 'Fairs, filtered by kind, status, province or organiser',
    query: FairListQueryDto,
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair not found',
  },
  {
    ...fairs,
    method: 'GET',
    path: '/fairs/:fairId',
    summary: 'A fair with its booth inventory',
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...fairs,
    method: 'PATCH',
    path: '/fairs/:fairId',
    summary: 'Reschedule a fair (its organiser)',
    body: RescheduleFairDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  lifecycle('open-booking', 'Open booth booking (its organiser)'),
  lifecycle('close-booking', 'Close booth booking (its organiser)'),
  lifecycle('start', 'Start the fair (its organiser)'),
  lifecycle('close', 'Close the fair (its organiser)'),
  {
    ...fairs,
    method: 'GET',
    path: '/fairs/:fairId/slots',
    summary: "The fair's meeting slots and tables",
    query: PageQueryDto,
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings',
    summary: 'Book a booth for certified products (a producer, or the organiser for it)',
    body: BookBoothDto,
    access: { producer: anyone, officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'GET',
    path: '/fairs/:fairId/bookings',
    summary: "The fair's booth bookings (its organiser)",
    query: BookingListQueryDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'GET',
    path: '/fairs/:fairId/bookings/:bookingId',
    summary: 'A booth booking',
    access: { producer: bookingOwner, officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/approve',
    summary: 'Approve a booking (its organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/reject',
    summary: 'Reject a booking (its organiser)',
    body: RejectBookingDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/cancel',
    summary: 'Cancel a booking (its producer or the organiser)',
    body: CancelBookingDto,
    access: { producer: bookingOwner, officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/check-in',
    summary: 'Check a booked producer in at the fair (its organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...fairs,
    tag: 'attendees',
    method: 'POST',
    path: '/fairs/:fairId/attendees',
    summary: 'Register a distributor as a fair attendee (itself, or the organiser for it)',
    body: RegisterAttendeeDto,
    access: { distributor: anyone, officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...fairs,
    tag: 'attendees',
    method: 'GET',
    path: '/fairs/:fairId/attendees',
    summary: "The fair's registered distributors (its organiser)",
    query: PageQueryDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings',
    summary: 'Ask for a B2B meeting at the fair (a producer or a distributor, for itself)',
    body: RequestMeetingDto,
    access: { producer: anyone, distributor: anyone, officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'GET',
    path: '/fairs/:fairId/meetings',
    summary:
      "The fair's meetings (its organiser); a producer's or distributor's own (?producerId= / ?distributorId=)",
    query: MeetingListQueryDto,
    access: {
      officer: organiser,
      producer: queryFiltersToOwn('producerId'),
      distributor: queryFiltersToOwn('distributorId'),
      admin: anyone,
    },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'GET',
    path: '/fairs/:fairId/meetings/:meetingId',
    summary: 'A meeting',
    access: {
      producer: meetingParty,
      distributor: meetingParty,
      officer: organiser,
      admin: anyone,
    },
    notFound: 'meeting :meetingId not found',
  },
  ...(
    [
      ['accept', AcceptMeetingDto, 'Accept a meeting in one of the offered slots (the side asked)'],
      ['decline', DeclineMeetingDto, 'Decline a meeting (the side asked)'],
      ['cancel', CancelMeetingDto, 'Cancel a meeting (either side)'],
    ] as const
  ).map(([step, body, summary]): GatewayRoute => ({
    ...meetings,
    method: 'POST',
    path: `/fairs/:fairId/meetings/:meetingId/${step}`,
    summary,
    body,
    access: { producer: meetingParty, distributor: meetingParty, admin: anyone },
    notFound: 'meeting :meetingId not found',
  })),
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings/:meetingId/held',
    summary: 'Record that a meeting was held (the organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'meeting :meetingId not found',
  },
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings/:meetingId/no-show',
    summary: 'Record who did not come to a meeting (the organiser)',
    body: RecordNoShowDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'meeting :meetingId not found',
  },
];
