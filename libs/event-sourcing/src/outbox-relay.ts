import { Logger } from '@nestjs/common';
import { EVENT_HEADERS, EventEnvelope, topicFor } from '@ocop/events';
import { Histogram } from 'prom-client';
import { commitId, CommitDocument, MongoEventStore } from './mongo-event-store';

/** What the relay needs from Kafka: one ordered, acknowledged batch send (KafkaConnection.publish). */
export interface EventPublisher {
  publish(
    messages: Array<{
      topic: string;
      key: string;
      value: unknown;
      headers?: Record<string, string>;
    }>,
  ): Promise<void>;
}

export interface OutboxRelayOptions {
  batchSize?: number;
  /**
   * How often to look for unpublished commits in the store: the recovery path for commits this
   * process was not told about (appended elsewhere, or left by a crash). Commits passed to
   * `wake(events)` go out at once, without a look.
   */
  pollIntervalMs?: number;
  /** Observes seconds from storing an event to its acknowledgement by Kafka. */
  lagHistogram?: Histogram<string>;
  /**
   * How long sent commits wait to be marked published, so one update marks many (the mark only
   * spares a resend after a crash; a resend is a duplicate the consumers ignore).
   */
  markDelayMs?: number;
}

/** A commit this process appended, as the relay learns of it from `wake(events)`. */
interface PendingCommit {
  id: string;
  aggregateId: string;
  first: number;
  last: number;
  storedAt: number;
  events: EventEnvelope[];
}

/** How soon the relay looks again after a failed send, mark or look. */
const RETRY_AFTER_MS = 1_000;

/** Aggregates whose last published version the relay remembers (a bounded cache). */
const REMEMBERED_AGGREGATES = 50_000;

export function eventMessage(event: EventEnvelope) {
  return {
    topic: topicFor(event.aggregateType),
    key: event.aggregateId,
    value: event,
    headers: {
      [EVENT_HEADERS.eventId]: event.eventId,
      [EVENT_HEADERS.type]: event.type,
      [EVENT_HEADERS.schemaVersion]: String(event.schemaVersion),
      [EVENT_HEADERS.correlationId]: event.correlationId,
    },
  };
}

/**
 * Store first, then publish and mark: the relay sends unpublished commits to Kafka in order per
 * aggregate, and marks them published once Kafka has acknowledged. A crash between the two sends
 * them again on restart; consumers are idempotent, so the duplicate changes nothing.
 *
 * Two ways in. `wake(events)` hands over a commit this process has just appended: it goes out in
 * the next batch and is marked by `_id`, with no query. A look for unpublished commits in the store
 * (at start, on `wake()` without events, every `pollIntervalMs`, and when a handed-over commit's
 * predecessor may not be on Kafka yet) catches the rest: commits appended elsewhere or left by a
 * crash. A look's query and marks can take long on a big store, so they do not hold up handed-over
 * commits: only the sends take turns, and a look skips what this relay has already sent.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private pollTimer?: NodeJS.Timeout;
  private kickTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private sending?: Promise<void>;
  private looking?: Promise<void>;
  private again = false;
  private lookAgain = false;
  private stopped = true;
  private pending: PendingCommit[] = [];
  /** The sends, one at a time (each with its ordering decisions). */
  private turn: Promise<unknown> = Promise.resolve();
  /** Marks of handed-over commits, one at a time, behind their sends. */
  private marking: Promise<void> = Promise.resolve();
  /** Sent handed-over commits waiting for the next mark. */
  private unmarked: string[] = [];
  private markTimer?: NodeJS.Timeout;
  /** Per aggregate, the last version this relay saw acknowledged by Kafka. */
  private readonly sentUpTo = new Map<string, number>();

  constructor(
    private readonly store: MongoEventStore,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.look();
    this.pollTimer = setInterval(() => this.look(), this.options.pollIntervalMs ?? 500);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.kickTimer);
    clearTimeout(this.retryTimer);
    this.kickTimer = undefined;
    await Promise.all([this.sending, this.looking]);
    clearTimeout(this.markTimer);
    this.markTimer = undefined;
    await this.markNow();
  }

  /**
   * Publish soon: called after an append so publication does not wait for the next poll. Given the
   * events of one commit (one append), the relay sends them without looking in the store.
   */
  wake(events?: readonly EventEnvelope[]): void {
    if (this.stopped) return;
    if (!events || events.length === 0) return this.look();
    this.pending.push(pendingCommit(events));
    this.kick();
  }

  /** Publishes everything unpublished in the store now; returns how many events went out. */
  async drain(): Promise<number> {
    const limit = this.options.batchSize ?? 500;
    let total = 0;
    for (;;) {
      const commits = await this.store.unpublished(limit);
      if (commits.length > 0) {
        total += await this.inTurn(() => this.sendFound(commits));
        // Outside the turn: handed-over commits need not wait for this mark.
        await this.store.markPublished(commits.map((commit) => commit._id));
      }
      // A batch short of the limit held all there was: stop, or a look under steady appends would
      // keep finding the newest (handed-over, not yet marked) commits and never end.
      if (commits.length < limit) return total;
    }
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    this.kickTimer ??= setTimeout(() => {
      this.kickTimer = undefined;
      this.sending = this.sendPending().finally(() => {
        this.sending = undefined;
        if (this.again || this.pending.length > 0) {
          this.again = false;
          this.kick();
        }
      });
    }, 0);
  }

  private look(): void {
    if (this.stopped) return;
    if (this.looking) {
      this.lookAgain = true;
      return;
    }
    this.looking = this.drain()
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.warn({ err: error }, 'outbox relay could not publish; will retry');
          this.lookSoon();
        },
      )
      .finally(() => {
        this.looking = undefined;
        if (this.lookAgain) {
          this.lookAgain = false;
          this.look();
        }
      });
  }

  /** After a failure: look again in a moment, not only at the next poll. */
  private lookSoon(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.look();
    }, RETRY_AFTER_MS);
  }

  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const result = this.turn.then(step);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Sends the handed-over commits whose predecessors are known to be on Kafka; the rest are looked up. */
  private async sendPending(): Promise<void> {
    const batch = this.pending.splice(0, this.options.batchSize ?? 500);
    try {
      await this.inTurn(() => this.publishPending(batch));
    } catch (error) {
      // They are still unpublished in the store: a look sends them.
      this.logger.warn({ err: error }, 'outbox relay could not publish; will look again');
      this.lookSoon();
    }
  }

  private async publishPending(batch: PendingCommit[]): Promise<number> {
    const ready: PendingCommit[] = [];
    const through = new Map<string, number>();
    const held = new Set<string>();
    const ordered = batch
      .filter((commit) => commit.last > (this.sentUpTo.get(commit.aggregateId) ?? 0))
      .sort((a, b) =>
        a.aggregateId === b.aggregateId
          ? a.first - b.first
          : a.aggregateId < b.aggregateId
            ? -1
            : 1,
      );
    for (const commit of ordered) {
      if (held.has(commit.aggregateId)) continue;
      const known = through.get(commit.aggregateId) ?? this.sentUpTo.get(commit.aggregateId);
      // Per aggregate, nothing may overtake an earlier commit that is not on Kafka yet (appended by
      // another process, or by this one before a crash): ask the store when this relay cannot tell.
      const inOrder =
        known === commit.first - 1 ||
        (known === undefined &&
          (await this.store.isPublishedThrough(commit.aggregateId, commit.first - 1)) === true);
      if (inOrder) {
        ready.push(commit);
        through.set(commit.aggregateId, commit.last);
      } else {
        held.add(commit.aggregateId);
      }
    }
    // A held commit is in the store, unpublished: a look sends it after its predecessors.
    if (held.size > 0) this.look();
    if (ready.length === 0) return 0;
    const events = ready.flatMap((commit) => commit.events);
    await this.publisher.publish(events.map(eventMessage));
    this.remember(events);
    this.observeLag(ready.map((commit) => [commit.storedAt, commit.events.length]));
    // The next send need not wait for this mark: what it covers is remembered as sent.
    this.unmarked.push(...ready.map((commit) => commit.id));
    this.markTimer ??= setTimeout(() => {
      this.markTimer = undefined;
      void this.markNow();
    }, this.options.markDelayMs ?? 200);
    return events.length;
  }

  /**
   * Marks the sent commits waiting for it, in one update. A mark that fails leaves them
   * unpublished in the store, so a look sends them again (duplicates).
   */
  private markNow(): Promise<void> {
    const ids = this.unmarked;
    this.unmarked = [];
    if (ids.length === 0) return this.marking;
    this.marking = this.marking
      .then(() => this.store.markPublished(ids))
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'outbox relay could not mark commits published');
        this.lookSoon();
      });
    return this.marking;
  }

  /** Sends what a look found, except what this relay already sent since. */
  private async sendFound(commits: CommitDocument[]): Promise<number> {
    const unsent = commits.filter(
      (commit) => commit.lastVersion > (this.sentUpTo.get(commit.aggregateId) ?? 0),
    );
    const events = orderedEvents(unsent);
    if (events.length > 0) {
      await this.publisher.publish(events.map(eventMessage));
      this.remember(events);
    }
    this.observeLag(unsent.map((commit) => [commit.storedAt.getTime(), commit.events.length]));
    return events.length;
  }

  private remember(events: EventEnvelope[]): void {
    for (const event of events) {
      if ((this.sentUpTo.get(event.aggregateId) ?? 0) >= event.aggregateVersion) continue;
      this.sentUpTo.delete(event.aggregateId); // re-insert: the map's order is recency
      this.sentUpTo.set(event.aggregateId, event.aggregateVersion);
    }
    for (const oldest of this.sentUpTo.keys()) {
      if (this.sentUpTo.size <= REMEMBERED_AGGREGATES) break;
      this.sentUpTo.delete(oldest);
    }
  }

  private observeLag(commits: Array<[storedAt: number, events: number]>): void {
    const histogram = this.options.lagHistogram;
    if (!histogram) return;
    const now = Date.now();
    for (const [storedAt, events] of commits) {
      for (let i = 0; i < events; i++) histogram.observe((now - storedAt) / 1000);
    }
  }
}

/** One append's events; occurredAt is set just before the commit is stored. */
function pendingCommit(events: readonly EventEnvelope[]): PendingCommit {
  const [first] = events;
  return {
    id: commitId(first.aggregateId, first.aggregateVersion),
    aggregateId: first.aggregateId,
    first: first.aggregateVersion,
    last: events[events.length - 1].aggregateVersion,
    storedAt: Date.parse(first.occurredAt),
    events: [...events],
  };
}

/** Each aggregate's events in version order (Kafka keeps the order of one key within a send). */
function orderedEvents(commits: CommitDocument[]): EventEnvelope[] {
  return commits
    .flatMap((commit) => commit.events)
    .sort((a, b) =>
      a.aggregateId === b.aggregateId
        ? a.aggregateVersion - b.aggregateVersion
        : a.aggregateId < b.aggregateId
          ? -1
          : 1,
    );
}
