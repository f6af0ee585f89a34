import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { isEventOf, TypedEnvelope } from '@ocop/events';
import { FairDirectory } from '../infrastructure/fair-directory';

const FAIR_EVENTS = ['FairScheduled', 'FairRescheduled'] as const;
const BOOKING_EVENTS = [
  'BoothBooked',
  'BoothBookingApproved',
  'BoothBookingRejected',
  'BoothBookingCancelled',
  'BoothCheckedIn',
] as const;
const HANDLES = [
  ...FAIR_EVENTS,
  ...BOOKING_EVENTS,
  'FairAttendeeRegistered' as const,
  'DistributorRegistered' as const,
];
type FairEvent = TypedEnvelope<(typeof HANDLES)[number]>;

/** Fairs, booth bookings, attendees and distributors → who may be paired at which fair. */
@Injectable()
export class FairEventsReaction implements Reaction<FairEvent> {
  readonly handles = HANDLES;

  constructor(private readonly fairs: FairDirectory) {}

  async handle(event: FairEvent): Promise<void> {
    if (isEventOf(event, ...FAIR_EVENTS)) return this.fairs.applyFairEvent(event);
    if (isEventOf(event, ...BOOKING_EVENTS)) return this.fairs.applyBookingEvent(event);
    if (event.type === 'FairAttendeeRegistered') return this.fairs.applyAttendeeEvent(event);
    return this.fairs.applyDistributorRegistered(event);
  }
}
