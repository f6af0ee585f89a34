import { EventEnvelope } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { EventSink } from './event-consumer';
import { Projection, ProjectionWrite, ReadModelDocument } from './projection';

interface Checkpoint {
  _id: string;
  projection: string;
  version: number;
}

/**
 * Applies a batch of events to a projection with one bulk write per collection, skipping every
 * event at or below the aggregate version already applied (the per-projection checkpoint), then
 * moves the checkpoints forward.
 */
export class ProjectionSink implements EventSink {
  private readonly checkpoints: Collection<Checkpoint>;
  private readonly handled: Set<string>;
  applied = 0;
  lastAppliedAt?: Date;
  lastEventAt?: Date;

  constructor(
    private readonly connection: Connection,
    private readonly projection: Projection,
  ) {
    this.checkpoints = connection.collection<Checkpoint>(PROJECTION_CHECKPOINTS);
    this.handled = new Set(projection.handles);
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    const relevant = events.filter((event) => this.handled.has(event.type));
    if (relevant.length === 0) return;
    const aggregateIds = [...new Set(relevant.map((event) => event.aggregateId))];
    const known = await this.checkpoints
      .find({ _id: { $in: aggregateIds.map((id) => this.key(id)) } })
      .toArray();
    const versions = new Map(known.map((c) => [c._id, c.version]));

    const writes = new Map<string, mongo.AnyBulkWriteOperation<ReadModelDocument>[]>();
    let count = 0;
    for (const event of relevant) {
      const key = this.key(event.aggregateId);
      if (event.aggregateVersion <= (versions.get(key) ?? 0)) continue;
      versions.set(key, event.aggregateVersion);
      this.projection.project(event).forEach(({ collection, operation }: ProjectionWrite) => {
        writes.set(collection, [...(writes.get(collection) ?? []), operation]);
      });
      count++;
      this.lastEventAt = new Date(event.occurredAt);
    }
    for (const [collection, operations] of writes) {
      await this.connection
        .collection<ReadModelDocument>(collection)
        .bulkWrite(operations, { ordered: true });
    }
    const moved = aggregateIds
      .map((id) => this.key(id))
      .filter((key) => versions.has(key))
      .map((key) => ({
        updateOne: {
          filter: { _id: key },
          update: {
            $max: { version: versions.get(key)! },
            $set: { projection: this.projection.name },
          },
          upsert: true,
        },
      }));
    if (moved.length > 0) await this.checkpoints.bulkWrite(moved, { ordered: false });
    this.applied += count;
    this.lastAppliedAt = new Date();
  }

  private key(aggregateId: string): string {
    return `${this.projection.name}:${aggregateId}`;
  }
}

export const PROJECTION_CHECKPOINTS = 'projection_checkpoints';
