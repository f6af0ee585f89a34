import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication, Type } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import {
  commandValidationPipe,
  DomainErrorFilter,
  HttpErrorFilter,
  ServiceName,
} from '@ocop/common';
import { decodeCommit, StoredCommit } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { Job, Queue } from 'bullmq';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { signedSupertest, TEST_INTERNAL_SECRET } from './internal-signing';
import { KafkaProbe } from './kafka-probe';
import { sharedServers } from './local-servers';
import { waitFor } from './wait-for';

export interface InProcessOptions {
  service: ServiceName;
  /** Imported only after the settings are in place: a service module checks them when defined. */
  loadModule: () => Promise<Type<unknown>>;
  /** Aggregate types whose topics the Kafka probe records. */
  watch: string[];
  env?: Record<string, string>;
  /** e.g. replacing the service's clock with one the test controls. */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/**
 * A service booted in-process on the suite's real servers, with its own database and consumer
 * groups for this run, the global pipe and filter that runService adds, a Kafka probe and a
 * connection to its database. Its `http()` requests are signed as the gateway's are.
 */
export async function startInProcessService(options: InProcessOptions) {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  const settings: Record<string, string> = {
    ...servers,
    MONGO_DB: `test_${options.service.replace(/-/g, '_')}_${run}`,
    KAFKA_GROUP_ID: `${options.service}-${run}`,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    INTERNAL_SECRET: TEST_INTERNAL_SECRET,
    ...options.env,
  };
  Object.assign(process.env, settings);
  const builder = Test.createTestingModule({ imports: [await options.loadModule()] });
  const moduleRef = await (options.override ? options.override(builder) : builder).compile();
  // rawBody as runService has it: the gateway's signature covers the body's bytes.
  const app: INestApplication = moduleRef.createNestApplication({ rawBody: true });
  app.useGlobalPipes(commandValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(), new DomainErrorFilter());
  const probe = new KafkaProbe(servers.KAFKA_BROKERS);
  let db: Connection;
  try {
    await app.init();
    await probe.watch(...options.watch);
    db = await mongoose
      .createConnection(servers.MONGO_URL, { dbName: settings.MONGO_DB })
      .asPromise();
  } catch (error) {
    // A half-started service keeps its connections open, and jest would never exit.
    await app.close().catch(() => undefined);
    await probe.stop().catch(() => undefined);
    throw error;
  }
  const processed = db.collection<{ _id: string }>('processed_events');
  const queue = (name: string) => app.get<Queue>(getQueueToken(name));

  return {
    app,
    probe,
    db,
    settings,
    queue,
    /** Requests to the service, signed as the gateway signs them (see signedSupertest). */
    http: () =>
      signedSupertest(app.getHttpServer() as Server, { secret: settings.INTERNAL_SECRET }),

    /** Every event stored for an aggregate, in order. */
    async storedEvents(aggregateId: string): Promise<EventEnvelope[]> {
      const commits = await db
        .collection<StoredCommit>('event_commits')
        .find({ aggregateId })
        .sort({ aggregateVersion: 1 })
        .toArray();
      return commits.flatMap((commit) => decodeCommit(commit).events);
    },

    /** Waits until the service's reactions have handled (and marked) every one of the events. */
    async handled(...events: EventEnvelope[]): Promise<void> {
      const keys = events.map((event) => `${settings.KAFKA_GROUP_ID}.reactions:${event.eventId}`);
      await waitFor(`the reactions to handle ${events.map((e) => e.type).join(', ')}`, async () => {
        const done = await processed.countDocuments({ _id: { $in: keys } });
        return done === keys.length;
      });
    },

    /**
     * Runs a delayed job now, as if its time had come ("promote"), and waits for it to finish;
     * jobs here act at their due time, whatever the clock says.
     */
    async runJobNow(queueName: string, jobId: string): Promise<unknown> {
      const jobs = queue(queueName);
      const job = await waitFor(
        `job ${jobId} in ${queueName}`,
        async () => (await jobs.getJob(jobId)) ?? false,
      );
      if ((await job.getState()) === 'delayed') await job.promote();
      return waitFor(`job ${jobId} to complete`, async () => {
        // State before data: a job finishing between the two reads would otherwise look completed
        // without its result.
        const state = await jobs.getJobState(jobId);
        const current: Job | undefined = await jobs.getJob(jobId);
        // Completed jobs may be removed at once (removeOnComplete): gone means done.
        if (!current) return { removed: true };
        if (state === 'failed') throw new Error(`job ${jobId} failed: ${current.failedReason}`);
        return state === 'completed' ? { result: current.returnvalue as unknown } : false;
      });
    },

    async close(): Promise<void> {
      await app.close();
      await probe.stop();
      await db.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}

export type InProcessService = Awaited<ReturnType<typeof startInProcessService>>;
