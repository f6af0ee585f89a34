import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { FairStatus, TypedEnvelope } from '@ocop/events';
import { BookingStatus, COLLECTIONS, MeetingStatus } from './collections';
import { change, create } from './writes';

const { fairs, boothBookings, fairMeetings } = COLLECTIONS;

type FairPhaseEvent = 'FairBookingOpened' | 'FairBookingClosed' | 'FairOpened' | 'FairClosed';
type BookingEndEvent = 'BoothBookingApproved' | 'BoothBookingRejected' | 'BoothBookingCancelled';
type MeetingEndEvent = 'MeetingDeclined' | 'MeetingCancelled' | 'MeetingHeld' | 'MeetingMissed';
type FairBoardEvent = TypedEnvelope<
  | 'FairScheduled'
  | 'FairRescheduled'
  | FairPhaseEvent
  | 'BoothBooked'
  | BookingEndEvent
  | 'BoothCheckedIn'
  | 'MeetingRequested'
  | 'MeetingScheduled'
  | MeetingEndEvent
>;

/** The keys of a record keyed by event types, typed as those types (Object.keys says string[]). */
const typesOf = <T extends string>(record: Record<T, unknown>): T[] => Object.keys(record) as T[];

const FAIR_STATUS_OF: Record<FairPhaseEvent, FairStatus> = {
  FairBookingOpened: 'booking-open',
  FairBookingClosed: 'booking-closed',
  FairOpened: 'in-progress',
  FairClosed: 'closed',
};

const BOOKING_STATUS_OF: Record<BookingEndEvent, BookingStatus> = {
  BoothBookingApproved: 'approved',
  BoothBookingRejected: 'rejected',
  BoothBookingCancelled: 'cancelled',
};

const MEETING_STATUS_OF: Record<MeetingEndEvent, MeetingStatus> = {
  MeetingDeclined: 'declined',
  MeetingCancelled: 'cancelled',
  MeetingHeld: 'held',
  MeetingMissed: 'missed',
};

/**
 * What a fair's board counts, from the trade-fairs service: fairs with their booth inventory,
 * booth bookings and B2B meetings, one document per aggregate (fair, booking, meeting); the board
 * adds them up when read.
 */
export const fairBoardProjection: Projection<FairBoardEvent> = {
  name: 'fair-board',
  handles: [
    'FairScheduled',
    'FairRescheduled',
    ...typesOf(FAIR_STATUS_OF),
    'BoothBooked',
    ...typesOf(BOOKING_STATUS_OF),
    'BoothCheckedIn',
    'MeetingRequested',
    'MeetingScheduled',
    ...typesOf(MEETING_STATUS_OF),
  ],
  collections: [fairs, boothBookings, fairMeetings],
  project(event): ProjectionWrite[] {
    const at = event.occurredAt;
    const id = { _id: event.aggregateId };
    switch (event.type) {
      case 'FairScheduled': {
        const p = event.payload;
        return create(fairs, event, event.aggregateId, {
          kind: p.kind,
          name: p.name,
          organizerId: p.organiserId,
          venue: p.venue,
          province: p.province,
          status: 'scheduled',
          bookingOpensAt: p.bookingOpensAt,
          bookingClosesAt: p.bookingClosesAt,
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          boothTypes: p.boothTypes.map((b) => ({
            code: b.code,
            name: b.name,
            count: b.count,
            priceVnd: b.priceVnd,
          })),
          scheduledAt: at,
          updatedAt: at,
        });
      }
      case 'FairRescheduled': {
        const p = event.payload;
        return [
          change(fairs, event, id, {
            bookingOpensAt: p.bookingOpensAt,
            bookingClosesAt: p.bookingClosesAt,
            startsAt: p.startsAt,
            endsAt: p.endsAt,
            updatedAt: at,
          }),
        ];
      }
      case 'BoothBooked': {
        const p = event.payload;
        return create(boothBookings, event, event.aggregateId, {
          fairId: p.fairId,
          producerId: p.producerId,
          boothType: p.boothType,
          boothNumber: p.boothNumber,
          productIds: p.productIds,
          priceVnd: p.priceVnd,
          status: 'requested',
          checkedInAt: null,
          bookedAt: at,
          updatedAt: at,
        });
      }
      case 'BoothCheckedIn': {
        const p = event.payload;
        return [
          change(boothBookings, event, id, {
            status: 'checked-in',
            checkedInAt: p.checkedInAt,
            updatedAt: at,
          }),
        ];
      }
      case 'MeetingRequested': {
        const p = event.payload;
        return create(fairMeetings, event, event.aggregateId, {
          fairId: p.fairId,
          producerId: p.producerId,
          distributorId: p.distributorId,
          requestedBy: p.requestedBy,
          status: 'requested',
          accepted: false,
          requestedAt: at,
          updatedAt: at,
        });
      }
      case 'MeetingScheduled':
        return [
          change(fairMeetings, event, id, { status: 'scheduled', accepted: true, updatedAt: at }),
        ];
      case 'FairBookingOpened':
      case 'FairBookingClosed':
      case 'FairOpened':
      case 'FairClosed':
        return [change(fairs, event, id, { status: FAIR_STATUS_OF[event.type], updatedAt: at })];
      case 'BoothBookingApproved':
      case 'BoothBookingRejected':
      case 'BoothBookingCancelled':
        return [
          change(boothBookings, event, id, {
            status: BOOKING_STATUS_OF[event.type],
            updatedAt: at,
          }),
        ];
      case 'MeetingDeclined':
      case 'MeetingCancelled':
      case 'MeetingHeld':
      case 'MeetingMissed':
        return [
          change(fairMeetings, event, id, { status: MEETING_STATUS_OF[event.type], updatedAt: at }),
        ];
    }
  },
};
