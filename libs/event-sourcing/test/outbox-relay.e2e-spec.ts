import {
  CommandMetadata,
  deadLetterTopicFor,
  EventCatalog,
  EventEnvelope,
  SYSTEM_ACTOR,
  topicFor,
} from '@ocop/events';
import {
  AggregateRepository,
  DeduplicatingSink,
  EventConsumer,
  executeCommand,
  MongoEventStore,
  OutboxRelay,
  ProjectionSink,
} from '@ocop/event-sourcing';
import { ledgerCatalog, StockLedger, stockLevelsProjection, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { RealServers, realServers } from './real-servers';

const meta: CommandMetadata = { correlationId: 'relay-test', actor: SYSTEM_ACTOR };

describe('the outbox relay, with real Kafka and MongoDB-wire servers', () => {
  let servers: RealServers;
  let catalog: EventCatalog;
  let store: MongoEventStore;
  let repository: AggregateRepository<StockLedger>;
  let topic: string;
  let aggregateType: string;
  const consumers: EventConsumer[] = [];

  beforeAll(async () => {
    servers = await realServers();
    aggregateType = `ledger-${servers.run}`;
    topic = topicFor(aggregateType);
    await servers.createTopics(topic, deadLetterTopicFor(topic));
    catalog = ledgerCatalog(aggregateType);
    store = new MongoEventStore(servers.connection, catalog);
    await store.ensureIndexes();
    repository = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id));
  });

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await servers.close();
  });

  it('re-sends after a crash between send and mark, and the consumers apply each event exactly once', async () => {
    const levels = `stock_levels_${servers.run}`;
    const projection = new ProjectionSink(
      servers.connection,
      stockLevelsProjection('levels', levels),
    );
    const reactions = servers.connection.collection<{ _id: string; handled: number }>(
      'reaction_counts',
    );
    const reaction = new DeduplicatingSink(servers.connection, 'reactor', async (event) => {
      // Not idempotent on its own ($inc): only the sink's memory of event ids keeps it exact.
      await reactions.updateOne({ _id: event.eventId }, { $inc: { handled: 1 } }, { upsert: true });
    });
    for (const [groupId, sink] of [
      [`projection-${servers.run}`, projection],
      [`reactor-${servers.run}`, reaction],
    ] as const) {
      const consumer = new EventConsumer({
        kafka: servers.kafka,
        groupId,
        topics: [topic],
        catalog,
        sink,
      });
      consumers.push(consumer);
      await consumer.start();
    }

    const id = randomUUID();
    await executeCommand(repository, id, meta, (ledger) => ledger.open('HTX gốm Bát Tràng'));
    await executeCommand(repository, id, meta, (ledger) => ledger.add('bình hút lộc', 5));

    // The first relay dies after Kafka acknowledged the batch and before it could mark it.
    const crashing = new OutboxRelay(
      Object.assign(Object.create(store) as MongoEventStore, {
        markPublished: () => Promise.reject(new Error('killed between send and mark')),
      }),
      servers.publisher,
    );
    await expect(crashing.drain()).rejects.toThrow('killed between send and mark');
    expect(await store.unpublished(10)).toHaveLength(2);

    // After restart, a new relay finds both commits unpublished and sends them again.
    const restarted = new OutboxRelay(store, servers.publisher);
    expect(await restarted.drain()).toBe(2);
    expect(await store.unpublished(10)).toHaveLength(0);

    const onTopic = await servers.readAll(topic, 4);
    expect(onTopic).toHaveLength(4);
    expect(onTopic.map((m) => m.key?.toString())).toEqual([id, id, id, id]);
    expect(onTopic.map((m) => m.headers?.['event-type']?.toString())).toEqual([
      'LedgerOpened',
      'StockAdded',
      'LedgerOpened',
      'StockAdded',
    ]);

    const level = await waitFor('the projection to apply both events', async () => {
      const doc = await servers.connection.collection(levels).findOne({ _id: id as never });
      return doc?.version === 2 ? doc : false;
    });
    await waitFor('the reaction to see both events', async () =>
      (await reactions.countDocuments()) === 2 ? true : false,
    );
    // Give the duplicates time to arrive and be ignored before judging.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(level).toMatchObject({ producer: 'HTX gốm Bát Tràng', stock: { 'bình hút lộc': 5 } });
    expect(await servers.connection.collection(levels).findOne({ _id: id as never })).toMatchObject(
      {
        stock: { 'bình hút lộc': 5 },
      },
    );
    expect(
      await reactions
        .find()
        .map((doc) => doc.handled)
        .toArray(),
    ).toEqual([1, 1]);
  });

  it('publishes on its own once started, in order per aggregate, with the envelope as value', async () => {
    const relay = new OutboxRelay(store, servers.publisher, { pollIntervalMs: 100 });
    relay.start();
    try {
      const id = randomUUID();
      await executeCommand(repository, id, meta, (ledger) => ledger.open('HTX Vạn Phúc'));
      for (let i = 1; i <= 5; i++) {
        await executeCommand(repository, id, meta, (ledger) => ledger.add('khăn lụa', i));
      }
      await waitFor('the relay to publish everything', async () =>
        (await store.unpublished(1)).length === 0 ? true : false,
      );

      const mine = (await servers.readAll(topic, 10))
        .filter((m) => m.key?.toString() === id)
        .map(
          (m) =>
            JSON.parse(m.value!.toString()) as { aggregateVersion: number; correlationId: string },
        );
      expect(mine.map((e) => e.aggregateVersion)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(mine.every((e) => e.correlationId === 'relay-test')).toBe(true);
    } finally {
      await relay.stop();
    }
  });

  it('sends handed-over commits at once and in order, after an earlier commit appended elsewhere', async () => {
    let looks = 0;
    const counting = Object.assign(Object.create(store) as MongoEventStore, {
      unpublished: async (limit: number) => {
        const found = await store.unpublished(limit);
        looks++;
        return found;
      },
    });
    // No poll during the test: only the look at start and the ones the relay asks for itself.
    const relay = new OutboxRelay(counting, servers.publisher, { pollIntervalMs: 60_000 });
    const handing = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id), {
      onAppended: (events) => relay.wake(events),
    });
    relay.start();
    try {
      await waitFor('the look at start', () => Promise.resolve(looks > 0));
      const mine = randomUUID();
      const elsewhere = randomUUID();
      // Another process opened this ledger and has not published it yet: the relay must not send
      // this process's later commits of it first.
      await executeCommand(repository, elsewhere, meta, (ledger) => ledger.open('HTX Hạ Thái'));
      await executeCommand(handing, mine, meta, (ledger) => ledger.open('HTX Sơn Hà'));
      await Promise.all(
        [1, 2, 3].map(() =>
          executeCommand(handing, elsewhere, meta, (ledger) => ledger.add('sơn mài', 1)),
        ),
      );
      for (let i = 1; i <= 3; i++) {
        await executeCommand(handing, mine, meta, (ledger) => ledger.add('gỗ', i));
      }
      await waitFor('the relay to publish everything', async () =>
        (await store.unpublished(1)).length === 0 ? true : false,
      );

      const versions = new Map<string, number[]>();
      for (const message of await servers.readAll(topic, 18)) {
        const event = JSON.parse(message.value!.toString()) as EventEnvelope;
        versions.set(event.aggregateId, [
          ...(versions.get(event.aggregateId) ?? []),
          event.aggregateVersion,
        ]);
      }
      expect(versions.get(mine)).toEqual([1, 2, 3, 4]);
      expect(versions.get(elsewhere)).toEqual([1, 2, 3, 4]);
      expect(looks).toBeGreaterThan(1);
    } finally {
      await relay.stop();
    }
  });

  it('marks many sent commits published in one update, and marks what is left when stopped', async () => {
    const marks: string[][] = [];
    const counting = Object.assign(Object.create(store) as MongoEventStore, {
      markPublished: async (ids: string[]) => {
        marks.push(ids);
        await store.markPublished(ids);
      },
    });
    const sent: string[] = [];
    const relay = new OutboxRelay(
      counting,
      {
        publish: async (messages) => {
          await servers.publisher.publish(messages);
          sent.push(...messages.map((message) => message.key));
        },
      },
      { pollIntervalMs: 60_000, markDelayMs: 60_000 },
    );
    const handing = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id), {
      onAppended: (events) => relay.wake(events),
    });
    relay.start();
    const ids: string[] = [randomUUID(), randomUUID(), randomUUID()];
    try {
      await waitFor('the look at start', async () =>
        (await store.unpublished(1)).length === 0 ? true : false,
      );
      marks.length = 0;
      for (const id of ids) {
        await executeCommand(handing, id, meta, (ledger) => ledger.open('Làng nghề Chuyên Mỹ'));
        await executeCommand(handing, id, meta, (ledger) => ledger.add('khảm trai', 2));
      }
      await waitFor('the six commits acknowledged by Kafka', () =>
        Promise.resolve(sent.filter((key) => ids.includes(key)).length === 6),
      );
      expect(marks).toEqual([]); // still waiting for the mark delay
    } finally {
      await relay.stop();
    }
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveLength(6);
    expect(await store.unpublished(10)).toEqual([]);
  });
});
