import { CommandMetadata, EventEnvelope } from '@ocop/events';
import { AnyAggregateRoot } from './aggregate-root';
import { ConcurrencyError } from './concurrency.error';
import { CommitDocument, MongoEventStore } from './mongo-event-store';
import { SnapshotStore } from './snapshot-store';

export interface RepositoryOptions {
  /** Take a snapshot when a save crosses a multiple of this many events; 0 = never. */
  snapshotEvery?: number;
  snapshots?: SnapshotStore;
  /** Called with the events of every successful save (e.g. to hand them to the outbox relay). */
  onAppended?: (events: EventEnvelope[]) => void;
  /** How many recently used aggregates' states to keep in memory; 0 = none. */
  cacheSize?: number;
}

export const DEFAULT_AGGREGATE_CACHE_SIZE = 10_000;

interface CachedState {
  version: number;
  state: object;
}

/**
 * Loads an aggregate by replaying its stream (from a snapshot when there is one); saves by appending.
 *
 * The states of recently used aggregates are kept in memory (an LRU of `cacheSize`). `load` reads a
 * cached aggregate up to date: its stream is read from the cached version on, which costs one
 * lookup when nothing is newer, so another process writing the same aggregate is seen.
 * `loadForCommand` skips even that lookup: the append's expected version still decides a race, and
 * an append refused as stale drops the cached state, so the next load reads the store.
 */
export class AggregateRepository<A extends AnyAggregateRoot> {
  private readonly cache = new Map<string, CachedState>();
  private readonly cacheSize: number;

  constructor(
    private readonly store: MongoEventStore,
    private readonly create: (id: string) => A,
    private readonly options: RepositoryOptions = {},
  ) {
    this.cacheSize = options.cacheSize ?? DEFAULT_AGGREGATE_CACHE_SIZE;
  }

  async load(id: string): Promise<A> {
    const aggregate = this.create(id);
    const cached = this.cache.get(id);
    if (cached) {
      aggregate.restoreSnapshot(cached.state, cached.version);
    } else if (this.options.snapshots && (this.options.snapshotEvery ?? 0) > 0) {
      const snapshot = await this.options.snapshots.latest(aggregate.aggregateType, id);
      if (snapshot) aggregate.restoreSnapshot(snapshot.state, snapshot.version);
    }
    // A cached or snapshotted version is always where a commit ended.
    const newer = await this.store.load(
      id,
      aggregate.loadedVersion,
      aggregate.aggregateType,
      aggregate.loadedVersion > 0,
    );
    aggregate.replay(newer);
    if (!cached || newer.length > 0) this.remember(aggregate);
    else this.touch(id, cached);
    return aggregate;
  }

  /**
   * For a command that will append: the cached state as it is, without a look at the store
   * (`verified` false), or else what `load` reads. Safe only where the decision ends in an append,
   * which a newer stream refuses (executeCommand); a decision that appends nothing or is refused
   * must be taken again on a verified load, since the cached state may be behind. With
   * `likelyNew`, an aggregate that is not cached is handed out empty, under the same terms.
   */
  async loadForCommand(
    id: string,
    likelyNew = false,
  ): Promise<{ aggregate: A; verified: boolean }> {
    const cached = this.cache.get(id);
    if (!cached && likelyNew) return { aggregate: this.create(id), verified: false };
    if (!cached) return { aggregate: await this.load(id), verified: true };
    return { aggregate: this.fromCache(id, cached), verified: false };
  }

  /**
   * Whether `fact` holds, for a fact that stays true once it is (a registration never withdrawn):
   * true from the cached state without a look at the store; otherwise decided on what `load` reads.
   */
  async hasBecome(id: string, fact: (aggregate: A) => boolean): Promise<boolean> {
    const cached = this.cache.get(id);
    if (cached && fact(this.fromCache(id, cached))) return true;
    return fact(await this.load(id));
  }

  /** The cached state as a new aggregate (marked recently used). */
  private fromCache(id: string, cached: CachedState): A {
    const aggregate = this.create(id);
    aggregate.restoreSnapshot(cached.state, cached.version);
    this.touch(id, cached);
    return aggregate;
  }

  /** The commit a keyed command made on the aggregate, when it ran already (a retry of it). */
  async appliedCommit(id: string, meta: CommandMetadata): Promise<CommitDocument | undefined> {
    return meta.commandId ? this.store.commitOfCommand(id, meta.commandId) : undefined;
  }

  /**
   * The aggregate as a keyed command left it, when the command ran already (a retry of it: the
   * caller answers as it did then); undefined for a command that has not run, or has no key.
   */
  async afterCommand(id: string, meta: CommandMetadata): Promise<A | undefined> {
    const commit = await this.appliedCommit(id, meta);
    return commit && this.loadAt(id, commit.lastVersion);
  }

  /** The aggregate as it was at `version`, read from the store (an older state: not cached). */
  async loadAt(id: string, version: number): Promise<A> {
    const aggregate = this.create(id);
    const events = await this.store.load(id, 0, aggregate.aggregateType);
    aggregate.replay(events.filter((event) => event.aggregateVersion <= version));
    return aggregate;
  }

  /**
   * Appends the aggregate's new events; throws ConcurrencyError if another command got there first.
   * When that other command was this keyed command itself (a retry that raced its first run, or
   * re-created the aggregate it created), the aggregate takes the state the command left and its
   * stored events are returned: the command ran, once.
   */
  async save(aggregate: A, meta: CommandMetadata): Promise<EventEnvelope[]> {
    try {
      return await this.append(aggregate, meta);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || !meta.commandId) throw error;
      const commit = await this.appliedCommit(aggregate.id, meta);
      if (!commit) throw error;
      const earlier = await this.loadAt(aggregate.id, commit.lastVersion);
      aggregate.resetTo(earlier.snapshot(), earlier.loadedVersion);
      return commit.events;
    }
  }

  private async append(aggregate: A, meta: CommandMetadata): Promise<EventEnvelope[]> {
    let events: EventEnvelope[];
    try {
      events = await this.store.append(
        {
          aggregateId: aggregate.id,
          aggregateType: aggregate.aggregateType,
          expectedVersion: aggregate.loadedVersion,
        },
        aggregate.uncommitted(),
        meta,
      );
    } catch (error) {
      // The stream moved on without this process: what it has cached is behind.
      if (error instanceof ConcurrencyError) this.cache.delete(aggregate.id);
      throw error;
    }
    const before = aggregate.loadedVersion;
    aggregate.markCommitted();
    if (events.length > 0) this.remember(aggregate);
    // Before the snapshot: the relay hears of this process's commits in the order they were stored.
    if (events.length > 0) this.options.onAppended?.(events);
    const every = this.options.snapshotEvery ?? 0;
    if (
      this.options.snapshots &&
      every > 0 &&
      Math.floor(aggregate.version / every) > Math.floor(before / every)
    ) {
      await this.options.snapshots.save(
        aggregate.aggregateType,
        aggregate.id,
        aggregate.version,
        aggregate.snapshot(),
      );
    }
    return events;
  }

  /** Keeps the aggregate's state (a copy: the caller goes on using the aggregate). */
  private remember(aggregate: A): void {
    if (this.cacheSize <= 0 || !aggregate.exists) return;
    this.touch(aggregate.id, { version: aggregate.loadedVersion, state: aggregate.snapshot() });
  }

  private touch(id: string, entry: CachedState): void {
    // A Map iterates in insertion order: re-inserting makes it the most recent, the first is the oldest.
    this.cache.delete(id);
    this.cache.set(id, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
