import { createMissingTopics, sendMessages } from '@ocop/common';
import { sharedServers } from '@ocop/testing';
import { Kafka, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { EventPublisher } from '../src/outbox-relay';

/** A fresh database and Kafka clients on the suite's real servers, with a per-run suffix for names. */
export async function realServers() {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  const connection: Connection = await mongoose
    .createConnection(servers.MONGO_URL, { dbName: `test_es_${run}` })
    .asPromise();
  const kafka = new Kafka({
    clientId: `test-${run}`,
    brokers: servers.KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const publisher: EventPublisher = { publish: (messages) => sendMessages(producer, messages) };

  return {
    run,
    connection,
    kafka,
    producer,
    publisher,
    async createTopics(...topics: string[]) {
      const admin = kafka.admin();
      await admin.connect();
      await createMissingTopics(admin, topics);
      await admin.disconnect();
    },
    /** Every message of a topic from its beginning (for reading dead letters and counting copies). */
    async readAll(topic: string, expected: number, timeoutMs = 30_000): Promise<KafkaMessage[]> {
      const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
      const seen: KafkaMessage[] = [];
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          seen.push(message);
          return Promise.resolve();
        },
      });
      const deadline = Date.now() + timeoutMs;
      while (seen.length < expected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await consumer.disconnect();
      return seen;
    },
    async close() {
      await producer.disconnect();
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    },
  };
}

export type RealServers = Awaited<ReturnType<typeof realServers>>;
