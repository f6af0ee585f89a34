import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PlatformModule } from '@ocop/common';
import { EventSourcingModule, reactionRunner } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { AnswerReservationHandler } from './commands/answer-reservation/answer-reservation.handler';
import { CancelOrderHandler } from './commands/cancel-order/cancel-order.handler';
import { CloseSourcingRequestHandler } from './commands/close-sourcing-request/close-sourcing-request.handler';
import { DeliverOrderHandler } from './commands/deliver-order/deliver-order.handler';
import { PlaceOrderHandler } from './commands/place-order/place-order.handler';
import { PublishSourcingRequestHandler } from './commands/publish-sourcing-request/publish-sourcing-request.handler';
import { RegisterDistributorHandler } from './commands/register-distributor/register-distributor.handler';
import { ShipOrderHandler } from './commands/ship-order/ship-order.handler';
import { UpdateSourcingRequestHandler } from './commands/update-sourcing-request/update-sourcing-request.handler';
import { RegistrationClaims } from './infrastructure/registration-claims';
import { MouView } from './infrastructure/mou-view';
import { DistributorRepositories } from './infrastructure/repositories';
import { DistributorsController } from './interface/distributors.controller';
import { OrdersController } from './interface/orders.controller';
import { SourcingRequestsController } from './interface/sourcing-requests.controller';
import {
  ORDER_TIMEOUT_QUEUE,
  OrderTimeoutProcessor,
  OrderTimeoutScheduler,
} from './jobs/order-confirmation-timeout.processor';
import {
  SOURCING_DEADLINE_QUEUE,
  SourcingDeadlineProcessor,
  SourcingDeadlineScheduler,
} from './jobs/sourcing-request-deadline.processor';
import { CapacityReservationRejectedReaction } from './reactions/capacity-reservation-rejected.reaction';
import { CapacityReservedReaction } from './reactions/capacity-reserved.reaction';
import { MouLifecycleReaction } from './reactions/mou-lifecycle.reaction';

/** Distributors, their sourcing requests and purchase orders, and the order saga's distributor side. */
@Module({
  imports: [
    PlatformModule.forService('distributors'),
    EventSourcingModule.forService(integrationEventCatalog()),
    BullModule.registerQueue({ name: SOURCING_DEADLINE_QUEUE }, { name: ORDER_TIMEOUT_QUEUE }),
  ],
  controllers: [DistributorsController, SourcingRequestsController, OrdersController],
  providers: [
    DistributorRepositories,
    RegistrationClaims,
    MouView,
    // commands
    RegisterDistributorHandler,
    PublishSourcingRequestHandler,
    UpdateSourcingRequestHandler,
    CloseSourcingRequestHandler,
    PlaceOrderHandler,
    ShipOrderHandler,
    DeliverOrderHandler,
    CancelOrderHandler,
    AnswerReservationHandler,
    // jobs
    SourcingDeadlineScheduler,
    SourcingDeadlineProcessor,
    OrderTimeoutScheduler,
    OrderTimeoutProcessor,
    // reactions to producers' and mou's events
    CapacityReservedReaction,
    CapacityReservationRejectedReaction,
    MouLifecycleReaction,
    reactionRunner(
      CapacityReservedReaction,
      CapacityReservationRejectedReaction,
      MouLifecycleReaction,
    ),
  ],
})
export class DistributorsModule {}
