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
    });
    await this.consumer.start();
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
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
    await this.stop();
    await Promise.all(
      this.projection.collections.map((name) =>
        this.connection
          .collection(name)
          .drop()
          .catch(() => undefined),
      ),
    );
    await this.connection
      .collection(PROJECTION_CHECKPOINTS)
      .deleteMany({ projection: this.projection.name });
    const target = await this.endOffsets();
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
    const group = `${this.groupPrefix}.projection.${this.projection.name}.g${previous.generation + 1}`;
    for (;;) {
      const read = await this.consumedUpTo(group, target);
      await this.state.updateOne(
        { _id: this.projection.name },
        { $set: { progress: { read, target: sum(target) }, applied: this.applied } },
      );
      await onProgress?.(read, sum(target));
      if (read >= sum(target)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await this.state.updateOne(
      { _id: this.projection.name },
      { $set: { status: 'live', rebuildFinishedAt: new Date(), applied: this.applied } },
    );
  }

  private async endOffsets(): Promise<Map<string, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const ends = new Map<string, number>();
      for (const topic of this.topics()) {
        const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
        offsets.forEach((o) => ends.set(`${topic}:${o.partition}`, Number(o.high) - Number(o.low)));
      }
      return ends;
    } finally {
      await admin.disconnect();
    }
  }

  /** How many of the target messages the group has committed past, per partition, summed. */
  private async consumedUpTo(groupId: string, target: Map<string, number>): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      let read = 0;
      const topics = this.topics();
      const committed = await admin.fetchOffsets({ groupId, topics });
      for (const { topic, partitions } of committed) {
        const lows = new Map(
          (await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, Number(o.low)]),
        );
        partitions.forEach((p) => {
          const wanted = target.get(`${topic}:${p.partition}`) ?? 0;
          const done = Number(p.offset) < 0 ? 0 : Number(p.offset) - (lows.get(p.partition) ?? 0);
          read += Math.min(done, wanted);
        });
      }
      return read;
    } finally {
      await admin.disconnect();
    }
  }
}

function sum(values: Map<string, number>): number {
  return [...values.values()].reduce((a, b) => a + b, 0);
}
