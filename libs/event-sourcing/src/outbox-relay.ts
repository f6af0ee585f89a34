import { Logger } from '@nestjs/common';
import { EVENT_HEADERS, EventEnvelope, topicFor } from '@ocop/events';
import { Histogram } from 'prom-client';
import { CommitDocument, MongoEventStore } from './mongo-event-store';

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
  /** How often to look for unpublished commits when nobody wakes the relay. */
  pollIntervalMs?: number;
  /** Observes seconds from storing an event to its acknowledgement by Kafka. */
  lagHistogram?: Histogram<string>;
}

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
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: MongoEventStore,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Publish soon: called after an append so publication does not wait for the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Publishes everything unpublished now; returns how many events went out. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.publishBatch();
      total += sent;
      if (sent === 0) return total;
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    this.running = this.drain();
    try {
      await this.running;
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox relay could not publish; will retry');
    } finally {
      this.running = undefined;
    }
    if (this.stopped) return;
    const rerun = this.again;
    this.again = false;
    this.schedule(rerun ? 0 : (this.options.pollIntervalMs ?? 500));
  }

  private async publishBatch(): Promise<number> {
    const commits = await this.store.unpublished(this.options.batchSize ?? 500);
    if (commits.length === 0) return 0;
    const events = orderedEvents(commits);
    await this.publisher.publish(events.map(eventMessage));
    await this.store.markPublished(commits.map((commit) => commit._id));
    const now = Date.now();
    commits.forEach((commit) =>
      commit.events.forEach(() =>
        this.options.lagHistogram?.observe((now - commit.storedAt.getTime()) / 1000),
      ),
    );
    return events.length;
  }
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
