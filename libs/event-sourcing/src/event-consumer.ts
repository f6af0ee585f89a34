import { Logger } from '@nestjs/common';
import { createMissingTopics } from '@ocop/common';
import { deadLetterTopicFor, EVENT_HEADERS, EventCatalog, EventEnvelope } from '@ocop/events';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { sendToDeadLetter } from './dead-letter';
import { decodeMessage } from './decode-message';

/** Where consumed events go. `apply` must be idempotent: a redelivered event changes nothing. */
export interface EventSink {
  apply(events: EventEnvelope[]): Promise<void>;
  /**
   * Called when this process joins (or rejoins) the group: the partitions it had may have been
   * another member's meanwhile, so what the sink remembers of them may be behind.
   */
  onRebalance?(): void;
}

export interface EventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  catalog: EventCatalog;
  sink: EventSink;
  /** Attempts after the first before a failing event goes to the dead-letter topic. */
  retries?: number;
  retryBackoffMs?: number;
  fromBeginning?: boolean;
  /**
   * The event types the sink handles; the sink sees no others (the topic carries all of an
   * aggregate type's events). A message whose type header names another type is passed over
   * undecoded; one without the header is decoded and checked as any other, then passed over.
   */
  handles?: Iterable<string>;
}

/**
 * Consumes with KafkaJS `eachBatch` (the Nest transport has no batch mode). Undecodable messages
 * and events whose handling keeps failing go to `<topic>.dlq` with the reason; the partition moves
 * on and the consumer never stops for them.
 */
export class EventConsumer {
  private readonly logger = new Logger(EventConsumer.name);
  private consumer?: Consumer;
  /** For dead letters only: connected on the first one, so a start (and a rebuild) waits for less. */
  private producer?: Promise<Producer>;
  /** Next offset to read per `topic:partition`, as handled by this process. */
  private readonly positions = new Map<string, number>();
  private readonly handles?: ReadonlySet<string>;

  constructor(private readonly options: EventConsumerOptions) {
    if (options.handles) this.handles = new Set(options.handles);
  }

  async start(): Promise<void> {
    const { kafka, groupId, topics } = this.options;
    // Subscribing to a topic that does not exist yet would leave the group idle until the next
    // metadata refresh; create it (and its dead-letter topic) first.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await createMissingTopics(
        admin,
        topics.flatMap((topic) => [topic, deadLetterTopicFor(topic)]),
      );
    } finally {
      await admin.disconnect();
    }
    this.consumer = kafka.consumer({
      groupId,
      maxBytesPerPartition: 4 * 1024 * 1024,
      // A stop waits for the fetch in flight: a short wait keeps stops (and rebuilds) quick.
      maxWaitTimeInMs: 250,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.options.sink.onRebalance?.());
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 1_000,
      eachBatch: (payload) => this.onBatch(payload),
    });
  }

  /**
   * Where this process has got to in a partition: the next offset it will read. Offsets are
   * committed to Kafka only now and then, so progress is judged by this, not by the group's commits.
   */
  position(topic: string, partition: number): number | undefined {
    return this.positions.get(`${topic}:${partition}`);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    const producer = this.producer;
    this.producer = undefined;
    await (await producer?.catch(() => undefined))?.disconnect();
  }

  private deadLetterProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      return producer;
    })();
    // A failed connect is tried again with the next dead letter.
    this.producer.catch(() => (this.producer = undefined));
    return this.producer;
  }

  private async onBatch(payload: EachBatchPayload) {
    const { batch } = payload;
    const good: Array<{ event: EventEnvelope; message: KafkaMessage }> = [];
    for (const message of batch.messages) {
      if (!this.wanted(message)) continue;
      const decoded = decodeMessage(message, this.options.catalog);
      if (decoded.ok) {
        if (!this.handles || this.handles.has(decoded.event.type)) {
          good.push({ event: decoded.event, message });
        }
      } else await this.deadLetter(batch.topic, batch.partition, message, decoded.reason);
    }
    if (!payload.isRunning() || payload.isStale()) return;
    if (good.length > 0) {
      try {
        await this.withRetries(() => this.options.sink.apply(good.map((g) => g.event)));
      } catch {
        // Something in the batch keeps failing: apply one by one to set aside only the culprit.
        for (const { event, message } of good) {
          try {
            await this.withRetries(() => this.options.sink.apply([event]));
          } catch (error) {
            const attempts = (this.options.retries ?? 3) + 1;
            await this.deadLetter(
              batch.topic,
              batch.partition,
              message,
              `handler failed after ${attempts} attempts: ${(error as Error).message}`,
            );
          }
          await payload.heartbeat();
        }
      }
    }
    const last = batch.messages[batch.messages.length - 1];
    if (last) {
      payload.resolveOffset(last.offset);
      this.positions.set(`${batch.topic}:${batch.partition}`, Number(last.offset) + 1);
    }
    await payload.heartbeat();
  }

  private wanted(message: KafkaMessage): boolean {
    if (!this.handles) return true;
    const header = message.headers?.[EVENT_HEADERS.type];
    const type = (Array.isArray(header) ? header[0] : header)?.toString();
    return type === undefined || this.handles.has(type);
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
  ) {
    this.logger.warn({ topic, partition, offset: message.offset, reason }, 'message dead-lettered');
    await sendToDeadLetter(
      await this.deadLetterProducer(),
      this.options.groupId,
      { topic, partition, message },
      reason,
    );
  }

  private async withRetries(work: () => Promise<void>): Promise<void> {
    const retries = this.options.retries ?? 3;
    const backoff = this.options.retryBackoffMs ?? 100;
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** attempt));
      }
    }
  }
}
