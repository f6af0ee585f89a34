import { EventEnvelope, EventOf, IntegrationPayloads } from '@ocop/events';
import { NewEvent } from './mongo-event-store';

/**
 * An aggregate's state changes only by applying events: command methods check the rules and
 * `raise` events; `apply` (the subclass's) is the one place state is mutated, for new events and
 * for history alike. `Events` maps the wire names of the events it may raise to their payload
 * types (e.g. `PurchaseOrderEvents` from @ocop/events): `raise` takes only those, each with its own
 * payload type, and `apply` gets them as a union discriminated by `type`.
 */
export abstract class AggregateRoot<
  Events extends { [T in keyof Events]: object } = IntegrationPayloads,
  State extends object = object,
> {
  private persistedVersion = 0;
  private pending: NewEvent[] = [];

  protected constructor(
    readonly aggregateType: string,
    readonly id: string,
  ) {}

  /** Mutates state for one event; must not throw for an event that was once valid. */
  protected abstract apply(event: EventOf<Events>): void;

  /** The state to snapshot, and how to take it back. */
  abstract snapshot(): State;
  protected abstract restore(state: State): void;

  protected raise<T extends keyof Events & string>(type: T, payload: Events[T]): void {
    this.apply({ type, payload });
    this.pending.push({ type, payload });
  }

  /** The version including events raised but not yet saved. */
  get version(): number {
    return this.persistedVersion + this.pending.length;
  }

  /** The version the stream had when this aggregate was loaded: the append's expected version. */
  get loadedVersion(): number {
    return this.persistedVersion;
  }

  get exists(): boolean {
    return this.version > 0;
  }

  uncommitted(): readonly NewEvent[] {
    return this.pending;
  }

  replay(events: EventEnvelope[]): void {
    events.forEach((event) => {
      if (event.aggregateVersion !== this.persistedVersion + 1) {
        throw new Error(
          `${this.aggregateType} ${this.id}: expected version ${this.persistedVersion + 1}, got ${event.aggregateVersion}`,
        );
      }
      // The store read validated the payload against its type's class, and a stream holds only
      // the events its own aggregate class raised: its types are keys of `Events`.
      this.apply({ type: event.type, payload: event.payload } as EventOf<Events>);
      this.persistedVersion = event.aggregateVersion;
    });
  }

  restoreSnapshot(state: State, version: number): void {
    this.restore(state);
    this.persistedVersion = version;
  }

  /** Drops the events raised but not saved and takes `state` at `version` instead. */
  resetTo(state: State, version: number): void {
    this.pending = [];
    this.restoreSnapshot(state, version);
  }

  markCommitted(): void {
    this.persistedVersion += this.pending.length;
    this.pending = [];
  }
}

/** Any aggregate, whatever events it raises: what repositories and command runners take. */
export type AnyAggregateRoot = AggregateRoot<Record<string, object>, object>;
