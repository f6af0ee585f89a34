import { Admin, ITopicConfig, Producer } from 'kafkajs';

export interface OutgoingMessage {
  topic: string;
  key: string;
  value: unknown;
  headers?: Record<string, string>;
}

/**
 * One acknowledged (acks=all) send of JSON messages; messages of one key keep their order, since
 * a batch goes to each partition in the order given.
 */
export async function sendMessages(producer: Producer, messages: OutgoingMessage[]): Promise<void> {
  const byTopic = new Map<string, OutgoingMessage[]>();
  messages.forEach((message) => {
    byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
  });
  await producer.sendBatch({
    acks: -1,
    topicMessages: [...byTopic.entries()].map(([topic, batch]) => ({
      topic,
      messages: batch.map((message) => ({
        key: message.key,
        value: JSON.stringify(message.value),
        headers: message.headers,
      })),
    })),
  });
}

/** Creates the topics that do not exist yet and returns their names; existing ones are left alone. */
export async function createMissingTopics(
  admin: Admin,
  topics: string[],
  partitions = 3,
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = [...new Set(topics)]
    .filter((topic) => !existing.has(topic))
    .map((topic) => ({
      topic,
      numPartitions: partitions,
      // Events are kept forever: Kafka holds the whole published history for replays.
      configEntries: [{ name: 'retention.ms', value: '-1' }],
    }));
  if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  return missing.map((topic) => topic.topic);
}
