import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { FairDirectory } from '../infrastructure/fair-directory';

/** Fairs, booth bookings, attendees and distributors → who may be paired at which fair. */
@Injectable()
export class FairEventsReaction implements Reaction {
  readonly handles = [
    'FairScheduled',
    'FairRescheduled',
    'BoothBooked',
    'BoothBookingApproved',
    'BoothBookingRejected',
    'BoothBookingCancelled',
    'BoothCheckedIn',
    'FairAttendeeRegistered',
    'DistributorRegistered',
  ] as const;

  constructor(private readonly fairs: FairDirectory) {}

  async handle(event: EventEnvelope): Promise<void> {
    switch (event.aggregateType) {
      case 'fair':
        return this.fairs.applyFairEvent(event);
      case 'booth-booking':
        return this.fairs.applyBookingEvent(event);
      case 'fair-attendee':
        return this.fairs.applyAttendeeEvent(event);
      case 'distributor':
        return this.fairs.applyDistributorRegistered(event);
    }
  }
}
