import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PlatformModule } from '@ocop/common';
import {
  COMMAND_LOG_RETENTION_QUEUE,
  EventRelay,
  EventSourcingModule,
  executeCommand,
  ProjectionsModule,
  Repositories,
} from '@ocop/event-sourcing';
import { SYSTEM_ACTOR, topicFor } from '@ocop/events';
import {
  ledgerCatalog,
  sharedServers,
  signedSupertest,
  StockLedger,
  stockLevelsProjection,
  TEST_INTERNAL_SECRET,
  waitFor,
} from '@ocop/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { RealServers, realServers } from './real-servers';

/**
 * The core as a service uses it: Nest modules on the real servers, the relay woken by appends, the
 * publication lag metric, re-publishing the event store, and a rebuild run as a BullMQ job.
 */
describe('event sourcing inside a Nest service', () => {
  let servers: RealServers;
  let app: INestApplication;
  let aggregateType: string;
  const collection = `levels_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    servers = await realServers();
    aggregateType = `ledger-${servers.run}`;
    await servers.createTopics(topicFor(aggregateType));
    const catalog = ledgerCatalog(aggregateType);
    Object.assign(process.env, sharedServers(), {
      MONGO_DB: `test_es_${servers.run}`,
      KAFKA_GROUP_ID: `svc-${servers.run}`,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '100',
      INTERNAL_SECRET: TEST_INTERNAL_SECRET,
    });

    @Module({
      imports: [
        PlatformModule.forService('producers'),
        EventSourcingModule.forService(catalog),
        ProjectionsModule.forRoot(catalog, [stockLevelsProjection('stock-levels', collection)]),
      ],
    })
    class LedgerServiceModule {}

    const moduleRef = await Test.createTestingModule({ imports: [LedgerServiceModule] }).compile();
    app = moduleRef.createNestApplication({ rawBody: true });
    await app.init();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await servers.close();
  });

  // Signed as the gateway signs its calls: a service answers nothing else.
  const http = () => signedSupertest(app.getHttpServer() as Server);

  const readModel = () =>
    servers.connection.collection(collection).find().sort({ _id: 1 }).toArray();

  it('publishes appended events, projects them, re-publishes the store and rebuilds through a job', async () => {
    const repository = app
      .get(Repositories)
      .for((id) => new StockLedger(aggregateType, id), { snapshotEvery: 5 });
    const meta = { correlationId: 'wiring', actor: SYSTEM_ACTOR };
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) {
      await executeCommand(repository, id, meta, (ledger) => ledger.open('HTX Ngũ Xã'));
      for (let i = 1; i <= 4; i++) {
        await executeCommand(repository, id, meta, (ledger) => ledger.add('tượng đồng', i));
      }
    }

    await waitFor('the live projection to apply all 15 events', async () => {
      const docs = await readModel();
      return docs.length === 3 && docs.every((d) => d.version === 5) ? true : false;
    });
    const live = await readModel();
    expect(live.map((d) => d.stock)).toEqual(ids.map(() => ({ 'tượng đồng': 10 })));

    const metrics = await http().get('/metrics');
    expect(metrics.text).toMatch(
      /^ocop_outbox_publish_lag_seconds_count\{service="producers"\} 15$/m,
    );

    const republish = await http().post('/admin/event-store/republish');
    expect(republish.status).toBe(202);
    const done = await waitFor('the republish job to finish', async () => {
      const status = await http().get(republish.body.location as string);
      return status.body.state === 'completed' ? status.body : false;
    });
    expect(done).toMatchObject({ result: { events: 15 }, progress: { events: 15 } });
    expect(await servers.readAll(topicFor(aggregateType), 30)).toHaveLength(30);
    // The duplicates change nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await readModel()).toEqual(live);

    const rebuild = await http().post('/admin/projections/stock-levels/rebuild');
    expect(rebuild.status).toBe(202);
    const rebuilt = await waitFor('the rebuild job to finish', async () => {
      const status = await http().get('/admin/projections/stock-levels');
      return status.body.status === 'live' && status.body.generation === 2 ? status.body : false;
    });
    // 30 messages on the topic now: every one is read, each event applied once.
    expect(rebuilt).toMatchObject({ progress: { read: 30, target: 30 } });
    expect(await readModel()).toEqual(live);

    // The command log's retention job is scheduled once with the service.
    const retention = app.get<Queue>(getQueueToken(COMMAND_LOG_RETENTION_QUEUE));
    const schedulers = await retention.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: 'forget-old-commands', every: 6 * 3_600_000 }),
    ]);

    const unknown = await http().post('/admin/projections/nope/rebuild');
    expect(unknown.status).toBe(404);
    expect(app.get(EventRelay)).toBeInstanceOf(EventRelay);
  }, 120_000);
});
