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

/** Errors a metadata request gives for a topic the broker has created but not yet fully announced. */
const NOT_READY_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Creates the topics that do not exist yet and returns their names; existing ones are left alone.
 * Returns once every partition of every topic asked for has a leader, so a producer or consumer
 * started next finds them. Services start together on a fresh broker and race to create the same
 * topics, so a failed round is tried again before giving up.
 */
export async function createMissingTopics(
  admin: Admin,
  topics: string[],
  partitions = 3,
  attempts = 10,
  leaderWaitMs = 60_000,
): Promise<string[]> {
  const wanted = [...new Set(topics)];
  const created: string[] = [];
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = new Set(await admin.listTopics());
      const missing: ITopicConfig[] = wanted
        .filter((topic) => !existing.has(topic))
        .map((topic) => ({
          topic,
          numPartitions: partitions,
          // Events are kept forever: Kafka holds the whole published history for replays.
          configEntries: [{ name: 'retention.ms', value: '-1' }],
        }));
      // false (not an error) when another client created them first. KafkaJS's own wait for
      // leaders is not used: it gives up on the first "unknown topic" a KRaft broker answers
      // while the new topic reaches its metadata cache.
      if (
        missing.length > 0 &&
        (await admin.createTopics({ topics: missing, waitForLeaders: false }))
      ) {
        created.push(...missing.map((topic) => topic.topic));
      }
      await waitForLeaders(admin, wanted, leaderWaitMs);
      return created;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

/** Waits until every partition of the topics has a leader; throws after `timeoutMs`. */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  if (topics.length === 0) return;
  const deadline = Date.now() + timeoutMs;
  let waitingFor = 'metadata';
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const leaderless = metadata.topics.filter(
        (topic) =>
          topic.partitions.length === 0 ||
          topic.partitions.some((partition) => partition.leader < 0),
      );
      if (leaderless.length === 0 && metadata.topics.length === topics.length) return;
      waitingFor = `leaders of ${leaderless.map((topic) => topic.name).join(', ') || 'all topics'}`;
    } catch (error) {
      if (!NOT_READY_YET.has((error as { type?: string }).type ?? '')) throw error;
      waitingFor = `metadata (${(error as Error).message})`;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Kafka topics not ready after ${timeoutMs} ms: waiting for ${waitingFor}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
