import { EventCatalog, topicFor } from '@ocop/events';
import { Kafka } from 'kafkajs';
import { Collection, Connection } from 'mongoose';
import { EventConsumer } from './event-consumer';
import { Projection } from './projection';
import { PROJECTION_CHECKPOINTS, ProjectionSink } from './projection-sink';

export interface ProjectionStatus {
  _id: string;
  generation: number;
  status: 'live' | 'rebuilding';
  rebuildStartedAt?: Date;
  rebuildFinishedAt?: Date;
  /** Events applied by the current generation. */
  applied: number;
  /** Rebuild progress: messages read so far vs. the topics' end offsets when it started. */
  progress?: { read: number; target: number };
}

/**
 * Runs one projection as its own consumer group. A rebuild drops the projection's collections and
 * checkpoints and starts a new consumer group (a new generation) from the beginning of the topics,
 * which keep every event, so it ends in the same state as the live projection.
 */
export class ProjectionRunner {
  private consumer?: EventConsumer;
  private sink?: ProjectionSink;
  /** A replaced generation's consumer leaving its group. */
  private retiring?: Promise<void>;
  private readonly state: Collection<ProjectionStatus>;

  constructor(
    private readonly connection: Connection,
    private readonly kafka: Kafka,
    private readonly catalog: EventCatalog,
    private readonly projection: Projection,
    private readonly groupPrefix: string,
  ) {
    this.state = connection.collection<ProjectionStatus>('projection_status');
  }

  get name(): string {
    return this.projection.name;
  }

  private topics(): string[] {
    const aggregateTypes = this.projection.handles.map(
      (type) => this.catalog.definition(type).aggregateType,
    );
    return [...new Set(aggregateTypes)].map(topicFor);
  }

  async start(): Promise<void> {
    const status = await this.status();
    this.sink = new ProjectionSink(this.connection, this.projection);
    this.consumer = new EventConsumer({
      kafka: this.kafka,
      groupId: `${this.groupPrefix}.projection.${this.projection.name}.g${status.generation}`,
      topics: this.topics(),
      catalog: this.catalog,
      sink: this.sink,
      handles: this.projection.handles,
    });
    await this.consumer.start();
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
    await this.retiring;
  }

  async status(): Promise<ProjectionStatus> {
    const found = await this.state.findOne({ _id: this.projection.name });
    if (found) return found;
    const fresh: ProjectionStatus = {
      _id: this.projection.name,
      generation: 1,
      status: 'live',
      applied: 0,
    };
    await this.state.updateOne({ _id: fresh._id }, { $setOnInsert: fresh }, { upsert: true });
    return (await this.state.findOne({ _id: this.projection.name }))!;
  }

  /** Events applied by this process since it started the current generation. */
  get applied(): number {
    return this.sink?.applied ?? 0;
  }

  /** Drops the read model and replays every event; resolves once it has caught up. */
  async rebuild(
    onProgress?: (read: number, target: number) => void | Promise<void>,
  ): Promise<void> {
    // The old generation stops writing at once; its consumer leaves its group in the background
    // (waiting for that would add its fetch in flight to every rebuild).
    const old = this.consumer;
    this.consumer = undefined;
    await this.sink?.close();
    this.retiring = Promise.all([this.retiring, old?.stop()]).then(
      () => undefined,
      () => undefined,
    );
    const [target] = await Promise.all([
      this.endOffsets(),
      this.connection
        .collection(PROJECTION_CHECKPOINTS)
        .deleteMany({ projection: this.projection.name }),
      ...this.projection.collections.map((name) =>
        this.connection
          .collection(name)
          .drop()
          .catch(() => undefined),
      ),
    ]);
    const previous = await this.status();
    await this.state.updateOne(
      { _id: this.projection.name },
      {
        $set: {
          generation: previous.generation + 1,
          status: 'rebuilding',
          rebuildStartedAt: new Date(),
          applied: 0,
          progress: { read: 0, target: sum(target) },
        },
      },
    );
    await this.start();
    // Checked often, so a rebuild ends soon after its last batch; reported about once a second.
    let reportedAt = 0;
    for (;;) {
      const read = this.consumedUpTo(target);
      const done = read >= sum(target);
      if (done || Date.now() - reportedAt >= 1_000) {
        reportedAt = Date.now();
        await this.state.updateOne(
          { _id: this.projection.name },
          { $set: { progress: { read, target: sum(target) }, applied: this.applied } },
        );
        await onProgress?.(read, sum(target));
      }
      if (done) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.state.updateOne(
      { _id: this.projection.name },
      { $set: { status: 'live', rebuildFinishedAt: new Date(), applied: this.applied } },
    );
  }

  /** Each partition's first and end offsets when the rebuild starts: what it must read. */
  private async endOffsets(): Promise<Map<string, { low: number; high: number }>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = new Map<string, { low: number; high: number }>();
      for (const topic of this.topics()) {
        const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
        offsets.forEach((o) =>
          ends.set(`${topic}:${o.partition}`, { low: Number(o.low), high: Number(o.high) }),
        );
      }
      return ends;
    } finally {
      await admin.disconnect();
    }
  }

  /** How many of the target messages this process has handled, per partition, summed. */
  private consumedUpTo(ends: Map<string, { low: number; high: number }>): number {
    let read = 0;
    for (const [key, { low, high }] of ends) {
      const [topic, partition] = splitKey(key);
      const next = this.consumer?.position(topic, partition) ?? low;
      read += Math.min(Math.max(next - low, 0), high - low);
    }
    return read;
  }
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

function sum(ends: Map<string, { low: number; high: number }>): number {
  return [...ends.values()].reduce((total, { low, high }) => total + high - low, 0);
}
