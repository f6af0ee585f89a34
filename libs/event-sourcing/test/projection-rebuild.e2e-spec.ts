import { CommandMetadata, deadLetterTopicFor, SYSTEM_ACTOR, topicFor } from '@ocop/events';
import {
  AggregateRepository,
  executeCommand,
  MongoEventStore,
  OutboxRelay,
  ProjectionRunner,
} from '@ocop/event-sourcing';
import { randomUUID } from 'node:crypto';
import {
  foldingStockLevelsProjection,
  ledgerCatalog,
  NotEnoughStock,
  random,
  StockLedger,
  stockLevelsProjection,
  waitFor,
} from '@ocop/testing';
import { RealServers, realServers } from './real-servers';

const meta: CommandMetadata = { correlationId: 'rebuild-test', actor: SYSTEM_ACTOR };

describe('a projection rebuilt from scratch', () => {
  let servers: RealServers;
  let runner: ProjectionRunner | undefined;
  let relay: OutboxRelay | undefined;

  beforeAll(async () => {
    servers = await realServers();
  });

  afterEach(async () => {
    await relay?.stop();
    await runner?.stop();
  });

  afterAll(async () => {
    await servers.close();
  });

  // project: one update per event, relay woken to look; fold: one write per document per batch,
  // relay handed each commit.
  it.each([
    ['project', stockLevelsProjection],
    ['fold', foldingStockLevelsProjection],
  ] as const)(
    'deep-equals the live one after a random workload (%s)',
    async (mode, projection) => {
      const aggregateType = `ledger-${servers.run}-${mode}`;
      const topic = topicFor(aggregateType);
      await servers.createTopics(topic, deadLetterTopicFor(topic));
      const catalog = ledgerCatalog(aggregateType);
      const store = new MongoEventStore(servers.connection, catalog);
      await store.ensureIndexes();
      const relayed = new OutboxRelay(store, servers.publisher, { pollIntervalMs: 100 });
      relay = relayed;
      const repository = new AggregateRepository(
        store,
        (id) => new StockLedger(aggregateType, id),
        {
          onAppended: (events) => (mode === 'fold' ? relayed.wake(events) : relayed.wake()),
        },
      );
      const collection = `stock_levels_${servers.run}_${mode}`;
      const projecting = new ProjectionRunner(
        servers.connection,
        servers.kafka,
        catalog,
        projection(`stock-levels-${mode}`, collection),
        `test-${servers.run}-${mode}`,
      );
      runner = projecting;
      relayed.start();
      await projecting.start();

      const seed = Date.now();
      const next = random(seed);
      const ledgers = Array.from({ length: 12 }, () => randomUUID());
      const skus = ['gốm', 'lụa', 'chè', 'mây tre', 'sơn mài'];
      for (const id of ledgers) {
        await executeCommand(repository, id, meta, (ledger) =>
          ledger.open(`producer ${id.slice(0, 4)}`),
        );
      }
      const commands = Array.from({ length: 240 }, () => {
        const id = ledgers[Math.floor(next() * ledgers.length)];
        const sku = skus[Math.floor(next() * skus.length)];
        const quantity = 1 + Math.floor(next() * 9);
        const add = next() < 0.6;
        return () =>
          executeCommand(repository, id, meta, (ledger) =>
            add ? ledger.add(sku, quantity) : ledger.remove(sku, quantity),
          ).catch((error) => {
            if (!(error instanceof NotEnoughStock)) throw error;
          });
      });
      // Several at a time, so commands on one ledger also race each other.
      for (let i = 0; i < commands.length; i += 8) {
        await Promise.all(commands.slice(i, i + 8).map((command) => command()));
      }

      const expected = new Map<string, number>();
      for (const id of ledgers) expected.set(id, (await repository.load(id)).version);
      const readModel = () =>
        servers.connection.collection(collection).find().sort({ _id: 1 }).toArray();
      await waitFor(
        `the live projection to catch up (seed ${seed})`,
        async () => {
          const docs = await readModel();
          return (
            docs.length === ledgers.length &&
            docs.every((d) => d.version === expected.get(String(d._id)))
          );
        },
        { timeoutMs: 60_000 },
      );
      const live = await readModel();
      // The read model agrees with the aggregates themselves, not only with itself.
      for (const doc of live) {
        const ledger = await repository.load(String(doc._id));
        expect(doc.stock).toEqual(ledger.snapshot().stock);
      }

      const progress: Array<[number, number]> = [];
      await projecting.rebuild((read, target) => void progress.push([read, target]));

      expect(await readModel()).toEqual(live);
      const status = await projecting.status();
      expect(status).toMatchObject({ status: 'live', generation: 2 });
      const total = [...expected.values()].reduce((a, b) => a + b, 0);
      expect(status.progress).toEqual({ read: total, target: total });
      expect(progress[progress.length - 1]).toEqual([total, total]);
    },
    180_000,
  );
});
