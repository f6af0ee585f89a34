import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Clock, PlatformModule } from '@ocop/common';
import { EventSourcingModule, reactionRunner } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { AcceptMeetingHandler } from './commands/accept-meeting/accept-meeting.handler';
import { AdvanceFairHandler } from './commands/advance-fair/advance-fair.handler';
import { ApproveBookingHandler } from './commands/approve-booking/approve-booking.handler';
import { BookBoothHandler } from './commands/book-booth/book-booth.handler';
import { CancelBookingHandler } from './commands/cancel-booking/cancel-booking.handler';
import { CancelMeetingHandler } from './commands/cancel-meeting/cancel-meeting.handler';
import { CheckInBookingHandler } from './commands/check-in-booking/check-in-booking.handler';
import { DeclineMeetingHandler } from './commands/decline-meeting/decline-meeting.handler';
import { RecordMeetingOutcomeHandler } from './commands/record-meeting-outcome/record-meeting-outcome.handler';
import { RegisterAttendeeHandler } from './commands/register-attendee/register-attendee.handler';
import { RejectBookingHandler } from './commands/reject-booking/reject-booking.handler';
import { RequestMeetingHandler } from './commands/request-meeting/request-meeting.handler';
import { RescheduleFairHandler } from './commands/reschedule-fair/reschedule-fair.handler';
import { ScheduleFairHandler } from './commands/schedule-fair/schedule-fair.handler';
import { BoothInventory } from './infrastructure/booth-inventory';
import { EligibilityView } from './infrastructure/eligibility-view';
import { MeetingClaims } from './infrastructure/meeting-claims';
import { ReadViews } from './infrastructure/read-views';
import { TradeFairRepositories } from './infrastructure/repositories';
import { AttendeesController } from './interface/attendees.controller';
import { BookingsController } from './interface/bookings.controller';
import { FairsController } from './interface/fairs.controller';
import { MeetingsController } from './interface/meetings.controller';
import {
  FAIR_LIFECYCLE_QUEUE,
  FairLifecycleProcessor,
  FairLifecycleScheduler,
} from './jobs/fair-lifecycle.processor';
import { DistributorRegisteredReaction } from './reactions/distributor-registered.reaction';
import { MeetingPlanPublishedReaction } from './reactions/meeting-plan-published.reaction';
import { OwnEventsReaction } from './reactions/own-events.reaction';
import { ProducerEligibilityReaction } from './reactions/producer-eligibility.reaction';

/**
 * Fairs (lifecycle driven by BullMQ jobs), booth bookings against an inventory that cannot be
 * oversold, distributors attending, and B2B meetings in slots and at tables; producers' and
 * distributors' events tell it who may take part.
 */
@Module({
  imports: [
    PlatformModule.forService('trade-fairs'),
    EventSourcingModule.forService(integrationEventCatalog()),
    BullModule.registerQueue({ name: FAIR_LIFECYCLE_QUEUE }),
  ],
  controllers: [FairsController, BookingsController, AttendeesController, MeetingsController],
  providers: [
    Clock,
    TradeFairRepositories,
    BoothInventory,
    MeetingClaims,
    EligibilityView,
    ReadViews,
    // commands
    ScheduleFairHandler,
    RescheduleFairHandler,
    AdvanceFairHandler,
    BookBoothHandler,
    ApproveBookingHandler,
    RejectBookingHandler,
    CancelBookingHandler,
    CheckInBookingHandler,
    RegisterAttendeeHandler,
    RequestMeetingHandler,
    AcceptMeetingHandler,
    DeclineMeetingHandler,
    CancelMeetingHandler,
    RecordMeetingOutcomeHandler,
    // jobs
    FairLifecycleScheduler,
    FairLifecycleProcessor,
    // reactions: producers', distributors' and matching's events, and the service's own coming back
    ProducerEligibilityReaction,
    DistributorRegisteredReaction,
    MeetingPlanPublishedReaction,
    OwnEventsReaction,
    reactionRunner(
      ProducerEligibilityReaction,
      DistributorRegisteredReaction,
      MeetingPlanPublishedReaction,
      OwnEventsReaction,
    ),
  ],
})
export class TradeFairsModule {}
