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
        const list = writes.get(collection) ?? [];
        list.push(operation);
        writes.set(collection, list);
      });
      count++;
    }
    for (const [collection, operations] of writes) {
      for (const chunk of chunks(operations)) {
        await this.connection
          .collection<ReadModelDocument>(collection)
          .bulkWrite(chunk, { ordered: true });
      }
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
    for (const chunk of chunks(moved)) await this.checkpoints.bulkWrite(chunk, { ordered: false });
    this.applied += count;
  }

  private key(aggregateId: string): string {
    return `${this.projection.name}:${aggregateId}`;
  }
}

export const PROJECTION_CHECKPOINTS = 'projection_checkpoints';

/**
 * FerretDB v1 holds one pooled SQLite connection per statement of an update command until the
 * command ends; at 100 statements it exhausts the pool and hangs the whole database. Bulk writes
 * go in commands well below that.
 */
const MAX_STATEMENTS_PER_COMMAND = 64;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_STATEMENTS_PER_COMMAND) {
    out.push(items.slice(i, i + MAX_STATEMENTS_PER_COMMAND));
  }
  return out;
}
