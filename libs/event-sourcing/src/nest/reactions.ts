import { OnApplicationBootstrap, OnApplicationShutdown, Provider, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getConnectionToken } from '@nestjs/mongoose';
import { CommonSettings, KafkaConnection } from '@ocop/common';
import { EventCatalog, EventEnvelope, topicFor } from '@ocop/events';
import { Connection } from 'mongoose';
import { DeduplicatingSink } from '../deduplicating-sink';
import { EventConsumer } from '../event-consumer';
import { EVENT_CATALOG } from './tokens';

/**
 * What a service does when another service's event arrives: usually one command on its own
 * aggregates. Handlers may see an event again after a crash, so the command must be safe to repeat
 * (the aggregate remembers what it already did for that event). `E` is the envelope it handles,
 * e.g. `TypedEnvelope<'OrderPlaced'>` from @ocop/events: the runner hands it only events of the
 * types in `handles`, read (upcast and validated) through the catalog.
 */
export interface Reaction<E extends EventEnvelope<object> = EventEnvelope<object>> {
  readonly handles: readonly E['type'][];
  handle(event: E): Promise<void>;
}

/** Runs a service's reactions as one consumer group, deduplicated by event id, with dead letters. */
export class ReactionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer?: EventConsumer;

  constructor(
    connection: Connection,
    kafka: KafkaConnection,
    groupId: string,
    catalog: EventCatalog,
    reactions: Reaction[],
  ) {
    const byType = new Map<string, Reaction>();
    reactions.forEach((reaction) => reaction.handles.forEach((type) => byType.set(type, reaction)));
    if (byType.size === 0) return;
    const topics = [
      ...new Set(
        [...byType.keys()].map((type) => topicFor(catalog.definition(type).aggregateType)),
      ),
    ];
    this.consumer = new EventConsumer({
      kafka: kafka.kafka,
      groupId,
      topics,
      catalog,
      handles: byType.keys(),
      sink: new DeduplicatingSink(connection, groupId, async (event) => {
        await byType.get(event.type)?.handle(event);
      }),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

/** The provider that runs the given reaction classes (themselves providers of the module). */
export function reactionRunner(...reactions: Type<Reaction>[]): Provider {
  return {
    provide: ReactionRunner,
    inject: [getConnectionToken(), KafkaConnection, ConfigService, EVENT_CATALOG, ...reactions],
    useFactory: (
      connection: Connection,
      kafka: KafkaConnection,
      config: ConfigService<CommonSettings, true>,
      catalog: EventCatalog,
      ...instances: Reaction[]
    ) =>
      new ReactionRunner(
        connection,
        kafka,
        `${config.get('KAFKA_GROUP_ID', { infer: true })}.reactions`,
        catalog,
        instances,
      ),
  };
}
