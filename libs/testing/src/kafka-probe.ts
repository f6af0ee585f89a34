import { createMissingTopics } from '@ocop/common';
import { EventEnvelope, SYSTEM_ACTOR, topicFor } from '@ocop/events';
import { Admin, Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { waitFor } from './wait-for';

/**
 * A test's window on Kafka: publishes envelopes as another service would, and records every event
 * on the topics it watches, to wait for the ones a service under test emits.
 */
export class KafkaProbe {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private consumer?: Consumer;
  readonly seen: EventEnvelope[] = [];

  constructor(brokers: string) {
    this.kafka = new Kafka({
      clientId: 'test-probe',
      brokers: brokers.split(','),
      logLevel: logLevel.NOTHING,
    });
  }

  async watch(...aggregateTypes: string[]): Promise<void> {
    this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    const admin = this.kafka.admin();
    await admin.connect();
    const topics = aggregateTypes.map(topicFor);
    let offsets: Awaited<ReturnType<Admin['fetchTopicOffsets']>>[];
    try {
      await createMissingTopics(admin, topics);
      // Start from the current end: only what happens during the test is recorded.
      offsets = await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
    } finally {
      await admin.disconnect();
    }
    this.consumer = this.kafka.consumer({ groupId: `probe-${randomUUID()}` });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: false });
    let assigned = false;
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => (assigned = true));
    await this.consumer.run({
      eachMessage: ({ message }) => {
        if (message.value) this.seen.push(JSON.parse(message.value.toString()) as EventEnvelope);
        return Promise.resolve();
      },
    });
    await waitFor('the probe to join its group', () => assigned);
    topics.forEach((topic, i) =>
      offsets[i].forEach((o) =>
        this.consumer!.seek({ topic, partition: o.partition, offset: o.high }),
      ),
    );
  }

  /** Publishes an event with a full envelope to its aggregate's topic, keyed by aggregate id. */
  async publish(
    event: Pick<EventEnvelope, 'type' | 'aggregateType' | 'aggregateId' | 'payload'> &
      Partial<EventEnvelope>,
  ): Promise<EventEnvelope> {
    const envelope: EventEnvelope = {
      eventId: randomUUID(),
      schemaVersion: 1,
      aggregateVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: `test-${randomUUID()}`,
      causationId: null,
      actor: SYSTEM_ACTOR,
      ...event,
    };
    await this.producer!.send({
      topic: topicFor(envelope.aggregateType),
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
    return envelope;
  }

  async next(what: string, match: (event: EventEnvelope) => boolean, timeoutMs = 30_000) {
    return waitFor(what, () => this.seen.find(match), { timeoutMs });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }
}
