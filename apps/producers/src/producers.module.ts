import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { Clock, PlatformModule } from '@ocop/common';
import { EventSourcingModule, reactionRunner } from '@ocop/event-sourcing';
import { integrationEventCatalog } from '@ocop/events';
import { ProducerCommands } from './commands/producer-commands';
import { RegistrationClaims } from './commands/registration-claims';
import { ProducersController } from './interface/producers.controller';
import {
  CERTIFICATE_EXPIRY_QUEUE,
  CertificateExpiryProcessor,
  CertificateExpiryScheduler,
} from './jobs/certificate-expiry';
import { ProducerRepository } from './producer.repository';
import { OrderReactions } from './reactions/order-reactions';

@Module({
  imports: [
    PlatformModule.forService('producers'),
    EventSourcingModule.forService(integrationEventCatalog()),
    BullModule.registerQueue({ name: CERTIFICATE_EXPIRY_QUEUE }),
  ],
  controllers: [ProducersController],
  providers: [
    Clock,
    ProducerRepository,
    RegistrationClaims,
    ProducerCommands,
    CertificateExpiryScheduler,
    CertificateExpiryProcessor,
    OrderReactions,
    reactionRunner(OrderReactions),
  ],
})
export class ProducersModule {}
