/*
 * Core benchmark of the event-sourcing library against real servers (npm run bench:core, which
 * starts them; see bench/README.md). Not a test: it measures, prints, and writes
 * bench/results/core.json and core.md.
 *
 * Phases, all on the same broker and database in one run:
 *  1. append: MongoEventStore.append on one stream (sequential) and on many streams (concurrent),
 *     then executeCommand (load + decide + append) on many streams. Nothing is published yet, so
 *     every event appended here is the relay's backlog.
 *  2. relay drain: OutboxRelay.drain() of that backlog.
 *  3. publish lag: an open-loop offered rate (500 events/s for 10 s) of appends through an
 *     AggregateRepository whose onAppended hands each commit to a started relay (wake(events));
 *     per event, Kafka ack time minus the commit's storedAt. Its events have an aggregate type (so a topic) of their own.
 *  4. projection input: the relayed backlog plus events published straight to the same topic
 *     (same envelopes, continuing the same ledgers), so the projection phases can be sized
 *     independently of the store.
 *  5. raw Kafka: sendBatch of the same messages (same size, count, batch size, acks=-1,
 *     idempotent producer) to a fresh topic, and an eachBatch consumer group reading them back.
 *  6. decode: decodeMessage (JSON + envelope + catalog validation) of the same messages.
 *  7. projection live: a ProjectionRunner (stock levels) from start to caught up.
 *  8. projection rebuild: ProjectionRunner.rebuild() over the same topic.
 * The projection phases are last and bounded (a cap, and a stall detector that says why), so a
 * projection that cannot finish still leaves every other figure measured.
 */
import 'reflect-metadata';
import { createMissingTopics, sendMessages } from '@ocop/common';
import {
  AggregateRepository,
  CommitDocument,
  decodeMessage,
  EventPublisher,
  eventMessage,
  executeCommand,
  MongoEventStore,
  OutboxRelay,
  ProjectionRunner,
} from '@ocop/event-sourcing';
import {
  CommandMetadata,
  deadLetterTopicFor,
  EventEnvelope,
  parseEnvelope,
  SYSTEM_ACTOR,
  topicFor,
} from '@ocop/events';
import { Kafka, KafkaMessage, logLevel, Message, Partitioners, Producer } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  foldingStockLevelsProjection,
  ledgerCatalog,
  random,
  SKUS,
  StockLedger,
  stockLevelsProjection,
} from '@ocop/testing';
import { CommandStats, MongoMonitor } from './mongo-monitor';
import { CpuMeter, now, percentile, round, sleep, until, within } from './stats';

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name}=${raw} is not a positive number`);
  }
  return value;
}

const EVENTS = Math.floor(setting('BENCH_EVENTS', 2_000));
const config = {
  /** The relay's backlog: every event appended in phase 1. */
  events: EVENTS,
  singleStreamEvents: Math.floor(setting('BENCH_SINGLE_EVENTS', Math.ceil(EVENTS / 10))),
  commandEvents: Math.floor(setting('BENCH_COMMAND_EVENTS', Math.ceil(EVENTS / 20))),
  streams: Math.floor(setting('BENCH_STREAMS', 200)),
  concurrency: Math.floor(setting('BENCH_CONCURRENCY', 16)),
  relayBatchSize: Math.floor(setting('BENCH_RELAY_BATCH', 500)),
  lagRate: setting('BENCH_LAG_RATE', 500),
  lagSeconds: setting('BENCH_LAG_SECONDS', 10),
  /** How long the lag phase waits after the offering window for the relay to catch up. */
  lagDrainSeconds: setting('BENCH_LAG_DRAIN_S', 15),
  relayPollMs: setting('BENCH_RELAY_POLL_MS', 30_000),
  /** Events on the projected topic (and raw messages): the backlog plus events sent directly. */
  projectionEvents: Math.floor(setting('BENCH_PROJECTION_EVENTS', 20_000)),
  /** Each projection phase stops measuring after this long... */
  projectionCapMs: setting('BENCH_PROJECTION_CAP_S', 40) * 1000,
  /** ...or after this long without progress (then it reports what the database is stuck on). */
  stallMs: setting('BENCH_STALL_S', 15) * 1000,
  partitions: Math.floor(setting('BENCH_PARTITIONS', 3)),
  /** A phase that takes longer than this fails the run (a hang, not a slow result). */
  phaseTimeoutMs: setting('BENCH_PHASE_TIMEOUT_S', 600) * 1000,
  /** fold: Projection.fold (a document read and written once per batch); project: one update per event. */
  projectionMode: process.env.BENCH_PROJECTION ?? 'fold',
};
if (!['fold', 'project'].includes(config.projectionMode)) {
  throw new Error(`BENCH_PROJECTION=${config.projectionMode}: expected fold or project`);
}
const manyStreamEvents = config.events - config.singleStreamEvents - config.commandEvents;
if (manyStreamEvents < config.streams) {
  throw new Error('BENCH_EVENTS must exceed BENCH_SINGLE_EVENTS + BENCH_COMMAND_EVENTS + streams');
}

const TARGETS = { rebuildEventsPerS: 5_000, rebuildToRawConsume: 0.3, publishLagP99Ms: 250 };

const meta: CommandMetadata = { correlationId: 'bench-core', actor: SYSTEM_ACTOR };
const log = (line: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface PhaseProfile {
  wall_s: number;
  /** Average cores busy per process over the phase (bench = this Node process). */
  cores: Record<string, number>;
  /** MongoDB-wire commands of the bench's connection during the phase, busiest first. */
  mongo: Record<string, CommandStats>;
}

async function main() {
  const brokers = required('KAFKA_BROKERS').split(',');
  const mongoUrl = required('MONGO_URL');
  const run = randomUUID().slice(0, 8);
  const aggregateType = `benchledger-${run}`;
  const lagType = `benchlag-${run}`;
  const topic = topicFor(aggregateType);
  const lagTopic = topicFor(lagType);
  const rawTopic = `bench.raw.${run}`;
  const topics = [topic, deadLetterTopicFor(topic), lagTopic, rawTopic];
  const startedAt = new Date();
  const loadBefore = os.loadavg();

  const connection: Connection = await mongoose
    .createConnection(mongoUrl, { dbName: `bench_core_${run}`, monitorCommands: true })
    .asPromise();
  const mongo = new MongoMonitor(connection, (name) =>
    name.replace(`_${run}`, '').replace(/^bench_core_.*/, 'bench_db'),
  );
  const cpu = new CpuMeter({
    kafka: process.env.BENCH_KAFKA_PID,
    ferretdb: process.env.BENCH_MONGO_PID,
  });
  const profiles: Record<string, PhaseProfile> = {};
  async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const cpuBefore = cpu.sample();
    const mongoBefore = mongo.snapshot();
    const t0 = now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`phase ${name} took over ${config.phaseTimeoutMs / 1000} s`)),
        config.phaseTimeoutMs,
      );
    });
    const result = await Promise.race([work(), timeout]).finally(() => clearTimeout(timer));
    const wall = now() - t0;
    profiles[name] = {
      wall_s: round(wall / 1000, 2),
      cores: CpuMeter.cores(cpuBefore, cpu.sample(), wall),
      mongo: MongoMonitor.since(mongoBefore, mongo.snapshot()),
    };
    return result;
  }

  const kafka = new Kafka({ clientId: `bench-${run}`, brokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  await createMissingTopics(admin, topics, config.partitions);
  const producer = idempotentProducer(kafka);
  await producer.connect();

  const catalog = ledgerCatalog(aggregateType);
  const store = new MongoEventStore(connection, catalog);
  await store.ensureIndexes();
  const next = random(Number(process.env.BENCH_SEED ?? 20_240_601));
  const change = (ledger: StockLedger) => {
    const sku = SKUS[Math.floor(next() * SKUS.length)];
    const quantity = 1 + Math.floor(next() * 9);
    if (!ledger.exists) ledger.open(`producer ${ledger.id.slice(0, 8)}`);
    else if (next() < 0.3 && ledger.stockOf(sku) >= quantity) ledger.remove(sku, quantity);
    else ledger.add(sku, quantity);
  };
  /** The backlog, in order: the raw Kafka phase sends exactly these messages again. */
  const backlog: EventEnvelope[] = [];
  const commitsInStore = () => connection.collection('event_commits').countDocuments();

  // ------------------------------------------------------------------ 1. append
  log(
    `append: ${config.singleStreamEvents} on one stream, ${manyStreamEvents} over ${config.streams} streams (${config.concurrency} in flight), ${config.commandEvents} by executeCommand`,
  );
  const appendOne = async (ledger: StockLedger) => {
    change(ledger);
    const events = await store.append(
      { aggregateId: ledger.id, aggregateType, expectedVersion: ledger.loadedVersion },
      ledger.uncommitted(),
      meta,
    );
    ledger.markCommitted();
    backlog.push(...events);
  };
  const single = await phase('append_single_stream', async () => {
    const ledger = new StockLedger(aggregateType, randomUUID());
    const t0 = now();
    for (let i = 0; i < config.singleStreamEvents; i++) await appendOne(ledger);
    return config.singleStreamEvents / ((now() - t0) / 1000);
  });
  const ledgers = Array.from(
    { length: config.streams },
    () => new StockLedger(aggregateType, randomUUID()),
  );
  const many = await phase('append_many_streams', async () => {
    const t0 = now();
    await inWorkers(manyStreamEvents, config.concurrency, config.streams, (stream) =>
      appendOne(ledgers[stream]),
    );
    return manyStreamEvents / ((now() - t0) / 1000);
  });
  const commitsBeforeCommands = await commitsInStore();
  const command = await phase('append_execute_command', async () => {
    const repository = new AggregateRepository(store, (id) => new StockLedger(aggregateType, id), {
      onAppended: (events) => backlog.push(...events),
    });
    const ids = Array.from({ length: config.streams }, () => randomUUID());
    const t0 = now();
    await inWorkers(config.commandEvents, config.concurrency, config.streams, (stream) =>
      executeCommand(repository, ids[stream], meta, change),
    );
    return config.commandEvents / ((now() - t0) / 1000);
  });
  log(
    `append: single ${single.toFixed(0)}/s, many ${many.toFixed(0)}/s, executeCommand ${command.toFixed(0)}/s (store held ${commitsBeforeCommands} commits)`,
  );

  // ------------------------------------------------------------------ 2. relay drain
  // The stores and the publisher are wrapped (not changed) to time where the relay spends its
  // time, to learn each event's commit storedAt for the lag phase, and to let the lag phase halt
  // a relay that cannot keep up (stop() alone waits until nothing is unpublished).
  const relayTimes = { findMs: 0, finds: 0, sendMs: 0, sends: 0, markMs: 0, marks: 0 };
  const storedAt = new Map<string, number>();
  const commitEvents = new Map<string, string[]>();
  const ackLag = new Map<string, number>();
  const markLag = new Map<string, number>();
  let recordLag = false;
  let halted = false;
  const instrumented = (inner: MongoEventStore) =>
    Object.assign(Object.create(inner) as MongoEventStore, {
      unpublished: async (limit: number): Promise<CommitDocument[]> => {
        if (halted) return [];
        const t0 = now();
        const commits = await inner.unpublished(limit);
        relayTimes.findMs += now() - t0;
        relayTimes.finds++;
        commitEvents.clear();
        commits.forEach((c) => {
          c.events.forEach((e) => storedAt.set(e.eventId, c.storedAt.getTime()));
          commitEvents.set(
            c._id,
            c.events.map((e) => e.eventId),
          );
        });
        return commits;
      },
      markPublished: async (ids: string[]): Promise<void> => {
        const t0 = now();
        await inner.markPublished(ids);
        relayTimes.markMs += now() - t0;
        relayTimes.marks++;
        const at = Date.now();
        ids.forEach((id) =>
          commitEvents.get(id)?.forEach((eventId) => {
            if (recordLag) markLag.set(eventId, at - storedAt.get(eventId)!);
            storedAt.delete(eventId);
          }),
        );
        // Commits handed over by wake(events) were not read from the store: the relay marks
        // them right after sending them, so the last send's events are the ones just marked.
        if (recordLag) {
          lastSent
            .filter(({ eventId }) => !markLag.has(eventId))
            .forEach(({ eventId, occurredAt }) =>
              markLag.set(eventId, at - Date.parse(occurredAt)),
            );
        }
        lastSent = [];
      },
    });
  let lastSent: EventEnvelope[] = [];
  const publisher: EventPublisher = {
    publish: async (messages) => {
      const t0 = now();
      await sendMessages(producer, messages);
      lastSent = messages.map((m) => m.value as EventEnvelope);
      const at = Date.now();
      relayTimes.sendMs += now() - t0;
      relayTimes.sends++;
      if (!recordLag) return;
      messages.forEach((m) => {
        const { eventId, occurredAt } = m.value as EventEnvelope;
        // occurredAt is set by append() just before storedAt: the fallback for an event the relay
        // did not read from the store.
        if (ackLag.has(eventId)) return; // a duplicate send: the first one counts
        ackLag.set(eventId, at - (storedAt.get(eventId) ?? Date.parse(occurredAt)));
      });
    },
  };

  log(`relay: draining a backlog of ${backlog.length} events`);
  const relayed = await phase('relay_drain', async () => {
    const relay = new OutboxRelay(instrumented(store), publisher, {
      batchSize: config.relayBatchSize,
    });
    const t0 = now();
    const sent = await relay.drain();
    const seconds = (now() - t0) / 1000;
    if (sent !== backlog.length) throw new Error(`relay sent ${sent} of ${backlog.length}`);
    return { sent, perS: sent / seconds, seconds };
  });
  const drainTimes = { ...relayTimes };
  log(
    `relay: ${relayed.sent} in ${relayed.seconds.toFixed(2)} s = ${relayed.perS.toFixed(0)}/s (find ${secs(drainTimes.findMs)}, send ${secs(drainTimes.sendMs)}, mark ${secs(drainTimes.markMs)})`,
  );

  // ------------------------------------------------------------------ 3. publish lag
  const lagTarget = Math.round(config.lagRate * config.lagSeconds);
  log(
    `lag: offering ${config.lagRate} events/s for ${config.lagSeconds} s (${lagTarget} events), then up to ${config.lagDrainSeconds} s to catch up`,
  );
  Object.assign(relayTimes, { findMs: 0, finds: 0, sendMs: 0, sends: 0, markMs: 0, marks: 0 });
  const lagStore = new MongoEventStore(connection, ledgerCatalog(lagType));
  const lag = await phase('publish_lag', async () => {
    const relay = new OutboxRelay(instrumented(lagStore), publisher, {
      batchSize: config.relayBatchSize,
      pollIntervalMs: config.relayPollMs,
    });
    const repository = new AggregateRepository(lagStore, (id) => new StockLedger(lagType, id), {
      onAppended: (events) => relay.wake(events),
    });
    const lagLedgers = Array.from(
      { length: config.streams },
      () => new StockLedger(lagType, randomUUID()),
    );
    // One chain per ledger: its commands run one after another, as one client's would.
    const chains: Array<Promise<void>> = lagLedgers.map(() => Promise.resolve());
    const offeredAt: number[] = [];
    const eventIds: string[] = [];
    const appendMs: number[] = [];
    const appendErrors: string[] = [];
    let appendsDone = 0;
    relay.start();
    // Its look at start (a scan of the store) is a start-up cost, not part of the steady lag.
    while (relayTimes.finds === 0) await sleep(10);
    recordLag = true;
    const t0 = now();
    let issued = 0;
    while (issued < lagTarget) {
      const due = Math.min(lagTarget, Math.floor(((now() - t0) / 1000) * config.lagRate));
      for (; issued < due; issued++) {
        const k = issued;
        const stream = k % lagLedgers.length;
        offeredAt[k] = Date.now();
        chains[stream] = chains[stream].then(async () => {
          const ledger = lagLedgers[stream];
          const before = { state: ledger.snapshot(), version: ledger.loadedVersion };
          change(ledger);
          const a0 = now();
          try {
            const [event] = await repository.save(ledger, meta);
            appendMs.push(now() - a0);
            eventIds[k] = event.eventId;
          } catch (error) {
            // Counted and reported; the ledger goes back to what the store holds.
            appendErrors.push((error as Error).message);
            const fresh = new StockLedger(lagType, ledger.id);
            fresh.restoreSnapshot(before.state, before.version);
            lagLedgers[stream] = fresh;
          }
          appendsDone++;
        });
      }
      await sleep(2);
    }
    const offeredSeconds = (now() - t0) / 1000;
    const deadline = now() + config.lagDrainSeconds * 1000;
    const settled = () =>
      appendsDone === lagTarget && ackLag.size >= lagTarget - appendErrors.length;
    while (now() < deadline && !settled()) await sleep(10);
    const caughtUp = settled();
    halted = true; // a relay still behind finishes its batch in progress and stops
    const haltAt = Date.now();
    await relay.stop();
    await Promise.all(chains);
    recordLag = false;
    halted = false;
    // An event not acknowledged when the phase ended counts with the time it had waited so far
    // since it was offered: its real lag is longer, so percentiles are then lower bounds.
    let censored = 0;
    const lags = offeredAt.map((offered, k) => {
      const acked = eventIds[k] === undefined ? undefined : ackLag.get(eventIds[k]);
      if (acked !== undefined) return acked;
      censored++;
      return haltAt - offered;
    });
    return {
      offeredPerS: lagTarget / offeredSeconds,
      appendedPerS: appendMs.length / offeredSeconds,
      lags,
      markLags: [...markLag.values()],
      censored,
      caughtUp,
      appendMs,
      appendErrors,
      times: { ...relayTimes },
    };
  });
  const lagP99 = percentile(lag.lags, 0.99);
  log(
    `lag: offered ${lag.offeredPerS.toFixed(0)}/s; ack lag p50 ${percentile(lag.lags, 0.5)} ms, p99 ${lagP99} ms${lag.censored ? ` (${lag.censored} events never acknowledged: lower bounds)` : ''}; append p99 ${percentile(lag.appendMs, 0.99).toFixed(1)} ms`,
  );

  // ------------------------------------------------------------------ 4. projection input
  const projected: EventEnvelope[] = [...backlog];
  const extra = Math.max(0, config.projectionEvents - backlog.length);
  log(`input: ${backlog.length} relayed events + ${extra} sent straight to ${topic}`);
  for (let i = 0; i < extra; i++) {
    const ledger = ledgers[i % ledgers.length];
    change(ledger);
    const [event] = ledger.uncommitted();
    projected.push({
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: catalog.definition(event.type).schemaVersion,
      aggregateType,
      aggregateId: ledger.id,
      aggregateVersion: ledger.loadedVersion + 1,
      occurredAt: new Date().toISOString(),
      correlationId: meta.correlationId,
      causationId: null,
      actor: meta.actor,
      payload: { ...(event.payload as Record<string, unknown>) },
    });
    ledger.markCommitted();
  }
  for (let i = backlog.length; i < projected.length; i += config.relayBatchSize) {
    await sendMessages(producer, projected.slice(i, i + config.relayBatchSize).map(eventMessage));
  }
  const total = projected.length;

  // ------------------------------------------------------------------ 5. raw Kafka
  const messages: Message[] = projected.map((event) => {
    const m = eventMessage(event);
    return { key: m.key, value: JSON.stringify(m.value), headers: m.headers };
  });
  const valueBytes = messages.reduce((n, m) => n + Buffer.byteLength(m.value as string), 0);
  const allBytes = messages.reduce(
    (n, m) =>
      n +
      Buffer.byteLength(m.value as string) +
      Buffer.byteLength(m.key as string) +
      Object.entries(m.headers ?? {}).reduce(
        (h, [k, v]) => h + Buffer.byteLength(k) + Buffer.byteLength(String(v)),
        0,
      ),
    0,
  );
  log(`raw: sendBatch of the same ${messages.length} messages, ${config.relayBatchSize} per batch`);
  const rawProduce = await phase('raw_produce', async () => {
    const raw = idempotentProducer(kafka);
    await raw.connect();
    const t0 = now();
    for (let i = 0; i < messages.length; i += config.relayBatchSize) {
      await raw.sendBatch({
        acks: -1,
        topicMessages: [
          { topic: rawTopic, messages: messages.slice(i, i + config.relayBatchSize) },
        ],
      });
    }
    const seconds = (now() - t0) / 1000;
    await raw.disconnect();
    return { perS: messages.length / seconds, seconds };
  });
  const rawConsume = await phase('raw_consume', async () => {
    const consumer = kafka.consumer({
      groupId: `bench-raw-${run}`,
      maxBytesPerPartition: 4 * 1024 * 1024, // as EventConsumer
    });
    let read = 0;
    let first = 0;
    const t0 = now();
    await consumer.connect();
    await consumer.subscribe({ topics: [rawTopic], fromBeginning: true });
    await consumer.run({
      eachBatch: ({ batch }) => {
        if (!first) first = now();
        read += batch.messages.length;
        return Promise.resolve();
      },
    });
    await until('the raw consumer to read every message', () => read >= messages.length);
    const end = now();
    await consumer.disconnect();
    return {
      disconnectSeconds: (now() - end) / 1000,
      perS: messages.length / ((end - t0) / 1000),
      seconds: (end - t0) / 1000,
      afterFirstPerS: messages.length / ((end - first) / 1000),
      firstBatchAfterS: (first - t0) / 1000,
    };
  });
  log(
    `raw: produce ${rawProduce.perS.toFixed(0)}/s, consume ${rawConsume.perS.toFixed(0)}/s (${rawConsume.afterFirstPerS.toFixed(0)}/s after the first batch)`,
  );

  // ------------------------------------------------------------------ 6. decode, in-process
  const received = messages.map(
    // decodeMessage reads only `value` of a KafkaMessage.
    (m) => ({ value: Buffer.from(m.value as string) }) as unknown as KafkaMessage,
  );
  const decode = await phase('decode', () => {
    const perEventUs = (work: (m: KafkaMessage) => unknown) => {
      const t0 = now();
      received.forEach(work);
      return ((now() - t0) * 1000) / received.length;
    };
    perEventUs((m) => decodeMessage(m, catalog)); // warm up
    return Promise.resolve({
      jsonUs: perEventUs((m) => JSON.parse(m.value!.toString('utf8'))),
      envelopeUs: perEventUs((m) => parseEnvelope(JSON.parse(m.value!.toString('utf8')))),
      fullUs: perEventUs((m) => decodeMessage(m, catalog)),
    });
  });

  // ------------------------------------------------------------------ 7. projection live
  const readModel = `stock_levels_${run}`;
  const projection = (
    config.projectionMode === 'fold' ? foldingStockLevelsProjection : stockLevelsProjection
  )('stock-levels', readModel);
  const runner = new ProjectionRunner(connection, kafka, catalog, projection, `bench-${run}`);
  /** Why a projection phase stopped early: the database's answer and the commands it sits on. */
  const diagnose = async (): Promise<{ answers: boolean; text: string }> => {
    const stuck = mongo.inFlight().filter((c) => c.waitingMs > 2_000);
    const answers = await within(
      connection
        .collection(readModel)
        .findOne({})
        .then(() => true),
      5_000,
      false,
    );
    const commands = stuck
      .slice(0, 3)
      .map(
        (c) =>
          `${c.command} with ${c.statements} statements unanswered for ${Math.round(c.waitingMs / 1000)} s`,
      )
      .join('; ');
    return {
      answers,
      text: `${answers ? 'the database still answers' : 'the database no longer answers (a findOne on the read model timed out after 5 s)'}; ${commands || 'no command pending'}`,
    };
  };
  /**
   * Events the read model reflects, polled: the sum of its documents' versions (each applied
   * event sets its ledger's version), so progress shows inside a long bulk write too, not only
   * when the sink finishes a Kafka batch.
   */
  const pollReadModel = () => {
    const poll = { value: 0, stopped: false };
    void (async () => {
      while (!poll.stopped) {
        const docs = await within(
          connection
            .collection(readModel)
            .find({}, { projection: { version: 1 } })
            .toArray(),
          2_000,
          undefined,
        );
        if (docs) poll.value = docs.reduce((n, d) => n + Number(d.version ?? 0), 0);
        await sleep(250);
      }
    })();
    return poll;
  };
  log(`projection: live runner over ${total} events`);
  const live = await phase('projection_live', async () => {
    const t0 = now();
    const poll = pollReadModel();
    await runner.start();
    const watched = await follow(
      () => Math.max(runner.applied, poll.value),
      total,
      () => false,
      t0,
    );
    poll.stopped = true;
    const elapsed = (watched.end - t0) / 1000;
    return {
      ...watched,
      perS: watched.applied / elapsed,
      seconds: elapsed,
      firstAppliedAfterS: watched.first ? (watched.first - t0) / 1000 : NaN,
      afterFirstPerS: watched.first ? watched.applied / ((watched.end - watched.first) / 1000) : 0,
      why: watched.outcome === 'done' ? null : await diagnose(),
    };
  });
  log(
    `projection: live ${live.perS.toFixed(0)}/s (${live.applied} of ${total} in ${live.seconds.toFixed(2)} s)${live.why ? `; ${live.outcome}: ${live.why.text}` : ''}`,
  );
  const liveModel =
    live.outcome === 'done' ? await snapshotReadModel(connection, readModel) : undefined;
  let liveStopped = live.outcome === 'done';
  if (!liveStopped && live.why?.answers) {
    // rebuild() stops the live consumer first, which waits for the batch it is applying: let that
    // happen outside both measurements.
    log('projection: waiting (up to 90 s) for the live consumer to finish its batch in flight');
    liveStopped = await within(
      runner.stop().then(() => true),
      90_000,
      false,
    );
  }

  // ------------------------------------------------------------------ 8. rebuild
  let rebuildSkipped: string | null = null;
  if (live.why && !live.why.answers) {
    rebuildSkipped = `not run: the database stopped answering during the live projection (${live.why.text})`;
  } else if (!liveStopped) {
    rebuildSkipped = 'not run: the live consumer did not finish its batch in flight within 90 s';
  }
  const rebuild = rebuildSkipped
    ? {
        outcome: 'skipped',
        applied: 0,
        perS: 0,
        seconds: 0,
        appliedPerS: 0,
        appliedSeconds: 0,
        stopSeconds: NaN,
        startedAfterSeconds: NaN,
        firstAppliedAfterSeconds: NaN,
        why: null,
      }
    : await phase('projection_rebuild', async () => {
        log(`rebuild: ProjectionRunner.rebuild() over ${total} events`);
        let poll: { value: number; stopped: boolean } | undefined;
        let appliedAt = 0;
        let finished = false;
        // rebuild() calls the runner's own stop() and start(): time them (instance wrappers).
        const steps = { stopS: NaN, startedAfterS: NaN };
        const { stop, start } = {
          stop: runner.stop.bind(runner),
          start: runner.start.bind(runner),
        };
        runner.stop = async () => {
          const s0 = now();
          await stop();
          steps.stopS = (now() - s0) / 1000;
        };
        runner.start = async () => {
          await start();
          steps.startedAfterS = (now() - t0) / 1000;
        };
        const t0 = now();
        const rebuilding = runner
          .rebuild(() => {
            // start() has replaced the sink (runner.applied is the new generation's) and the read
            // model has been dropped, so from now on both count the rebuild.
            poll ??= pollReadModel();
          })
          .then(() => {
            finished = true;
          });
        const watched = await follow(
          () => {
            const applied = poll ? Math.max(runner.applied, poll.value) : 0;
            if (applied >= total && !appliedAt) appliedAt = now();
            return applied;
          },
          Infinity,
          () => finished,
          t0,
        );
        if (poll) poll.stopped = true;
        if (watched.outcome !== 'done') {
          void rebuilding.catch(() => undefined); // abandoned; the process exits at the end
          await within(runner.stop(), 5_000, undefined);
        }
        const elapsed = (watched.end - t0) / 1000;
        return {
          ...watched,
          perS: watched.applied / elapsed,
          seconds: elapsed,
          appliedPerS: appliedAt ? total / ((appliedAt - t0) / 1000) : watched.applied / elapsed,
          appliedSeconds: appliedAt ? (appliedAt - t0) / 1000 : elapsed,
          stopSeconds: steps.stopS,
          startedAfterSeconds: steps.startedAfterS,
          firstAppliedAfterSeconds: watched.first ? (watched.first - t0) / 1000 : NaN,
          why: watched.outcome === 'done' ? null : await diagnose(),
        };
      });
  const rebuildMatches =
    rebuild.outcome === 'done' && liveModel !== undefined
      ? (await snapshotReadModel(connection, readModel)) === liveModel
      : null;
  if (rebuild.outcome === 'done') await runner.stop();
  else if (live.outcome !== 'done') await within(runner.stop(), 5_000, undefined);
  log(
    rebuildSkipped
      ? `rebuild: ${rebuildSkipped}`
      : `rebuild: ${rebuild.perS.toFixed(0)}/s (${rebuild.applied} of ${total} in ${rebuild.seconds.toFixed(2)} s; last event applied after ${rebuild.appliedSeconds.toFixed(2)} s)${rebuild.why ? `; ${rebuild.outcome}: ${rebuild.why.text}` : `; read model equal to live: ${String(rebuildMatches)}`}`,
  );

  // ------------------------------------------------------------------ results
  const serverInfo = await connection.db!.admin().command({ buildInfo: 1 });
  const p = (values: number[], q: number) => round(percentile(values, q), 1);
  const results = {
    append_events_per_s: round(many),
    append_single_stream_events_per_s: round(single),
    append_many_streams_events_per_s: round(many),
    append_execute_command_events_per_s: round(command),
    relay_events_per_s: round(relayed.perS),
    publish_lag_p50_ms: p(lag.lags, 0.5),
    publish_lag_p99_ms: p(lag.lags, 0.99),
    publish_lag_max_ms: p(lag.lags, 1),
    publish_lag_unacknowledged_events: lag.censored,
    publish_lag_caught_up: lag.caughtUp,
    publish_lag_to_marked_p50_ms: p(lag.markLags, 0.5),
    publish_lag_to_marked_p99_ms: p(lag.markLags, 0.99),
    publish_lag_offered_events_per_s: round(lag.offeredPerS),
    publish_lag_appended_events_per_s: round(lag.appendedPerS),
    publish_lag_append_p50_ms: p(lag.appendMs, 0.5),
    publish_lag_append_p99_ms: p(lag.appendMs, 0.99),
    publish_lag_append_errors: lag.appendErrors.length,
    publish_lag_first_append_error: lag.appendErrors[0] ?? null,
    projection_events_per_s: round(live.perS),
    projection_after_first_event_events_per_s: round(live.afterFirstPerS),
    projection_outcome: live.outcome,
    projection_applied: live.applied,
    projection_stopped_because: live.why?.text ?? null,
    rebuild_events_per_s: round(rebuild.perS),
    rebuild_until_applied_events_per_s: round(rebuild.appliedPerS),
    rebuild_outcome: rebuild.outcome,
    rebuild_applied: rebuild.applied,
    rebuild_stopped_because: rebuildSkipped ?? rebuild.why?.text ?? null,
    raw_produce_msgs_per_s: round(rawProduce.perS),
    raw_consume_msgs_per_s: round(rawConsume.perS),
    raw_consume_after_first_batch_msgs_per_s: round(rawConsume.afterFirstPerS),
    rebuild_to_raw_consume_ratio: round(rebuild.perS / rawConsume.perS, 3),
    relay_to_raw_produce_ratio: round(relayed.perS / rawProduce.perS, 3),
    projection_to_raw_consume_ratio: round(live.perS / rawConsume.perS, 3),
    decode_json_us_per_event: round(decode.jsonUs, 2),
    decode_envelope_us_per_event: round(decode.envelopeUs, 2),
    decode_full_us_per_event: round(decode.fullUs, 2),
    message_value_bytes_avg: round(valueBytes / messages.length),
    message_bytes_avg: round(allBytes / messages.length),
    events_backlog: relayed.sent,
    events_single_stream: config.singleStreamEvents,
    events_many_streams: manyStreamEvents,
    events_execute_command: config.commandEvents,
    commits_in_store_before_execute_command: commitsBeforeCommands,
    events_lag_phase: lagTarget,
    events_projected: total,
    events_sent_directly: extra,
    raw_messages: messages.length,
    streams: config.streams,
    concurrency: config.concurrency,
    relay_batch_size: config.relayBatchSize,
    relay_poll_ms: config.relayPollMs,
    projection_mode: config.projectionMode,
    lag_offered_rate_per_s: config.lagRate,
    lag_seconds: config.lagSeconds,
    lag_drain_seconds: config.lagDrainSeconds,
    partitions: config.partitions,
    projection_cap_s: config.projectionCapMs / 1000,
    stall_s: config.stallMs / 1000,
    seconds: {
      relay_drain: round(relayed.seconds, 2),
      projection_live: round(live.seconds, 2),
      projection_live_first_event: round(live.firstAppliedAfterS, 2),
      rebuild: round(rebuild.seconds, 2),
      rebuild_until_applied: round(rebuild.appliedSeconds, 2),
      rebuild_stopping_live_consumer: round(rebuild.stopSeconds, 2),
      rebuild_until_consumer_started: round(rebuild.startedAfterSeconds, 2),
      rebuild_until_first_applied: round(rebuild.firstAppliedAfterSeconds, 2),
      raw_produce: round(rawProduce.seconds, 2),
      raw_consume: round(rawConsume.seconds, 2),
      raw_consume_first_batch: round(rawConsume.firstBatchAfterS, 2),
      raw_consume_disconnect: round(rawConsume.disconnectSeconds, 2),
    },
    relay_drain_breakdown_ms: breakdown(drainTimes),
    relay_lag_phase_breakdown_ms: breakdown(lag.times),
    rebuild_matches_live: rebuildMatches,
    phases: profiles,
    targets: {
      rebuild_events_per_s_min: TARGETS.rebuildEventsPerS,
      rebuild_to_raw_consume_ratio_min: TARGETS.rebuildToRawConsume,
      publish_lag_p99_ms_max: TARGETS.publishLagP99Ms,
      rebuild_events_per_s_met:
        rebuild.outcome === 'done' && rebuild.perS >= TARGETS.rebuildEventsPerS,
      rebuild_to_raw_consume_ratio_met:
        rebuild.outcome === 'done' && rebuild.perS / rawConsume.perS >= TARGETS.rebuildToRawConsume,
      publish_lag_p99_met: lagP99 <= TARGETS.publishLagP99Ms,
    },
    lag_method:
      'per event: Date.now() when the relay publisher sendBatch (acks=-1) resolved, minus the commit storedAt; events never acknowledged count with (end of phase - offered time), a lower bound',
    nproc: os.availableParallelism(),
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    loadavg_before: loadBefore.map((l) => round(l, 2)),
    loadavg_after: os.loadavg().map((l) => round(l, 2)),
    node_version: process.version,
    kafkajs_version: kafkajsVersion(),
    kafka_version: process.env.BENCH_KAFKA_VERSION || 'unknown',
    ferretdb_version: String(
      serverInfo.ferretdbVersion ?? `none (MongoDB ${String(serverInfo.version)})`,
    ),
    mongo_url: mongoUrl.replace(/\/\/[^@/]*@/, '//'),
    timestamp: startedAt.toISOString(),
    duration_s: round((Date.now() - startedAt.getTime()) / 1000, 1),
  };

  const dir = path.resolve(
    // dist/bench/core-bench.js -> bench/results
    process.env.BENCH_RESULTS_DIR ?? path.join(__dirname, '../../bench/results'),
  );
  mkdirSync(dir, { recursive: true });
  writeAtomically(path.join(dir, 'core.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeAtomically(path.join(dir, 'core.md'), markdown(results));
  console.log(`\n${markdown(results)}`);
  log(`wrote ${path.join(dir, 'core.json')} and core.md`);

  // ------------------------------------------------------------------ clean up
  await producer.disconnect();
  if (!process.env.BENCH_KEEP) {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    const dropped = await within(
      connection.dropDatabase().then(() => true),
      10_000,
      false,
    );
    if (!dropped) log(`could not drop database bench_core_${run} (it does not answer)`);
  }
  await admin.disconnect();
  await within(connection.close(), 5_000, undefined);
}

/**
 * Watches a projection's progress until it reaches `target` or `finished()` holds ("done"), it
 * runs past the cap ("capped"), or makes no progress for the stall time ("stalled").
 */
async function follow(
  progress: () => number,
  target: number,
  finished: () => boolean,
  t0: number,
): Promise<{
  outcome: 'done' | 'capped' | 'stalled';
  applied: number;
  end: number;
  first: number;
}> {
  let last = -1;
  let changedAt = now();
  let first = 0;
  for (;;) {
    const applied = progress();
    const at = now();
    if (applied > 0 && !first) first = at;
    if (applied !== last) {
      last = applied;
      changedAt = at;
    }
    if (applied >= target || finished()) return { outcome: 'done', applied, end: at, first };
    if (at - t0 > config.projectionCapMs) return { outcome: 'capped', applied, end: at, first };
    if (at - changedAt > config.stallMs) return { outcome: 'stalled', applied, end: at, first };
    await sleep(5);
  }
}

/** Runs `count` jobs on `workers` workers; worker w owns the streams s with s % workers == w. */
async function inWorkers(
  count: number,
  workers: number,
  streams: number,
  job: (stream: number) => Promise<unknown>,
): Promise<void> {
  let started = 0;
  const owned = (w: number) =>
    Array.from({ length: streams }, (_, s) => s).filter((s) => s % workers === w);
  await Promise.all(
    Array.from({ length: Math.min(workers, streams) }, async (_, w) => {
      const mine = owned(w);
      for (let turn = 0; started < count; turn++) {
        started++;
        await job(mine[turn % mine.length]);
      }
    }),
  );
}

function idempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

async function snapshotReadModel(connection: Connection, collection: string): Promise<string> {
  const docs = await connection.collection(collection).find().sort({ _id: 1 }).toArray();
  return JSON.stringify(docs);
}

function breakdown(t: Record<string, number>) {
  return {
    find_unpublished_ms: round(t.findMs),
    find_calls: t.finds,
    kafka_send_ms: round(t.sendMs),
    send_calls: t.sends,
    mark_published_ms: round(t.markMs),
    mark_calls: t.marks,
  };
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (run through bench/run-core.sh)`);
  return value;
}

function kafkajsVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('kafkajs/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

type Results = Record<string, unknown> & {
  targets: Record<string, number | boolean>;
  seconds: Record<string, number>;
  phases: Record<string, PhaseProfile>;
};

function markdown(r: Results): string {
  const v = (value: unknown) =>
    typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  const row = (name: string, value: unknown, note = '') => `| ${name} | ${v(value)} | ${note} |`;
  const met = (ok: unknown) => (ok ? 'met' : '**missed**');
  const t = r.targets;
  const s = (key: string) => v(r[key]);
  const lowerBound = Number(r.publish_lag_unacknowledged_events) > 0 ? ' (lower bound)' : '';
  const stopped = (what: 'projection' | 'rebuild') =>
    r[`${what}_outcome`] === 'done'
      ? ''
      : `. **${String(r[`${what}_outcome`])}** after ${s(`${what}_applied`)} events: ${String(r[`${what}_stopped_because`])}`;
  const lines = [
    '# Core benchmark: event-sourcing library against real servers',
    '',
    `Run ${s('timestamp')} with \`npm run bench:core\` (${s('duration_s')} s): ${s('nproc')} cores (${s('cpu_model')}), ${s('memory_gb')} GB, Node ${s('node_version')}, Kafka ${s('kafka_version')} (kafkajs ${s('kafkajs_version')}), FerretDB ${s('ferretdb_version')}. Load average before / after: ${s('loadavg_before')} / ${s('loadavg_after')}.`,
    '',
    '| figure | value | notes |',
    '| --- | ---: | --- |',
    row('append_events_per_s', r.append_events_per_s, '= append_many_streams_events_per_s'),
    row(
      'append_single_stream_events_per_s',
      r.append_single_stream_events_per_s,
      `MongoEventStore.append, one stream, sequential, ${s('events_single_stream')} events`,
    ),
    row(
      'append_many_streams_events_per_s',
      r.append_many_streams_events_per_s,
      `MongoEventStore.append, ${s('streams')} streams, ${s('concurrency')} in flight, ${s('events_many_streams')} events`,
    ),
    row(
      'append_execute_command_events_per_s',
      r.append_execute_command_events_per_s,
      `executeCommand (load + decide + append), ${s('streams')} streams, ${s('concurrency')} in flight, ${s('events_execute_command')} events; store held ${s('commits_in_store_before_execute_command')} commits`,
    ),
    row(
      'relay_events_per_s',
      r.relay_events_per_s,
      `OutboxRelay.drain() of ${s('events_backlog')} unpublished events, batch ${s('relay_batch_size')}`,
    ),
    row(
      'publish_lag_p50_ms',
      r.publish_lag_p50_ms,
      `commit storedAt -> Kafka ack${lowerBound}; ${s('events_lag_phase')} events offered at ${s('lag_offered_rate_per_s')}/s for ${s('lag_seconds')} s`,
    ),
    row(
      'publish_lag_p99_ms',
      r.publish_lag_p99_ms,
      `target <= ${v(t.publish_lag_p99_ms_max)} ms: ${met(t.publish_lag_p99_met)}${lowerBound}`,
    ),
    row('publish_lag_max_ms', r.publish_lag_max_ms),
    row(
      'publish_lag_unacknowledged_events',
      r.publish_lag_unacknowledged_events,
      `not on Kafka ${s('lag_drain_seconds')} s after the offering window ended`,
    ),
    row(
      'publish_lag_to_marked_p50_ms / p99',
      `${s('publish_lag_to_marked_p50_ms')} / ${s('publish_lag_to_marked_p99_ms')}`,
      'storedAt -> markPublished done (what the relay histogram observes), acknowledged events only',
    ),
    row(
      'publish_lag_offered / appended events_per_s',
      `${s('publish_lag_offered_events_per_s')} / ${s('publish_lag_appended_events_per_s')}`,
      'AggregateRepository.save, onAppended -> relay.wake(events); appended = saves done within the window',
    ),
    row(
      'publish_lag_append_p50_ms / p99',
      `${s('publish_lag_append_p50_ms')} / ${s('publish_lag_append_p99_ms')}`,
      'save() latency during the lag phase',
    ),
    row(
      'publish_lag_append_errors',
      r.publish_lag_append_errors,
      r.publish_lag_first_append_error
        ? `saves that failed, first: ${s('publish_lag_first_append_error')}`
        : 'saves that failed',
    ),
    row(
      'projection_events_per_s',
      r.projection_events_per_s,
      `ProjectionRunner.start() with Projection.${s('projection_mode')} -> caught up over ${s('events_projected')} events (${s('events_backlog')} relayed + ${s('events_sent_directly')} sent straight to the topic; incl. group join)${stopped('projection')}`,
    ),
    row(
      'projection_after_first_event_events_per_s',
      r.projection_after_first_event_events_per_s,
      'first applied event -> caught up',
    ),
    row(
      'rebuild_events_per_s',
      r.rebuild_events_per_s,
      `ProjectionRunner.rebuild() over the same events; target >= ${v(t.rebuild_events_per_s_min)}: ${met(t.rebuild_events_per_s_met)}${stopped('rebuild')}`,
    ),
    row(
      'rebuild_until_applied_events_per_s',
      r.rebuild_until_applied_events_per_s,
      'rebuild() start -> last event applied (rebuild() returns later: it polls committed offsets)',
    ),
    row(
      'raw_produce_msgs_per_s',
      r.raw_produce_msgs_per_s,
      `kafkajs sendBatch of the same ${s('raw_messages')} messages, ${s('relay_batch_size')} per batch, acks=-1, idempotent`,
    ),
    row(
      'raw_consume_msgs_per_s',
      r.raw_consume_msgs_per_s,
      'kafkajs consumer group, eachBatch, from the beginning (incl. group join)',
    ),
    row('raw_consume_after_first_batch_msgs_per_s', r.raw_consume_after_first_batch_msgs_per_s),
    row(
      'rebuild_to_raw_consume_ratio',
      r.rebuild_to_raw_consume_ratio,
      `target >= ${v(t.rebuild_to_raw_consume_ratio_min)}: ${met(t.rebuild_to_raw_consume_ratio_met)}`,
    ),
    row('relay_to_raw_produce_ratio', r.relay_to_raw_produce_ratio),
    row('projection_to_raw_consume_ratio', r.projection_to_raw_consume_ratio),
    row(
      'decode_full_us_per_event',
      r.decode_full_us_per_event,
      `decodeMessage in-process (JSON.parse alone ${s('decode_json_us_per_event')} us, + parseEnvelope ${s('decode_envelope_us_per_event')} us)`,
    ),
    row(
      'message_value_bytes_avg',
      r.message_value_bytes_avg,
      `key + value + headers: ${s('message_bytes_avg')} bytes`,
    ),
    row(
      'rebuild_matches_live',
      r.rebuild_matches_live,
      'rebuilt read model deep-equals the live one',
    ),
    '',
    `Seconds: ${Object.entries(r.seconds)
      .map(([k, x]) => `${k} ${Number.isFinite(x) ? x : '-'}`)
      .join(', ')}.`,
    '',
    `Relay time split, drain: ${JSON.stringify(r.relay_drain_breakdown_ms)}; lag phase: ${JSON.stringify(r.relay_lag_phase_breakdown_ms)}.`,
    '',
    '## Where each phase spent its time',
    '',
    "Cores = average CPU cores busy (bench = this Node process); MongoDB-wire = the bench connection's commands (count, statements, summed ms; concurrent commands overlap), busiest three.",
    '',
    '| phase | wall s | cores | MongoDB-wire commands |',
    '| --- | ---: | --- | --- |',
    ...Object.entries(r.phases).map(
      ([name, ph]) =>
        `| ${name} | ${ph.wall_s} | ${Object.entries(ph.cores)
          .map(([k, x]) => `${k} ${x}`)
          .join(', ')} | ${Object.entries(ph.mongo)
          .slice(0, 3)
          .map(([k, m]) => `${k}: ${m.commands} (${m.statements}) ${m.ms} ms`)
          .join('; ')} |`,
    ),
    '',
    `Publish lag is measured per event by the benchmark (not the relay's histogram): the relay's publisher is wrapped, and when its sendBatch (acks=-1) resolves, Date.now() minus the commit's storedAt is recorded for every event of the batch; p50/p99 are nearest-rank over all offered events. Events still unacknowledged ${s('lag_drain_seconds')} s after the offering window count with the time they had waited by then, so with any of them the percentiles are lower bounds.`,
    '',
  ];
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
