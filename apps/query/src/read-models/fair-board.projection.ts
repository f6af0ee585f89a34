import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import {
  BoothBooked,
  BoothCheckedIn,
  EventEnvelope,
  FairRescheduled,
  FairScheduled,
  FairStatus,
  MeetingRequested,
} from '@ocop/events';
import { BookingStatus, COLLECTIONS, MeetingStatus } from './collections';
import { change, create } from './writes';

const { fairs, boothBookings, fairMeetings } = COLLECTIONS;

const FAIR_STATUS_OF: Record<string, FairStatus> = {
  FairBookingOpened: 'booking-open',
  FairBookingClosed: 'booking-closed',
  FairOpened: 'in-progress',
  FairClosed: 'closed',
};

const BOOKING_STATUS_OF: Record<string, BookingStatus> = {
  BoothBookingApproved: 'approved',
  BoothBookingRejected: 'rejected',
  BoothBookingCancelled: 'cancelled',
};

const MEETING_STATUS_OF: Record<string, MeetingStatus> = {
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
export const fairBoardProjection: Projection = {
  name: 'fair-board',
  handles: [
    'FairScheduled',
    'FairRescheduled',
    ...Object.keys(FAIR_STATUS_OF),
    'BoothBooked',
    ...Object.keys(BOOKING_STATUS_OF),
    'BoothCheckedIn',
    'MeetingRequested',
    'MeetingScheduled',
    ...Object.keys(MEETING_STATUS_OF),
  ],
  collections: [fairs, boothBookings, fairMeetings],
  project(event: EventEnvelope): ProjectionWrite[] {
    const at = event.occurredAt;
    const id = { _id: event.aggregateId };
    switch (event.type) {
      case 'FairScheduled': {
        const p = event.payload as unknown as FairScheduled;
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
        const p = event.payload as unknown as FairRescheduled;
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
        const p = event.payload as unknown as BoothBooked;
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
        const p = event.payload as unknown as BoothCheckedIn;
        return [
          change(boothBookings, event, id, {
            status: 'checked-in',
            checkedInAt: p.checkedInAt,
            updatedAt: at,
          }),
        ];
      }
      case 'MeetingRequested': {
        const p = event.payload as unknown as MeetingRequested;
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
    }
    if (FAIR_STATUS_OF[event.type]) {
      return [change(fairs, event, id, { status: FAIR_STATUS_OF[event.type], updatedAt: at })];
    }
    if (BOOKING_STATUS_OF[event.type]) {
      return [
        change(boothBookings, event, id, { status: BOOKING_STATUS_OF[event.type], updatedAt: at }),
      ];
    }
    if (MEETING_STATUS_OF[event.type]) {
      return [
        change(fairMeetings, event, id, { status: MEETING_STATUS_OF[event.type], updatedAt: at }),
      ];
    }
    return [];
  },
};
