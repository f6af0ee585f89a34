import { Clock } from '@ocop/common';
import {
  AGGREGATE_TYPES,
  EventEnvelope,
  FAIR_AGGREGATE_TYPES,
  integrationEventCatalog,
  SYSTEM_ACTOR,
  topicFor,
} from '@ocop/events';
import { startInProcessService, TestClock, waitFor } from '@ocop/testing';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { READ_MODELS } from '../src/projections';

/**
 * Publishes event envelopes as the write services do (one topic per aggregate type, keyed by
 * aggregate id), numbering each aggregate's events 1, 2, 3, ... as its event store would.
 */
export class EventFeed {
  private readonly versions = new Map<string, number>();
  readonly published: EventEnvelope[] = [];

  constructor(private readonly producer: Producer) {}

  async emit(
    aggregateType: string,
    aggregateId: string,
    type: string,
    payload: object,
    occurredAt = new Date().toISOString(),
  ): Promise<EventEnvelope> {
    const version = (this.versions.get(aggregateId) ?? 0) + 1;
    this.versions.set(aggregateId, version);
    const envelope: EventEnvelope = {
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      aggregateType,
      aggregateId,
      aggregateVersion: version,
      occurredAt,
      correlationId: `query-test-${randomUUID()}`,
      causationId: null,
      actor: SYSTEM_ACTOR,
      payload: payload as Record<string, unknown>,
    };
    await this.send(envelope);
    this.published.push(envelope);
    return envelope;
  }

  /** The same envelope again, as an at-least-once relay may send it. */
  redeliver(envelope: EventEnvelope): Promise<void> {
    return this.send(envelope);
  }

  private async send(envelope: EventEnvelope, partition?: number): Promise<void> {
    await this.producer.send({
      topic: topicFor(envelope.aggregateType),
      messages: [
        {
          key: envelope.aggregateId,
          value: JSON.stringify(envelope),
          ...(partition !== undefined ? { partition } : {}),
        },
      ],
    });
  }

  /** An envelope sent to one given partition (for sync markers). */
  sendTo(envelope: EventEnvelope, partition: number): Promise<void> {
    return this.send(envelope, partition);
  }
}

/**
 * For each projection, an event of a type it handles that changes no document (a follow-up
 * event of an aggregate that does not exist; for distributors, a wholesaler no view shows):
 * once its checkpoint is stored, everything before it in that partition has been applied.
 */
const MARKERS: Record<
  string,
  (id: string) => Array<{ type: string; aggregateType: string; payload: object }>
> = {
  catalogue: () => [
    {
      type: 'ProducerDeactivated',
      aggregateType: AGGREGATE_TYPES.producer,
      payload: { reason: 'sync marker' },
    },
  ],
  distributors: () => [
    {
      type: 'DistributorRegistered',
      aggregateType: AGGREGATE_TYPES.distributor,
      payload: {
        kind: 'wholesaler',
        name: 'sync marker',
        registrationNumber: 'MARKER-0001',
        channels: ['wholesale'],
        provincesServed: ['Hà Nội'],
      },
    },
  ],
  'sourcing-requests': () => [
    {
      type: 'SourcingRequestClosed',
      aggregateType: AGGREGATE_TYPES.sourcingRequest,
      payload: { reason: 'by-buyer' },
    },
  ],
  'sourcing-matches': (id) => [
    {
      type: 'MatchWithdrawn',
      aggregateType: AGGREGATE_TYPES.sourcingMatches,
      payload: { distributorId: id, productId: id, producerId: id, reason: 'producer-inactive' },
    },
  ],
  orders: (id) => [
    {
      type: 'OrderConfirmed',
      aggregateType: AGGREGATE_TYPES.purchaseOrder,
      payload: { producerId: id },
    },
  ],
  mous: () => [
    { type: 'MouProposed', aggregateType: AGGREGATE_TYPES.mou, payload: { version: 1 } },
  ],
  'fair-board': (id) => [
    {
      type: 'FairOpened',
      aggregateType: FAIR_AGGREGATE_TYPES.fair,
      payload: { trigger: 'officer', effectiveAt: new Date().toISOString() },
    },
    {
      type: 'BoothBookingApproved',
      aggregateType: FAIR_AGGREGATE_TYPES.boothBooking,
      payload: { fairId: id, producerId: id, boothType: 'marker', boothNumber: 1 },
    },
    {
      type: 'MeetingHeld',
      aggregateType: FAIR_AGGREGATE_TYPES.fairMeeting,
      payload: { fairId: id, producerId: id, distributorId: id, slot: 0, table: 1 },
    },
  ],
};

/** The query service in-process on the suite's real servers, on a clock the test holds still. */
export async function startQuery(clock: TestClock) {
  const watched = [
    ...Object.values(AGGREGATE_TYPES),
    ...Object.values(FAIR_AGGREGATE_TYPES),
  ].filter((type, i, all) => all.indexOf(type) === i);
  const service = await startInProcessService({
    service: 'query',
    loadModule: async () => (await import('../src/query.module')).QueryModule,
    watch: watched,
    override: (builder) => builder.overrideProvider(Clock).useValue(clock),
  });
  const kafka = new Kafka({
    clientId: 'query-test-feed',
    brokers: service.settings.KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect().catch(async (error: unknown) => {
    await service.close();
    throw error;
  });
  const feed = new EventFeed(producer);
  const catalog = integrationEventCatalog();
  const checkpoints = service.db.collection<{ _id: string }>('projection_checkpoints');

  /**
   * Waits until every projection has applied everything published so far: a marker event on each
   * partition of each of its topics, and its checkpoint stored.
   */
  async function sync(): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    const keys: string[] = [];
    try {
      for (const projection of READ_MODELS) {
        const markers = MARKERS[projection.name];
        if (!markers) throw new Error(`no sync marker for projection ${projection.name}`);
        for (const marker of markers(randomUUID())) {
          if (!projection.handles.includes(marker.type)) {
            throw new Error(`${projection.name} does not handle its marker ${marker.type}`);
          }
          const topic = topicFor(catalog.definition(marker.type).aggregateType);
          for (const { partition } of await admin.fetchTopicOffsets(topic)) {
            const aggregateId = randomUUID();
            await feed.sendTo(
              {
                eventId: randomUUID(),
                type: marker.type,
                schemaVersion: 1,
                aggregateType: marker.aggregateType,
                aggregateId,
                aggregateVersion: 1,
                occurredAt: new Date().toISOString(),
                correlationId: 'query-test-sync',
                causationId: null,
                actor: SYSTEM_ACTOR,
                payload: marker.payload as Record<string, unknown>,
              },
              partition,
            );
            keys.push(`${projection.name}:${aggregateId}`);
          }
        }
      }
    } finally {
      await admin.disconnect();
    }
    await waitFor(
      'every projection to apply its sync markers',
      async () => (await checkpoints.countDocuments({ _id: { $in: keys } })) === keys.length,
      { timeoutMs: 600_000, intervalMs: 500 },
    );
  }

  return {
    ...service,
    feed,
    sync,
    async close() {
      await producer.disconnect();
      await service.close();
    },
  };
}

export type QueryApp = Awaited<ReturnType<typeof startQuery>>;
