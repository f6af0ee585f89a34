import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { commandValidationPipe, DomainErrorFilter } from '@ocop/common';
import { EventEnvelope } from '@ocop/events';
import { KafkaProbe, sharedServers, waitFor } from '@ocop/testing';
import { Job, Queue } from 'bullmq';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Clock } from '../src/infrastructure/clock';

/** A clock the test sets and moves: the service's "now" for signatures, activation and "today". */
export class TestClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.now();
  }
}

/**
 * The mou service booted in-process on the suite's real servers, with its own database and
 * consumer groups for this run, the global pipe and filter that runService adds, a settable clock,
 * a Kafka probe (to publish distributors' and producers' events and watch the service's own) and a
 * connection to its database.
 */
export async function startMou(clock: TestClock, env: Record<string, string> = {}) {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  const settings = {
    ...servers,
    MONGO_DB: `test_mou_${run}`,
    KAFKA_GROUP_ID: `mou-${run}`,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    ...env,
  };
  Object.assign(process.env, settings);
  // Imported only now: the module reads and checks the settings when it is defined.
  const { MouModule } = await import('../src/mou.module');
  const moduleRef = await Test.createTestingModule({ imports: [MouModule] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app: INestApplication = moduleRef.createNestApplication();
  app.useGlobalPipes(commandValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  await app.init();

  const probe = new KafkaProbe(servers.KAFKA_BROKERS);
  await probe.watch('mou', 'purchase-order', 'producer');
  const db: Connection = await mongoose
    .createConnection(servers.MONGO_URL, { dbName: settings.MONGO_DB })
    .asPromise();
  const http = () => request(app.getHttpServer());
  const queue = (name: string) => app.get<Queue>(getQueueToken(name));

  return {
    app,
    http,
    probe,
    db,
    clock,
    settings,
    queue,

    /** Every event stored for an MOU, in order. */
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

    /**
     * Runs a delayed job now, as if its time had come ("promote"), and waits for it to finish.
     * The job acts at its due time, whatever the clock says.
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

export type MouApp = Awaited<ReturnType<typeof startMou>>;

/** A draft body: a distributor, two producers, tea and honey targets, two obligations. */
export function draftBody(
  parties: { distributorId: string; producerIds: string[] },
  products: { tea: string; honey: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    ...parties,
    title: 'Biên bản ghi nhớ tiêu thụ chè Tân Cương và mật ong bạc hà',
    targets: [
      { productId: products.tea, quantity: 300, unit: 'kg' },
      { productId: products.honey, quantity: 100, unit: 'lít' },
    ],
    priceTerms: {
      text: 'Giá cố định trong kỳ, thanh toán 30 ngày sau giao hàng',
      unitPrices: [
        { productId: products.tea, unitPriceVnd: 350_000 },
        { productId: products.honey, unitPriceVnd: 420_000 },
      ],
    },
    startDate: '2025-09-01',
    endDate: '2025-12-31',
    obligations: [
      {
        kind: 'delivery',
        description: 'Lô hàng đầu tiên trước 30/9',
        dueDate: '2025-09-30',
        productId: products.tea,
        quantity: 50,
      },
      {
        kind: 'action',
        description: 'Bố trí kệ trưng bày OCOP tại 10 siêu thị',
        dueDate: '2025-10-15',
      },
    ],
    ...overrides,
  };
}

export interface Scenario {
  mouId: string;
  distributorId: string;
  coop: string;
  farm: string;
  tea: string;
  honey: string;
}

/** Parties and products of their own for one test, so tests do not see each other's MOUs. */
export function scenarioIds() {
  return {
    distributorId: randomUUID(),
    coop: randomUUID(),
    farm: randomUUID(),
    tea: randomUUID(),
    honey: randomUUID(),
  };
}

export const signer = (partyType: 'distributor' | 'producer', partyId: string) => ({
  partyType,
  partyId,
  signedBy: partyType === 'distributor' ? 'Trần Thị Bích' : 'Nguyễn Văn An',
  onBehalfOf: partyType === 'distributor' ? 'Giám đốc thu mua' : 'Giám đốc HTX',
});

/** Drafts an MOU over HTTP (overrides go into the body), and brings it as far as `until`. */
export async function mouIn(
  service: MouApp,
  until: 'drafted' | 'proposed' | 'active',
  overrides: Record<string, unknown> = {},
): Promise<Scenario> {
  const ids = scenarioIds();
  const drafted = await service
    .http()
    .post('/mous')
    .send(
      draftBody(
        { distributorId: ids.distributorId, producerIds: [ids.coop, ids.farm] },
        ids,
        overrides,
      ),
    );
  if (drafted.status !== 201) {
    throw new Error(`draft failed: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  }
  const mouId = drafted.body.mouId as string;
  if (until !== 'drafted') {
    await service.http().post(`/mous/${mouId}/propose`).expect(200);
  }
  if (until === 'active') {
    for (const [type, id] of [
      ['producer', ids.coop],
      ['producer', ids.farm],
      ['distributor', ids.distributorId],
    ] as const) {
      await service.http().post(`/mous/${mouId}/sign`).send(signer(type, id)).expect(200);
    }
  }
  return { mouId, ...ids };
}

/** OrderDelivered as the distributors service publishes it (topic of aggregate type purchase-order). */
export function orderDelivered(
  service: MouApp,
  delivery: {
    orderId?: string;
    mouId?: string;
    producerId: string;
    lines: { productId: string; quantity: number }[];
    occurredAt?: string;
    eventId?: string;
  },
) {
  const orderId = delivery.orderId ?? randomUUID();
  return service.probe.publish({
    type: 'OrderDelivered',
    aggregateType: 'purchase-order',
    aggregateId: orderId,
    aggregateVersion: 4,
    occurredAt: delivery.occurredAt ?? service.clock.now().toISOString(),
    ...(delivery.eventId ? { eventId: delivery.eventId } : {}),
    payload: {
      producerId: delivery.producerId,
      ...(delivery.mouId ? { mouId: delivery.mouId } : {}),
      lines: delivery.lines.map((line) => ({
        ...line,
        unitPriceVnd: 100_000,
        lineTotalVnd: line.quantity * 100_000,
      })),
    },
  });
}
