import {
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import { CommonSettings, KafkaConnection } from '@ocop/common';
import { EventCatalog } from '@ocop/events';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { Connection } from 'mongoose';
import { Histogram } from 'prom-client';
import { AggregateRepository, RepositoryOptions } from '../aggregate-repository';
import { AnyAggregateRoot } from '../aggregate-root';
import { MongoEventStore } from '../mongo-event-store';
import { OutboxRelay } from '../outbox-relay';
import { SnapshotStore } from '../snapshot-store';
import { EVENT_CATALOG } from './tokens';

export const PUBLISH_LAG_METRIC = 'ocop_outbox_publish_lag_seconds';

@Injectable()
export class EventStore extends MongoEventStore implements OnModuleInit {
  constructor(
    @InjectConnection() connection: Connection,
    @Inject(EVENT_CATALOG) private readonly eventCatalog: EventCatalog,
    private readonly kafka: KafkaConnection,
  ) {
    super(connection, eventCatalog);
  }

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
    await this.kafka.ensureTopics(this.eventCatalog.topics());
  }
}

/** The service's outbox relay: started with the app, woken by every append, stopped on shutdown. */
@Injectable()
export class EventRelay
  extends OutboxRelay
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  constructor(
    store: EventStore,
    kafka: KafkaConnection,
    config: ConfigService<CommonSettings, true>,
    @InjectMetric(PUBLISH_LAG_METRIC) lag: Histogram<string>,
  ) {
    super(store, kafka, {
      pollIntervalMs: config.get('OUTBOX_POLL_MS', { infer: true }),
      lagHistogram: lag,
    });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}

/** Makes repositories whose saves hand their events to the relay, so they reach Kafka without a poll. */
@Injectable()
export class Repositories {
  private readonly snapshots: SnapshotStore;

  constructor(
    private readonly store: EventStore,
    private readonly relay: EventRelay,
    @InjectConnection() connection: Connection,
  ) {
    this.snapshots = new SnapshotStore(connection);
  }

  for<A extends AnyAggregateRoot>(
    create: (id: string) => A,
    options: Pick<RepositoryOptions, 'snapshotEvery'> = {},
  ): AggregateRepository<A> {
    return new AggregateRepository(this.store, create, {
      ...options,
      snapshots: this.snapshots,
      onAppended: (events) => this.relay.wake(events),
    });
  }
}
