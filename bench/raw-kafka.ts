import { createMissingTopics } from '@ocop/common';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { now, until } from './stats';

/**
 * Raw KafkaJS on the same broker, for ratios: `count` messages of `bytes` each, sent in batches
 * (acks=-1, idempotent), then read back by a new consumer group with eachBatch. Rates in msgs/s.
 */
export async function rawKafkaRates(
  brokers: string[],
  { count = 50_000, bytes = 600, batch = 500 } = {},
): Promise<{ produce: number; consume: number }> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });
  const topic = `bench.raw.${randomUUID().slice(0, 8)}`;
  const admin = kafka.admin();
  await admin.connect();
  // Setup, not measured: the services' own creation, which waits out KRaft's brief 'unknown topic'.
  await createMissingTopics(admin, [topic]);
  const value = 'x'.repeat(bytes);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const sendStarted = now();
  for (let i = 0; i < count; i += batch) {
    const messages = Array.from({ length: Math.min(batch, count - i) }, (_, j) => ({
      key: String((i + j) % 64),
      value,
    }));
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  }
  const produce = count / ((now() - sendStarted) / 1000);
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let read = 0;
  let consumeStarted = 0;
  await consumer.run({
    eachBatch: ({ batch: received }) => {
      if (consumeStarted === 0) consumeStarted = now();
      read += received.messages.length;
      return Promise.resolve();
    },
  });
  await until('the raw consumer to read every message', () => read >= count, {
    timeoutMs: 120_000,
  });
  const consume = count / ((now() - consumeStarted) / 1000);
  await consumer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  return { produce, consume };
}
