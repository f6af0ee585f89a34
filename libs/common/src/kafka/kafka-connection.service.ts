import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Admin, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { CommonSettings, kafkaBrokers } from '../config/settings.schema';
import { createMissingTopics, OutgoingMessage, sendMessages } from './kafka-io';

/**
 * The service's one KafkaJS client: an idempotent producer (acks=all) shared by everything that
 * publishes, and an admin used to create topics and to check the broker for /health.
 */
@Injectable()
export class KafkaConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaConnection.name);
  readonly kafka: Kafka;
  private readonly producer: Producer;
  private admin?: Admin;

  constructor(config: ConfigService<CommonSettings, true>) {
    this.kafka = new Kafka({
      clientId: config.get('KAFKA_CLIENT_ID', { infer: true }),
      brokers: kafkaBrokers(config.get('KAFKA_BROKERS', { infer: true })),
      logLevel: logLevel.WARN,
      connectionTimeout: 3_000,
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.producer.disconnect(), this.admin?.disconnect()]);
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    await sendMessages(this.producer, messages);
  }

  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  async ensureTopics(topics: string[], partitions = 3): Promise<void> {
    if (topics.length === 0) return;
    // Its own admin with KafkaJS's patient default retries: at start-up the broker may still be coming up.
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const created = await createMissingTopics(admin, topics, partitions);
      if (created.length > 0) this.logger.log(`created topics ${created.join(', ')}`);
    } finally {
      await admin.disconnect();
    }
  }

  /** Asks the broker for the cluster's metadata; throws if it does not answer in time. */
  async describeCluster(
    timeoutMs: number,
  ): Promise<{ brokers: number; controller: number | null }> {
    try {
      const admin = await withTimeout(this.connectedAdmin(), timeoutMs, 'Kafka connect');
      const cluster = await withTimeout(
        admin.describeCluster(),
        timeoutMs,
        'Kafka describeCluster',
      );
      return { brokers: cluster.brokers.length, controller: cluster.controller };
    } catch (error) {
      // A dead connection is not reused: the next check dials the broker again.
      const admin = this.admin;
      this.admin = undefined;
      void admin?.disconnect().catch(() => undefined);
      throw error;
    }
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin({ retry: { retries: 1, initialRetryTime: 100 } });
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
