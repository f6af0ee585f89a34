import { CommandMetadata, EventEnvelope } from '@ocop/events';
import { AggregateRoot } from './aggregate-root';
import { MongoEventStore } from './mongo-event-store';
import { SnapshotStore } from './snapshot-store';

export interface RepositoryOptions {
  /** Take a snapshot when a save crosses a multiple of this many events; 0 = never. */
  snapshotEvery?: number;
  snapshots?: SnapshotStore;
  /** Called with the events of every successful save (e.g. to hand them to the outbox relay). */
  onAppended?: (events: EventEnvelope[]) => void;
}

/** Loads an aggregate by replaying its stream (from a snapshot when there is one); saves by appending. */
export class AggregateRepository<A extends AggregateRoot> {
  constructor(
    private readonly store: MongoEventStore,
    private readonly create: (id: string) => A,
    private readonly options: RepositoryOptions = {},
  ) {}

  async load(id: string): Promise<A> {
    const aggregate = this.create(id);
    const snapshot = this.options.snapshots
      ? await this.options.snapshots.latest(aggregate.aggregateType, id)
      : null;
    if (snapshot) aggregate.restoreSnapshot(snapshot.state, snapshot.version);
    aggregate.replay(await this.store.load(id, aggregate.loadedVersion, aggregate.aggregateType));
    return aggregate;
  }

  /** Appends the aggregate's new events; throws ConcurrencyError if another command got there first. */
  async save(aggregate: A, meta: CommandMetadata): Promise<EventEnvelope[]> {
    const events = await this.store.append(
      {
        aggregateId: aggregate.id,
        aggregateType: aggregate.aggregateType,
        expectedVersion: aggregate.loadedVersion,
      },
      aggregate.uncommitted(),
      meta,
    );
    const before = aggregate.loadedVersion;
    aggregate.markCommitted();
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
}
