import {
  Attendee,
  Booking,
  Fair,
  FairDetails,
  Meeting,
  MeetingSlot,
} from '../responses/trade-fairs.response';
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
import { anyone, organiserOfFair, organisesItself, partyOf } from '../forwarding/access-rules';
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
  response: Fair,
  access: { officer: organiser, admin: anyone },
  notFound: 'fair :fairId not found',
});

/** Trade fairs, booth bookings, attendees and B2B meetings, owned by the trade-fairs service. */
export const FAIR_ROUTES: GatewayRoute[] = [
  {
    ...fairs,
    method: 'POST',
    path: '/fairs',
    status: 201,
    response: Fair,
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
    response: Fair,
    list: 'page',
    summary: 'Fairs, filtered by kind, status, province or organiser',
    query: FairListQueryDto,
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair not found',
  },
  {
    ...fairs,
    method: 'GET',
    path: '/fairs/:fairId',
    response: FairDetails,
    summary: 'A fair with its booth inventory',
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...fairs,
    method: 'PATCH',
    path: '/fairs/:fairId',
    response: Fair,
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
    response: MeetingSlot,
    list: 'page',
    summary: "The fair's meeting slots and tables",
    query: PageQueryDto,
    access: { officer: anyone, producer: anyone, distributor: anyone, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings',
    status: 201,
    response: Booking,
    summary: 'Book a booth for certified products (a producer, or the organiser for it)',
    body: BookBoothDto,
    access: { producer: anyone, officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'GET',
    path: '/fairs/:fairId/bookings',
    response: Booking,
    list: 'page',
    summary: "The fair's booth bookings (its organiser)",
    query: BookingListQueryDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...bookings,
    method: 'GET',
    path: '/fairs/:fairId/bookings/:bookingId',
    response: Booking,
    summary: 'A booth booking',
    access: { producer: bookingOwner, officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/approve',
    response: Booking,
    summary: 'Approve a booking (its organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/reject',
    response: Booking,
    summary: 'Reject a booking (its organiser)',
    body: RejectBookingDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/cancel',
    response: Booking,
    summary: 'Cancel a booking (its producer or the organiser)',
    body: CancelBookingDto,
    access: { producer: bookingOwner, officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...bookings,
    method: 'POST',
    path: '/fairs/:fairId/bookings/:bookingId/check-in',
    response: Booking,
    summary: 'Check a booked producer in at the fair (its organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'booking :bookingId not found',
  },
  {
    ...fairs,
    tag: 'attendees',
    method: 'POST',
    path: '/fairs/:fairId/attendees',
    status: 201,
    response: Attendee,
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
    response: Attendee,
    list: 'page',
    summary: "The fair's registered distributors (its organiser)",
    query: PageQueryDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings',
    status: 201,
    response: Meeting,
    summary: 'Ask for a B2B meeting at the fair (a producer or a distributor, for itself)',
    body: RequestMeetingDto,
    access: { producer: anyone, distributor: anyone, officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'GET',
    path: '/fairs/:fairId/meetings',
    response: Meeting,
    list: 'page',
    summary: "The fair's meetings (its organiser)",
    query: MeetingListQueryDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'fair :fairId not found',
  },
  {
    ...meetings,
    method: 'GET',
    path: '/fairs/:fairId/meetings/:meetingId',
    response: Meeting,
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
    response: Meeting,
    body,
    access: { producer: meetingParty, distributor: meetingParty, admin: anyone },
    notFound: 'meeting :meetingId not found',
  })),
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings/:meetingId/held',
    response: Meeting,
    summary: 'Record that a meeting was held (the organiser)',
    access: { officer: organiser, admin: anyone },
    notFound: 'meeting :meetingId not found',
  },
  {
    ...meetings,
    method: 'POST',
    path: '/fairs/:fairId/meetings/:meetingId/no-show',
    response: Meeting,
    summary: 'Record who did not come to a meeting (the organiser)',
    body: RecordNoShowDto,
    access: { officer: organiser, admin: anyone },
    notFound: 'meeting :meetingId not found',
  },
];
