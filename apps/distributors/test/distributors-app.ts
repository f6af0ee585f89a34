import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { commandValidationPipe, DomainErrorFilter } from '@ocop/common';
import { EventEnvelope } from '@ocop/events';
import { KafkaProbe, sharedServers, waitFor } from '@ocop/testing';
import { Queue } from 'bullmq';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

/**
 * The distributors service booted in-process on the suite's real servers, with its own database and
 * consumer groups for this run, the global pipe and filter that runService would add, a Kafka probe
 * (to publish producers' events and watch the service's own) and a connection to its database.
 */
export async function startDistributors(env: Record<string, string> = {}) {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  const settings = {
    ...servers,
    MONGO_DB: `test_distributors_${run}`,
    KAFKA_GROUP_ID: `distributors-${run}`,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    ...env,
  };
  Object.assign(process.env, settings);
  // Imported only now: the module reads and checks the settings when it is defined.
  const { DistributorsModule } = await import('../src/distributors.module');
  const moduleRef = await Test.createTestingModule({ imports: [DistributorsModule] }).compile();
  const app: INestApplication = moduleRef.createNestApplication();
  app.useGlobalPipes(commandValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  await app.init();

  const probe = new KafkaProbe(servers.KAFKA_BROKERS);
  await probe.watch('purchase-order', 'sourcing-request', 'distributor');
  const db: Connection = await mongoose
    .createConnection(servers.MONGO_URL, { dbName: settings.MONGO_DB })
    .asPromise();
  const http = () => request(app.getHttpServer());

  return {
    app,
    http,
    probe,
    db,
    settings,
    queue: (name: string) => app.get<Queue>(getQueueToken(name)),

    /** Every event stored for an aggregate, in order. */
    async storedEvents(aggregateId: string): Promise<EventEnvelope[]> {
      const commits = await db
        .collection<{ events: EventEnvelope[] }>('event_commits')
        .find({ aggregateId })
        .sort({ aggregateVersion: 1 })
        .toArray();
      return commits.flatMap((commit) => commit.events);
    },

    /** Waits until the service's reactions have handled (and marked) the event. */
    async handled(event: EventEnvelope): Promise<void> {
      const key = `${settings.KAFKA_GROUP_ID}.reactions:${event.eventId}`;
      await waitFor(`the reaction to handle ${event.type} ${event.eventId}`, async () =>
        Boolean(await db.collection<{ _id: string }>('processed_events').findOne({ _id: key })),
      );
    },

    async close(): Promise<void> {
      await app.close();
      await probe.stop();
      await db.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}

export type DistributorsApp = Awaited<ReturnType<typeof startDistributors>>;

export const registration = (overrides: Record<string, unknown> = {}) => ({
  kind: 'retail-chain',
  name: 'Hapro Mart',
  registrationNumber: `01${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  channels: ['supermarket', 'convenience-store'],
  provincesServed: ['Hà Nội', 'Hưng Yên'],
  ...overrides,
});

export async function registeredDistributor(service: DistributorsApp): Promise<string> {
  const response = await service.http().post('/distributors').send(registration()).expect(201);
  return response.body.distributorId as string;
}
