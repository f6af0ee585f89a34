import { EventEnvelope } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { EventSink } from './event-consumer';
import { DocumentFold, Projection, ProjectionWrite, ReadModelDocument } from './projection';

interface Checkpoint {
  _id: string;
  projection: string;
  version: number;
}

/**
 * Applies a batch of events to a projection, skipping every event at or below the aggregate
 * version already applied (the per-projection checkpoint), then moves the checkpoints forward.
 * Checkpoints are read from the store once per aggregate and then remembered, so a live event
 * costs its writes and one checkpoint write.
 * With `project`: one bulk write per collection. With `fold`: each touched document is read once,
 * folded in memory and replaced once.
 */
export class ProjectionSink implements EventSink {
  private readonly checkpoints: Collection<Checkpoint>;
  private readonly handled: Set<string>;
  private closed = false;
  private inFlight?: Promise<void>;
  /**
   * Checkpoints this process has read or written, most recently used last. Only this process
   * moves the checkpoints of the partitions it holds, so a remembered version is the stored one;
   * a rebalance forgets them all.
   */
  private readonly versions = new Map<string, number>();
  applied = 0;

  constructor(
    private readonly connection: Connection,
    private readonly projection: Projection,
  ) {
    this.checkpoints = connection.collection<Checkpoint>(PROJECTION_CHECKPOINTS);
    this.handled = new Set(projection.handles);
  }

  async apply(events: EventEnvelope[]): Promise<void> {
    if (this.closed) return;
    this.inFlight = this.applyBatch(events);
    await this.inFlight;
  }

  /**
   * Applies nothing from now on, once the batch in flight is done. Lets a rebuild drop the read
   * model without waiting for the old consumer to leave its group.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight?.catch(() => undefined);
  }

  /** See EventSink.onRebalance: another member may have moved these checkpoints on. */
  onRebalance(): void {
    this.versions.clear();
  }

  private async applyBatch(events: EventEnvelope[]): Promise<void> {
    const relevant = events.filter((event) => this.handled.has(event.type));
    if (relevant.length === 0) return;
    const aggregateIds = [...new Set(relevant.map((event) => event.aggregateId))];
    const versions = new Map<string, number>();
    const unknown: string[] = [];
    for (const id of aggregateIds) {
      const key = this.key(id);
      const remembered = this.versions.get(key);
      if (remembered === undefined) unknown.push(key);
      else versions.set(key, remembered);
    }
    for (const keys of chunks(unknown, MAX_IDS_PER_QUERY)) {
      const known = await this.checkpoints.find({ _id: { $in: keys } }).toArray();
      known.forEach((c) => versions.set(c._id, c.version));
    }

    const fresh: EventEnvelope[] = [];
    const moved = new Set<string>();
    for (const event of relevant) {
      const key = this.key(event.aggregateId);
      if (event.aggregateVersion <= (versions.get(key) ?? 0)) continue;
      versions.set(key, event.aggregateVersion);
      moved.add(key);
      fresh.push(event);
    }
    if (this.projection.fold)
      await this.applyFolds(fresh, this.projection.fold.bind(this.projection));
    else await this.applyWrites(fresh);

    const writes = [...moved].map((key) => ({
      updateOne: {
        filter: { _id: key },
        update: {
          $max: { version: versions.get(key)! },
          $set: { projection: this.projection.name },
        },
        upsert: true,
      },
    }));
    for (const chunk of chunks(writes)) await this.checkpoints.bulkWrite(chunk, { ordered: false });
    // Remembered only once stored: a batch that failed part way is read from the store again.
    versions.forEach((version, key) => this.remember(key, version));
    this.applied += fresh.length;
  }

  private remember(key: string, version: number): void {
    this.versions.delete(key);
    this.versions.set(key, version);
    if (this.versions.size > MAX_REMEMBERED_CHECKPOINTS) {
      this.versions.delete(this.versions.keys().next().value!);
    }
  }

  private async applyWrites(events: EventEnvelope[]): Promise<void> {
    const writes = new Map<string, mongo.AnyBulkWriteOperation<ReadModelDocument>[]>();
    for (const event of events) {
      this.projection.project(event).forEach(({ collection, operation }: ProjectionWrite) => {
        const list = writes.get(collection) ?? [];
        list.push(operation);
        writes.set(collection, list);
      });
    }
    for (const [collection, operations] of writes) {
      for (const chunk of chunks(operations)) {
        await this.connection
          .collection<ReadModelDocument>(collection)
          .bulkWrite(chunk, { ordered: true });
      }
    }
  }

  private async applyFolds(
    events: EventEnvelope[],
    fold: (event: EventEnvelope) => DocumentFold[],
  ): Promise<void> {
    // Per collection, per document: its changes in event order.
    const changes = new Map<string, Map<string, DocumentFold[]>>();
    for (const event of events) {
      for (const change of fold(event)) {
        const byId = changes.get(change.collection) ?? new Map<string, DocumentFold[]>();
        changes.set(change.collection, byId);
        const list = byId.get(change.id) ?? [];
        list.push(change);
        byId.set(change.id, list);
      }
    }
    for (const [name, byId] of changes) {
      const collection = this.connection.collection<ReadModelDocument>(name);
      const current = new Map<string, ReadModelDocument>();
      for (const ids of chunks([...byId.keys()], MAX_IDS_PER_QUERY)) {
        const found = await collection.find({ _id: { $in: ids } }).toArray();
        found.forEach((doc) => current.set(doc._id, doc));
      }
      const operations: mongo.AnyBulkWriteOperation<ReadModelDocument>[] = [];
      for (const [id, folds] of byId) {
        const before = current.get(id) ?? null;
        const after = folds.reduce<ReadModelDocument | null>((doc, f) => f.apply(doc), before);
        if (after) {
          operations.push({
            replaceOne: { filter: { _id: id }, replacement: { ...after, _id: id }, upsert: true },
          });
        } else if (before) {
          operations.push({ deleteOne: { filter: { _id: id } } });
        }
      }
      for (const chunk of chunks(operations)) {
        await collection.bulkWrite(chunk, { ordered: false });
      }
    }
  }

  private key(aggregateId: string): string {
    return `${this.projection.name}:${aggregateId}`;
  }
}

export const PROJECTION_CHECKPOINTS = 'projection_checkpoints';

/**
 * FerretDB v1 as released holds one pooled SQLite connection per statement of an update command
 * until the command ends; at 100 statements it exhausts the pool and hangs the whole database
 * (deploy/local builds it fixed; other servers may not be). Bulk writes go in commands well below.
 */
const MAX_STATEMENTS_PER_COMMAND = 64;
/** FerretDB (as patched in deploy/local) reads an `_id: {$in}` of up to 1,000 ids by index. */
const MAX_IDS_PER_QUERY = 1000;
/** About the aggregates a busy projection sees; a forgotten one costs one lookup. */
const MAX_REMEMBERED_CHECKPOINTS = 100_000;

function chunks<T>(items: T[], size = MAX_STATEMENTS_PER_COMMAND): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
