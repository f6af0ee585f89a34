import { PROJECTION_CHECKPOINTS, Projection, ProjectionSink } from '@ocop/event-sourcing';
import { sharedServers } from '@ocop/testing';
import mongoose, { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { RealServers, realServers } from './real-servers';
import { testEnvelope } from './test-envelope';

/**
 * Counts the times each version is applied: not idempotent on purpose, so the test sees each
 * event the sink lets through, including one it should have skipped.
 */
function recordingProjection(name: string, collection: string): Projection {
  return {
    name,
    handles: ['Counted'],
    collections: [collection],
    project: (event) => [
      {
        collection,
        operation: {
          updateOne: {
            filter: { _id: event.aggregateId },
            update: { $inc: { [`applied.v${event.aggregateVersion}`]: 1 } },
            upsert: true,
          },
        },
      },
    ],
  };
}

const counted = (aggregateId: string, aggregateVersion: number) =>
  testEnvelope({ type: 'Counted', aggregateType: 'counter', aggregateId, aggregateVersion });

describe('ProjectionSink', () => {
  let servers: RealServers;
  /** The same database, with command monitoring, to count what the sink asks of it. */
  let monitored: Connection;
  const started: Array<{ name: string; collection?: string }> = [];

  beforeAll(async () => {
    servers = await realServers();
    monitored = await mongoose
      .createConnection(sharedServers().MONGO_URL, {
        dbName: servers.connection.name,
        monitorCommands: true,
      })
      .asPromise();
    monitored.getClient().on('commandStarted', (event) => {
      const body = event.command as Record<string, unknown>;
      started.push({ name: event.commandName, collection: body[event.commandName] as string });
    });
  });

  afterAll(async () => {
    await monitored.close();
    await servers.close();
  });

  const appliedVersions = async (collection: string, id: string) =>
    (await servers.connection.collection(collection).findOne({ _id: id as never }))?.applied;

  it('reads an aggregate checkpoint once, then only writes it', async () => {
    const collection = `counted_${servers.run}_once`;
    const sink = new ProjectionSink(monitored, recordingProjection('once', collection));
    const id = randomUUID();
    const from = started.length;
    for (let version = 1; version <= 4; version++) await sink.apply([counted(id, version)]);
    await sink.apply([counted(id, 2)]); // a duplicate, skipped from memory

    const onCheckpoints = started
      .slice(from)
      .filter((command) => command.collection === PROJECTION_CHECKPOINTS);
    expect(onCheckpoints.map((command) => command.name)).toEqual([
      'find',
      'update',
      'update',
      'update',
      'update',
    ]);
    expect(await appliedVersions(collection, id)).toEqual({ v1: 1, v2: 1, v3: 1, v4: 1 });
    const stored = await servers.connection
      .collection(PROJECTION_CHECKPOINTS)
      .findOne({ _id: `once:${id}` as never });
    expect(stored?.version).toBe(4);
  });

  it('after a rebalance, skips what another member applied meanwhile', async () => {
    const collection = `counted_${servers.run}_moved`;
    const projection = recordingProjection('moved', collection);
    const here = new ProjectionSink(servers.connection, projection);
    const there = new ProjectionSink(servers.connection, projection);
    const id = randomUUID();

    await here.apply([counted(id, 1), counted(id, 2)]);
    // The partition went to another member, which applied version 3, and then came back.
    await there.apply([counted(id, 3)]);
    here.onRebalance();
    await here.apply([counted(id, 3)]); // published twice by the relay, say
    await here.apply([counted(id, 4)]);

    expect(await appliedVersions(collection, id)).toEqual({ v1: 1, v2: 1, v3: 1, v4: 1 });
  });

  it('does not remember a checkpoint whose write failed', async () => {
    const collection = `counted_${servers.run}_failed`;
    const projection = recordingProjection('failed', collection);
    let failing = true;
    const sink = new ProjectionSink(servers.connection, {
      ...projection,
      project: (event) => {
        if (failing && event.aggregateVersion === 2) throw new Error('read model unavailable');
        return projection.project(event);
      },
    });
    const id = randomUUID();

    await sink.apply([counted(id, 1)]);
    await expect(sink.apply([counted(id, 2)])).rejects.toThrow('read model unavailable');
    failing = false;
    await sink.apply([counted(id, 2)]); // the consumer's retry

    expect(await appliedVersions(collection, id)).toEqual({ v1: 1, v2: 1 });
  });
});
