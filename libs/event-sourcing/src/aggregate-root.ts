import { EventEnvelope } from '@ocop/events';
import { NewEvent } from './mongo-event-store';

/**
 * An aggregate's state changes only by applying events: command methods check the rules and
 * `raise` events; `apply` (the subclass's) is the one place state is mutated, for new events and
 * for history alike.
 */
export abstract class AggregateRoot<State extends object = object> {
  private persistedVersion = 0;
  private pending: NewEvent[] = [];

  protected constructor(
    readonly aggregateType: string,
    readonly id: string,
  ) {}

  /** Mutates state for one event; must not throw for an event that was once valid. */
  protected abstract apply(type: string, payload: Record<string, unknown>): void;

  /** The state to snapshot, and how to take it back. */
  abstract snapshot(): State;
  protected abstract restore(state: State): void;

  protected raise(type: string, payload: object): void {
    this.apply(type, payload as Record<string, unknown>);
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
      this.apply(event.type, event.payload);
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
