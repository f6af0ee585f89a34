import { createMissingTopics } from '@ocop/common';
import { sharedServers } from '@ocop/testing';
import { Admin, ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/**
 * Services start together and each creates the topics it needs; on a KRaft broker a new topic
 * is briefly unknown to metadata requests. Every caller must come back with topics that are
 * ready, and none may fail because another got there first.
 */
describe('creating the topics services need, on real Kafka', () => {
  const kafka = new Kafka({
    clientId: `test-topics-${randomUUID().slice(0, 8)}`,
    brokers: sharedServers().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admins: Admin[] = [];

  const connectedAdmin = async (): Promise<Admin> => {
    const admin = kafka.admin();
    await admin.connect();
    admins.push(admin);
    return admin;
  };

  afterAll(async () => {
    await Promise.all(admins.map((admin) => admin.disconnect()));
  });

  it('creates each topic once when several clients race, and returns with every partition led', async () => {
    const run = randomUUID().slice(0, 8);
    const topics = Array.from({ length: 12 }, (_, i) => `test.topics.${run}.${i}`);
    const clients = await Promise.all([1, 2, 3].map(() => connectedAdmin()));

    // Overlapping sets, as consumers of one service ask for the topics they read.
    const created = await Promise.all(
      // One attempt each: the wait for the topics to be ready must hold without a retry.
      clients.map((admin, i) =>
        createMissingTopics(admin, [...topics.slice(i * 3), topics[0]], 3, 1),
      ),
    );

    // A round that meets a topic another client made reports none of its own, so the union may
    // be short; but no topic is reported twice, and none that was not asked for.
    const reported = created.flat();
    expect(new Set(reported).size).toBe(reported.length);
    reported.forEach((topic) => expect(topics).toContain(topic));
    const metadata = await clients[0].fetchTopicMetadata({ topics });
    expect(metadata.topics).toHaveLength(topics.length);
    metadata.topics.forEach((topic) => {
      expect(topic.partitions).toHaveLength(3);
      topic.partitions.forEach((partition) => expect(partition.leader).toBeGreaterThanOrEqual(0));
    });
    const configs = await clients[0].describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: ConfigResourceTypes.TOPIC, name: topics[0], configNames: ['retention.ms'] },
      ],
    });
    expect(configs.resources[0].configEntries).toEqual([
      expect.objectContaining({ configName: 'retention.ms', configValue: '-1' }),
    ]);
  }, 120_000);

  it('leaves an existing topic alone, reports nothing created, and waits until it is ready', async () => {
    const topic = `test.topics.${randomUUID().slice(0, 8)}`;
    const admin = await connectedAdmin();
    // Not waiting for its leader: the call below must not report a topic it did not create, nor
    // fail while the broker is still announcing it.
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: false });

    expect(await createMissingTopics(admin, [topic])).toEqual([]);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions).toHaveLength(1);
  }, 120_000);
});
