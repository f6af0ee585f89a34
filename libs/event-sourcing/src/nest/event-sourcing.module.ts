import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { EventCatalog } from '@ocop/events';
import { makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { EventRelay, EventStore, PUBLISH_LAG_METRIC, Repositories } from './event-store.providers';
import { CommandLogRetentionProcessor, CommandLogRetentionSchedule } from './command-log-retention';
import { RepublishController, RepublishProcessor } from './republish';
import { COMMAND_LOG_RETENTION_QUEUE, EVENT_CATALOG, REPUBLISH_QUEUE } from './tokens';

/**
 * The write side of a service: its event store, the outbox relay to Kafka (with the publication
 * lag as a metric), repositories, the re-publish command and the command log's retention job.
 * Needs PlatformModule.
 */
@Module({})
export class EventSourcingModule {
  static forService(catalog: EventCatalog): DynamicModule {
    return {
      module: EventSourcingModule,
      global: true,
      imports: [
        BullModule.registerQueue({ name: REPUBLISH_QUEUE }, { name: COMMAND_LOG_RETENTION_QUEUE }),
      ],
      controllers: [RepublishController],
      providers: [
        { provide: EVENT_CATALOG, useValue: catalog },
        makeHistogramProvider({
          name: PUBLISH_LAG_METRIC,
          help: 'Seconds from storing an event to its acknowledgement by Kafka',
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        }),
        EventStore,
        EventRelay,
        Repositories,
        RepublishProcessor,
        CommandLogRetentionProcessor,
        CommandLogRetentionSchedule,
      ],
      exports: [EVENT_CATALOG, EventStore, EventRelay, Repositories],
    };
  }
}
