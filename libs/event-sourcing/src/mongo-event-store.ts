import { CommandMetadata, EventCatalog, EventEnvelope } from '@ocop/events';
import { Collection, Connection } from 'mongoose';
import { isDuplicateKeyError } from '@ocop/common';
import { randomUUID } from 'node:crypto';
import { CommandLog } from './command-log';
import { ConcurrencyError } from './concurrency.error';
import { insertAbsent } from './insert-absent';

/**
 * How far back `commitHolding` looks by `_id` for the commit holding a version (one lookup per
 * version) before it falls back to a query; far more events than one command appends.
 */
const MAX_EVENTS_PER_COMMIT_LOOKUP = 64;
const MARK_CHUNK = 500;
/** How long a marker may wait for its commit before a look takes it for a failed append's. */
const ORPHAN_MARKER_MS = 60_000;
/** One document per event store collection whose commits are all keyed by commitId. */
export const EVENT_STORE_LAYOUTS = 'event_store_layouts';

/**
 * The `_id` of the commit whose first event is `firstVersion`. Zero-padded, so one stream's ids
 * sort in version order, and no two (aggregateId, version) pairs share an id. Reading a stream
 * through these ids, not through a query on aggregateId, is what keeps loads fast on FerretDB,
 * which only pushes `_id` conditions down to its storage.
 */
export function commitId(aggregateId: string, firstVersion: number): string {
  return `${aggregateId}:${String(firstVersion).padStart(10, '0')}`;
}

export interface NewEvent {
  type: string;
  payload: object;
}

/**
 * One appended batch: the events one command produced, stored as one document so a crash can
 * never leave half of them. `aggregateVersion` is the version of its first event; the unique
 * (aggregateId, aggregateVersion) index lets exactly one of two commands built on the same
 * version win, and because each batch is built on the last one, the stream stays gap-free.
 * Its `_id` is `commitId(aggregateId, aggregateVersion)`, so a stream is read by `_id` lookups.
 * This is a commit as the store hands it out, its events decoded (see `StoredCommit`).
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
  /** The id of the keyed command that made the commit (see CommandMetadata.commandId). */
  commandId?: string;
}

/**
 * A commit as stored. Its events are one JSON text (`eventsJson`): nothing queries inside them,
 * and FerretDB reads and writes one text field several times faster than the same events as
 * nested documents, whose every field it converts one by one (for a 6 KB commit, its CPU for the
 * insert fell from 1.1 to 0.4 ms, for the published mark from 1.9 to 0.4 ms). Commits stored
 * before that hold the `events` array; both are read.
 */
export type StoredCommit = Omit<CommitDocument, 'events'> &
  ({ eventsJson: string; events?: never } | { events: EventEnvelope[]; eventsJson?: never });

/** The commit with its events decoded, whichever way it was stored. */
export function decodeCommit(stored: StoredCommit): CommitDocument {
  if (stored.eventsJson === undefined) return stored;
  const { eventsJson, ...commit } = stored;
  return { ...commit, events: JSON.parse(eventsJson) as EventEnvelope[] };
}

/**
 * An unpublished commit's entry in the store's small list of them (`<collection>_unpublished`),
 * written before the commit and removed when it is marked published. A look for unpublished
 * commits reads this list and the commits by `_id`: FerretDB pushes no filter but `_id` down, so
 * a query on `published` read and decoded the whole store (14 s of its CPU for 78,566 commits).
 */
interface UnpublishedMarker {
  _id: string;
  storedAt: Date;
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
  private readonly commits: Collection<StoredCommit>;
  /** What is known about each store's layout, so a restart need not scan the store again. */
  private readonly layouts: Collection<{ _id: string; checkedAt: Date }>;
  /** Whether every commit is keyed by commitId (stores written before that are read by query). */
  private keyed?: Promise<boolean>;
  private readonly markers: Collection<UnpublishedMarker>;
  /** Whether every unpublished commit has a marker (stores written before markers may not). */
  private allMarked = false;
  /** Its `event_store_layouts` entry, once a look has found every unpublished commit marked. */
  private readonly allMarkedFlag: string;
  private readonly commandLog: CommandLog;

  constructor(
    connection: Connection,
    private readonly catalog: EventCatalog,
    private readonly collectionName = 'event_commits',
  ) {
    this.commits = connection.collection<StoredCommit>(collectionName);
    this.layouts = connection.collection(EVENT_STORE_LAYOUTS);
    this.markers = connection.collection<UnpublishedMarker>(`${collectionName}_unpublished`);
    this.allMarkedFlag = `${collectionName}:unpublished-markers`;
    this.commandLog = new CommandLog(connection, collectionName);
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ aggregateId: 1, aggregateVersion: 1 }, { unique: true });
    await this.commits.createIndex({ published: 1, storedAt: 1 });
    await this.commits.createIndex({ storedAt: 1 });
    await this.markers.createIndex({ storedAt: 1 });
    await this.commandLog.ensureIndexes();
  }

  /**
   * Forgets which commits keyed commands noted before `cutoff` made: a retry of one of them after
   * that runs as a new command (creating commands still find their aggregate by its derived id).
   */
  forgetCommandsBefore(cutoff: Date): Promise<number> {
    return this.commandLog.forgetBefore(cutoff);
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
    const id = commitId(stream.aggregateId, stream.expectedVersion + 1);
    const storedAt = new Date();
    if (meta.commandId) await this.commandLog.noteAttempt(meta.commandId, stream.aggregateId, id);
    // The marker first, so no commit is ever stored unpublished without one. A duplicate is the
    // marker of a concurrent append of the same version; a marker left by a failed append is
    // cleared by a look.
    await insertAbsent(this.markers, [{ _id: id, storedAt }]);
    try {
      await this.commits.insertOne({
        _id: id,
        aggregateId: stream.aggregateId,
        aggregateType: stream.aggregateType,
        aggregateVersion: stream.expectedVersion + 1,
        lastVersion: stream.expectedVersion + events.length,
        eventsJson: JSON.stringify(envelopes),
        storedAt,
        published: false,
        ...(meta.commandId ? { commandId: meta.commandId } : {}),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new ConcurrencyError(stream.aggregateId, stream.expectedVersion);
      }
      throw error;
    }
    return envelopes;
  }

  /** The commit the keyed command `commandId` made on the aggregate, if it made one. */
  async commitOfCommand(
    aggregateId: string,
    commandId: string,
  ): Promise<CommitDocument | undefined> {
    const attempts = await this.commandLog.attempts(commandId, aggregateId);
    if (attempts.length === 0) return undefined;
    const commits = await this.commits.find({ _id: { $in: attempts } }).toArray();
    const made = commits.find((commit) => commit.commandId === commandId);
    return made && decodeCommit(made);
  }

  /**
   * The stream's events after `afterVersion`, upcast to their current schema versions. Given an
   * aggregate type, an id that belongs to another type reads as an empty stream.
   */
  async load(
    aggregateId: string,
    afterVersion = 0,
    aggregateType?: string,
    /** `afterVersion` is the last version of a commit (a loaded aggregate's): one lookup less. */
    afterCommitEnd = false,
  ): Promise<EventEnvelope[]> {
    const commits = (await this.usesCommitIds())
      ? await this.walk(aggregateId, afterVersion, afterCommitEnd)
      : await this.commits
          .find({ aggregateId, lastVersion: { $gt: afterVersion } })
          .sort({ aggregateVersion: 1 })
          .toArray();
    return commits
      .filter((commit) => !aggregateType || commit.aggregateType === aggregateType)
      .flatMap((commit) => decodeCommit(commit).events)
      .filter((event) => event.aggregateVersion > afterVersion)
      .map((event) => this.catalog.read(event));
  }

  /**
   * Whether the commit that ends at `version` is marked published (true for version 0);
   * undefined when no commit ends there.
   */
  async isPublishedThrough(aggregateId: string, version: number): Promise<boolean | undefined> {
    if (version <= 0) return true;
    const holding = await this.commitHolding(aggregateId, version);
    return holding?.lastVersion === version ? holding.published : undefined;
  }

  /** Follows the stream from commit to commit by `_id`: one lookup per commit, plus one. */
  private async walk(
    aggregateId: string,
    afterVersion: number,
    afterCommitEnd: boolean,
  ): Promise<StoredCommit[]> {
    let commit = await this.commits.findOne({ _id: commitId(aggregateId, afterVersion + 1) });
    if (!commit && afterVersion > 0 && !afterCommitEnd) {
      // afterVersion may lie inside a commit (callers usually pass a commit's last version).
      const holding = await this.commitHolding(aggregateId, afterVersion);
      if (holding && holding.lastVersion > afterVersion) commit = holding;
    }
    const out: StoredCommit[] = [];
    while (commit) {
      out.push(commit);
      commit = await this.commits.findOne({ _id: commitId(aggregateId, commit.lastVersion + 1) });
    }
    return out;
  }

  /** The commit holding `version`, or null when the stream has none. */
  private async commitHolding(aggregateId: string, version: number): Promise<StoredCommit | null> {
    if (await this.usesCommitIds()) {
      const lowest = Math.max(1, version - MAX_EVENTS_PER_COMMIT_LOOKUP + 1);
      for (let first = version; first >= lowest; first--) {
        const commit = await this.commits.findOne({ _id: commitId(aggregateId, first) });
        if (commit) return commit.lastVersion >= version ? commit : null;
      }
    }
    return this.commits.findOne({
      aggregateId,
      aggregateVersion: { $lte: version },
      lastVersion: { $gte: version },
    });
  }

  /**
   * Checked once per store: a collection written before commits had commitIds is read by query.
   * The check scans the whole store (FerretDB serves no index for it), so its finding is kept: a
   * restart reads it with one lookup. A store is never re-keyed the other way, so it cannot go stale.
   */
  private usesCommitIds(): Promise<boolean> {
    // A check that failed (the database was away) is made again by the next load.
    this.keyed ??= this.checkCommitIds().catch((error: unknown) => {
      this.keyed = undefined;
      throw error;
    });
    return this.keyed;
  }

  private async checkCommitIds(): Promise<boolean> {
    const marker = `${this.collectionName}:commit-ids`;
    if (await this.layouts.findOne({ _id: marker })) return true;
    const legacy = await this.commits.findOne(
      { _id: { $not: /:\d{10}$/ } },
      { projection: { _id: 1 } },
    );
    if (legacy) return false;
    await this.layouts.updateOne(
      { _id: marker },
      { $set: { checkedAt: new Date() } },
      { upsert: true },
    );
    return true;
  }

  /** Commits not yet on Kafka, oldest first (at most `limit`). */
  async unpublished(limit: number): Promise<CommitDocument[]> {
    const found = await this.markedUnpublished(limit);
    if (!this.allMarked) {
      // A store written before markers: its unpublished commits have none. Looked for by query
      // until a look finds none of them left.
      const { unmarked, complete } = await this.unmarkedUnpublished(limit);
      if (complete && unmarked.length === 0) await this.noteAllMarked();
      found.push(...unmarked);
    }
    // As `all` orders them: commits stored in the same millisecond by stream version.
    found.sort(
      (a, b) =>
        a.storedAt.getTime() - b.storedAt.getTime() || a.aggregateVersion - b.aggregateVersion,
    );
    return found.slice(0, limit).map(decodeCommit);
  }

  /** Unpublished commits through their markers; clears the markers that no longer stand for one. */
  private async markedUnpublished(limit: number): Promise<StoredCommit[]> {
    const found: StoredCommit[] = [];
    const markers = this.markers.find({}).sort({ storedAt: 1 }).batchSize(limit);
    let page: UnpublishedMarker[] = [];
    const resolve = async () => {
      const commits = await this.commits.find({ _id: { $in: page.map((m) => m._id) } }).toArray();
      const byId = new Map(commits.map((commit) => [commit._id, commit]));
      const stale: string[] = [];
      for (const marker of page) {
        const commit = byId.get(marker._id);
        if (commit && !commit.published) found.push(commit);
        // Published (its removal failed), or its append failed a while ago.
        else if (commit || Date.now() - marker.storedAt.getTime() > ORPHAN_MARKER_MS) {
          stale.push(marker._id);
        }
      }
      if (stale.length > 0) await this.markers.deleteMany({ _id: { $in: stale } });
      page = [];
    };
    for await (const marker of markers) {
      page.push(marker);
      if (page.length === Math.min(limit, MARK_CHUNK)) await resolve();
      if (found.length >= limit) break;
    }
    if (page.length > 0) await resolve();
    return found;
  }

  /** The oldest unpublished commits without a marker; `complete` when none were left out. */
  private async unmarkedUnpublished(
    limit: number,
  ): Promise<{ unmarked: StoredCommit[]; complete: boolean }> {
    if (await this.layouts.findOne({ _id: this.allMarkedFlag })) {
      this.allMarked = true;
      return { unmarked: [], complete: true };
    }
    const legacy = await this.commits
      .find({ published: false })
      .sort({ storedAt: 1 })
      .limit(limit)
      .toArray();
    if (legacy.length === 0) return { unmarked: [], complete: true };
    const marked = await this.markers
      .find({ _id: { $in: legacy.map((commit) => commit._id) } }, { projection: { _id: 1 } })
      .toArray();
    const markedIds = new Set(marked.map((m) => m._id));
    return {
      unmarked: legacy.filter((commit) => !markedIds.has(commit._id)),
      complete: legacy.length < limit,
    };
  }

  private async noteAllMarked(): Promise<void> {
    await this.layouts.updateOne(
      { _id: this.allMarkedFlag },
      { $set: { checkedAt: new Date() } },
      { upsert: true },
    );
    this.allMarked = true;
  }

  async markPublished(commitIds: string[]): Promise<void> {
    const publishedAt = new Date();
    // In chunks: FerretDB reads an `_id: {$in}` of up to 1,000 ids through the _id index.
    for (let i = 0; i < commitIds.length; i += MARK_CHUNK) {
      const ids = commitIds.slice(i, i + MARK_CHUNK);
      await this.commits.updateMany(
        { _id: { $in: ids } },
        { $set: { published: true, publishedAt } },
      );
      await this.markers.deleteMany({ _id: { $in: ids } });
    }
  }

  /** Every commit in the order it was stored, for re-publishing a lost topic. */
  all(batchSize = 500): AsyncIterable<CommitDocument> {
    return this.commits
      .find({})
      .sort({ storedAt: 1, aggregateVersion: 1 })
      .batchSize(batchSize)
      .map(decodeCommit);
  }
}
