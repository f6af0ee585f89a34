#!/usr/bin/env node
// Round-trip check of a Kafka broker with the KafkaJS client the Node services use:
// admin createTopics/listTopics/fetchTopicMetadata, produce, consume in a consumer group
// (JoinGroup/SyncGroup/OffsetCommit), then delete the topic again.
//
// Usage: node check-kafkajs.mjs [host:port]   (default 127.0.0.1:$KAFKA_PORT or :9092)
// Env:   CHECK_KEEP_TOPIC=1 keeps the topic; CHECK_QUIET=1 prints only the result line;
//        CHECK_VERBOSE=1 shows KafkaJS's own log (transient coordinator errors right after a broker
//        start are normal there: KafkaJS retries them); CHECK_TIMEOUT_MS (30000) for the consume step.
// Exit:  0 ok, 1 failed, 3 kafkajs is not installed (resolved from the repo's node_modules or NODE_PATH).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let kafkajs;
try {
  kafkajs = require('kafkajs');
} catch (err) {
  console.error(`kafkajs not found (${err.code ?? err.message}); run npm ci first`);
  process.exit(3);
}
const { Kafka, logLevel } = kafkajs;
let version = 'unknown';
try {
  version = require('kafkajs/package.json').version;
} catch {
  // ignore
}

const broker = process.argv[2] ?? `127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`;
const quiet = process.env.CHECK_QUIET === '1';
const say = (...a) => {
  if (!quiet) console.log(...a);
};
const suffix = `${Date.now()}-${process.pid}`;
const topic = `ocop.local.check.${suffix}`;
const groupId = `ocop-local-check-${suffix}`;
const n = 3;
const timeoutMs = Number(process.env.CHECK_TIMEOUT_MS ?? 30000);

const kafka = new Kafka({
  clientId: 'ocop-local-check',
  brokers: [broker],
  logLevel: process.env.CHECK_VERBOSE === '1' ? logLevel.INFO : logLevel.NOTHING,
  retry: { retries: 5, initialRetryTime: 200 },
});
const admin = kafka.admin();
const producer = kafka.producer({ allowAutoTopicCreation: false });
const consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000 });

async function main() {
  const t0 = Date.now();
  await admin.connect();
  const created = await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: 3, replicationFactor: 1 }],
  });
  const topics = await admin.listTopics();
  if (!topics.includes(topic)) throw new Error(`listTopics does not show ${topic}`);
  const meta = await admin.fetchTopicMetadata({ topics: [topic] });
  say(
    `admin: createTopics=${created} listTopics has it, partitions=${meta.topics[0].partitions.length}`,
  );

  await producer.connect();
  const sent = await producer.send({
    topic,
    messages: Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `hello ${i}` })),
  });
  say(
    `produce: ${n} messages, offsets ${JSON.stringify(sent.map((r) => [r.partition, r.baseOffset]))}`,
  );

  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const got = [];
  let joined = null;
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    joined = e.payload;
  });
  const done = new Promise((resolve) => {
    consumer.run({
      eachMessage: async ({ partition, message }) => {
        got.push(`${message.key}=${message.value}@p${partition}`);
        if (got.length >= n) resolve();
      },
    });
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`consumed ${got.length}/${n} messages in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  await Promise.race([done, timeout]);
  clearTimeout(timer);
  say(
    `consume: group ${groupId} joined (leader=${joined?.isLeader}, protocol=${joined?.groupProtocol}), got ${got.sort().join(', ')}`,
  );
  await consumer.stop();
  const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
  const committed = offsets[0].partitions.reduce((s, p) => s + Math.max(0, Number(p.offset)), 0);
  say(`group offsets committed: ${committed}`);
  await consumer.disconnect();
  await producer.disconnect();
  if (process.env.CHECK_KEEP_TOPIC !== '1') {
    await admin.deleteTopics({ topics: [topic] });
    await admin.deleteGroups([groupId]).catch(() => {});
  }
  await admin.disconnect();
  console.log(`kafkajs ${version} round trip OK against ${broker} in ${Date.now() - t0} ms`);
}

main().catch(async (err) => {
  console.error(`kafkajs ${version} check FAILED against ${broker}: ${err.stack ?? err}`);
  await Promise.allSettled([consumer.disconnect(), producer.disconnect(), admin.disconnect()]);
  process.exit(1);
});
