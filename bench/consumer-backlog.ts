import { Admin, Kafka, logLevel } from 'kafkajs';
import { now, sleep } from './stats';

/**
 * Messages not yet consumed by the consumer groups that have members (the services' reactions and
 * projections), summed over their topics and partitions: committed offset to end offset. Groups
 * without members (an old projection generation) are left out: nobody will ever consume for them.
 */
async function backlog(admin: Admin): Promise<number> {
  const { groups } = await admin.listGroups();
  const described = await admin.describeGroups(groups.map((group) => group.groupId));
  const active = described.groups.filter((group) => group.members.length > 0);
  const ends = new Map<string, Map<number, number>>();
  const endOf = async (topic: string, partition: number) => {
    if (!ends.has(topic)) {
      const offsets = await admin.fetchTopicOffsets(topic);
      ends.set(topic, new Map(offsets.map((o) => [o.partition, Number(o.high)])));
    }
    return ends.get(topic)!.get(partition) ?? 0;
  };
  let total = 0;
  for (const { groupId } of active) {
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId })) {
      for (const { partition, offset } of partitions) {
        const committed = Math.max(Number(offset), 0);
        total += Math.max((await endOf(topic, partition)) - committed, 0);
      }
    }
  }
  return total;
}

/**
 * Waits until every consumer group with members has consumed everything on its topics (twice in
 * a row, a second apart: offsets are committed about once a second), or `maxSeconds` pass.
 * Returns the seconds waited and the backlog left (0 unless the wait ran out).
 */
export async function waitForConsumers(
  brokers: string[],
  maxSeconds: number,
): Promise<{ seconds: number; left: number }> {
  const kafka = new Kafka({ clientId: 'bench-backlog', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const started = now();
  try {
    let quietChecks = 0;
    let left = await backlog(admin);
    while (now() - started < maxSeconds * 1000) {
      quietChecks = left === 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 2) break;
      await sleep(1_000);
      left = await backlog(admin);
    }
    return { seconds: (now() - started) / 1000, left };
  } finally {
    await admin.disconnect();
  }
}
