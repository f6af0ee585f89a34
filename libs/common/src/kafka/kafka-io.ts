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

/**
 * Creates the topics that do not exist yet and returns their names; existing ones are left alone.
 * Services start together on a fresh broker and race to create the same topics, and a topic's
 * leader takes a moment to be elected, so a failed round is tried again before giving up.
 */
export async function createMissingTopics(
  admin: Admin,
  topics: string[],
  partitions = 3,
  attempts = 10,
): Promise<string[]> {
  const created: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = new Set(await admin.listTopics());
      const missing: ITopicConfig[] = [...new Set(topics)]
        .filter((topic) => !existing.has(topic))
        .map((topic) => ({
          topic,
          numPartitions: partitions,
          // Events are kept forever: Kafka holds the whole published history for replays.
          configEntries: [{ name: 'retention.ms', value: '-1' }],
        }));
      if (missing.length === 0) return created;
      // false (not an error) when another client created them first.
      if (await admin.createTopics({ topics: missing, waitForLeaders: true })) {
        created.push(...missing.map((topic) => topic.topic));
      }
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
