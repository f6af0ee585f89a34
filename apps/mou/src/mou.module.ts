import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Clock, PlatformModule } from '@ocop/common';
import { EventSourcingModule, ProjectionsModule, reactionRunner } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { AmendMouHandler } from './commands/amend-mou/amend-mou.handler';
import { DraftMouHandler } from './commands/draft-mou/draft-mou.handler';
import { MeetObligationHandler } from './commands/meet-obligation/meet-obligation.handler';
import { ProposeMouHandler } from './commands/propose-mou/propose-mou.handler';
import { RecordFulfilmentHandler } from './commands/record-fulfilment/record-fulfilment.handler';
import { SignMouHandler } from './commands/sign-mou/sign-mou.handler';
import { TerminateMouHandler } from './commands/terminate-mou/terminate-mou.handler';
import { FairParticipants, fairParticipantsProjection } from './infrastructure/fair-participants';
import { MouDirectory, mouDirectoryProjection } from './infrastructure/mou-directory';
import { MouRepository } from './infrastructure/mou.repository';
import { ProductGroups, productGroupsProjection } from './infrastructure/product-groups';
import { MousController } from './interface/mous.controller';
import {
  MOU_EXPIRY_QUEUE,
  MouExpiryProcessor,
  MouExpiryScheduler,
} from './jobs/mou-expiry.processor';
import { MouSchedules } from './jobs/mou-schedules';
import {
  OBLIGATION_DEADLINE_QUEUE,
  ObligationDeadlineProcessor,
  ObligationDeadlineScheduler,
} from './jobs/obligation-deadline.processor';
import {
  OBLIGATION_REMINDER_QUEUE,
  ObligationReminderProcessor,
  ObligationReminderScheduler,
} from './jobs/obligation-reminder.processor';
import { OrderDeliveredReaction } from './reactions/order-delivered.reaction';

/**
 * MOUs: drafting, proposal, signatures per party, amendments as new versions, fulfilment counted
 * from delivered orders, expiry and obligation deadlines as BullMQ jobs. Its read models (the MOU
 * list, products' groups, fairs' participants) are projections of its own, producers' and
 * trade-fairs' events.
 */
@Module({
  imports: [
    PlatformModule.forService('mou'),
    EventSourcingModule.forService(integrationEventCatalog()),
    ProjectionsModule.forRoot(integrationEventCatalog(), [
      mouDirectoryProjection,
      productGroupsProjection,
      fairParticipantsProjection,
    ]),
    BullModule.registerQueue(
      { name: MOU_EXPIRY_QUEUE },
      { name: OBLIGATION_DEADLINE_QUEUE },
      { name: OBLIGATION_REMINDER_QUEUE },
    ),
  ],
  controllers: [MousController],
  providers: [
    Clock,
    MouRepository,
    MouDirectory,
    ProductGroups,
    FairParticipants,
    // commands
    DraftMouHandler,
    ProposeMouHandler,
    SignMouHandler,
    AmendMouHandler,
    TerminateMouHandler,
    MeetObligationHandler,
    RecordFulfilmentHandler,
    // jobs
    MouSchedules,
    MouExpiryScheduler,
    MouExpiryProcessor,
    ObligationDeadlineScheduler,
    ObligationDeadlineProcessor,
    ObligationReminderScheduler,
    ObligationReminderProcessor,
    // reactions to distributors' events
    OrderDeliveredReaction,
    reactionRunner(OrderDeliveredReaction),
  ],
})
export class MouModule {}
