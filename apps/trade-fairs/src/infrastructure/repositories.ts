import { Injectable } from '@nestjs/common';
import { AggregateRepository, Repositories } from '@ocop/event-sourcing';
import { BoothBooking } from '../domain/booth-booking.aggregate';
import { FairAttendee } from '../domain/fair-attendee.aggregate';
import { FairMeeting } from '../domain/fair-meeting.aggregate';
import { Fair } from '../domain/fair.aggregate';

/**
 * The service's event-sourced aggregates. Each stream is short (a fair changes a handful of times,
 * a booking or meeting a few), so they are loaded by replay without snapshots.
 */
@Injectable()
export class TradeFairRepositories {
  readonly fairs: AggregateRepository<Fair>;
  readonly bookings: AggregateRepository<BoothBooking>;
  readonly attendees: AggregateRepository<FairAttendee>;
  readonly meetings: AggregateRepository<FairMeeting>;

  constructor(repositories: Repositories) {
    this.fairs = repositories.for((id) => new Fair(id));
    this.bookings = repositories.for((id) => new BoothBooking(id));
    this.attendees = repositories.for((id) => new FairAttendee(id));
    this.meetings = repositories.for((id) => new FairMeeting(id));
  }
}
