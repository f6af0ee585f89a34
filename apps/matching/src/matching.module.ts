import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Clock, PlatformModule } from '@ocop/common';
import { EventSourcingModule, reactionRunner } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { PlanMeetingsHandler } from './commands/plan-meetings/plan-meetings.handler';
import { MatchProposer } from './commands/propose-matches/match-proposer';
import { PublishMeetingPlanHandler } from './commands/publish-meeting-plan/publish-meeting-plan.handler';
import { FairDirectory } from './infrastructure/fair-directory';
import { MatchingIndex } from './infrastructure/matching-index';
import { MatchingRepositories } from './infrastructure/repositories';
import { MatchesController } from './interface/matches.controller';
import { MeetingPlanController } from './interface/meeting-plan.controller';
import {
  PRODUCER_NOTIFICATIONS_QUEUE,
  ProducerNotificationProcessor,
  ProducerNotifier,
} from './jobs/producer-notification.processor';
import { DemandEventsReaction } from './reactions/demand-events.reaction';
import { FairEventsReaction } from './reactions/fair-events.reaction';
import { SupplyEventsReaction } from './reactions/supply-events.reaction';

/**
 * Supply-demand matching, fed only by events: an in-memory index of certified products and open
 * sourcing requests (kept in its own MongoDB), ranked matches per request (MatchesProposed,
 * MatchWithdrawn), producers notified through BullMQ, and fair meeting plans (MeetingPlanProposed,
 * MeetingPlanPublished) that trade-fairs turns into meeting requests.
 */
@Module({
  imports: [
    PlatformModule.forService('matching'),
    EventSourcingModule.forService(integrationEventCatalog()),
    BullModule.registerQueue({ name: PRODUCER_NOTIFICATIONS_QUEUE }),
  ],
  controllers: [MatchesController, MeetingPlanController],
  providers: [
    Clock,
    MatchingIndex,
    FairDirectory,
    MatchingRepositories,
    // commands
    MatchProposer,
    PlanMeetingsHandler,
    PublishMeetingPlanHandler,
    // jobs
    ProducerNotifier,
    ProducerNotificationProcessor,
    // reactions: supply, demand and fairs
    SupplyEventsReaction,
    DemandEventsReaction,
    FairEventsReaction,
    reactionRunner(SupplyEventsReaction, DemandEventsReaction, FairEventsReaction),
  ],
})
export class MatchingModule {}
