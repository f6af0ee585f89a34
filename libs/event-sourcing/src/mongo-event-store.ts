import { CommandMetadata, EventCatalog, EventEnvelope } from '@ocop/events';
import { Collection, Connection, mongo } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from './concurrency.error';

const DUPLICATE_KEY = 11000;

export interface NewEvent {
  type: string;
  payload: object;
}

/**
 * One appended batch: the events one command produced, stored as one document so a crash can
 * never leave half of them. `aggregateVersion` is the version of its first event; the unique
 * (aggregateId, aggregateVersion) index lets exactly one of two commands built on the same
 * version win, and because each batch is built on the last one, the stream stays gap-free.
 */
export interface CommitDocument {
  _id: string;
  aggregateId: string;
  aggregateType: string;
  aggregateVersion: number;
  lastVersion: number;
  events: EventEnvelope[];
  storedAt: Date;
  published: boolean;
  publishedAt?: Date;
}

export interface StreamPosition {
  aggregateId: string;
  aggregateType: string;
  /** The version the caller loaded; 0 for a new aggregate. */
  expectedVersion: number;
}

/**
 * A service's event store in MongoDB, through the driver (no multi-document transactions: the
 * local MongoDB-wire server has none, and one document per commit needs none).
 */
export class MongoEventStore {
  private readonly commits: Collection<CommitDocument>;

  constructor(
    connection: Connection,
    private readonly catalog: EventCatalog,
    collectionName = 'event_commits',
  ) {
    this.commits = connection.collection<CommitDocument>(collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ aggregateId: 1, aggregateVersion: 1 }, { unique: true });
    await this.commits.createIndex({ published: 1, storedAt: 1 });
    await this.commits.createIndex({ storedAt: 1 });
  }

  /** Appends events after `expectedVersion`, or throws ConcurrencyError if the stream moved on. */
  async append(
    stream: StreamPosition,
    events: readonly NewEvent[],
    meta: CommandMetadata,
  ): Promise<EventEnvelope[]> {
    if (events.length === 0) return [];
    const occurredAt = new Date().toISOString();
    const envelopes = events.map((event, index): EventEnvelope => {
      this.catalog.checkPayload(event.type, event.payload);
      return {
        eventId: randomUUID(),
        type: event.type,
        schemaVersion: this.catalog.definition(event.type).schemaVersion,
        aggregateType: stream.aggregateType,
        aggregateId: stream.aggregateId,
        aggregateVersion: stream.expectedVersion + index + 1,
        occurredAt,
        correlationId: meta.correlationId,
        causationId: meta.causationId ?? null,
        actor: meta.actor,
        payload: { ...(event.payload as Record<string, unknown>) },
      };
    });
    try {
      await this.commits.insertOne({
        _id: randomUUID(),
        aggregateId: stream.aggregateId,
        aggregateType: stream.aggregateType,
        aggregateVersion: stream.expectedVersion + 1,
        lastVersion: stream.expectedVersion + events.length,
        events: envelopes,
        storedAt: new Date(),
        published: false,
      });
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConcurrencyError(stream.aggregateId, stream.expectedVersion);
      }
      throw error;
    }
    return envelopes;
  }

  /**
   * The stream's events after `afterVersion`, upcast to their current schema versions. Given an
   * aggregate type, an id that belongs to another type reads as an empty stream.
   */
  async load(
    aggregateId: string,
    afterVersion = 0,
    aggregateType?: string,
  ): Promise<EventEnvelope[]> {
    const commits = await this.commits
      .find({
        aggregateId,
        lastVersion: { $gt: afterVersion },
        ...(aggregateType ? { aggregateType } : {}),
      })
      .sort({ aggregateVersion: 1 })
      .toArray();
    return commits
      .flatMap((commit) => commit.events)
      .filter((event) => event.aggregateVersion > afterVersion)
      .map((event) => this.catalog.read(event));
  }

  /** Commits not yet on Kafka, oldest first. */
  async unpublished(limit: number): Promise<CommitDocument[]> {
    return this.commits.find({ published: false }).sort({ storedAt: 1 }).limit(limit).toArray();
  }

  async markPublished(commitIds: string[]): Promise<void> {
    if (commitIds.length === 0) return;
    await this.commits.updateMany(
      { _id: { $in: commitIds } },
      { $set: { published: true, publishedAt: new Date() } },
    );
  }

  /** Every commit in the order it was stored, for re-publishing a lost topic. */
  all(batchSize = 500): AsyncIterable<CommitDocument> {
    return this.commits.find({}).sort({ storedAt: 1, aggregateVersion: 1 }).batchSize(batchSize);
  }
}
