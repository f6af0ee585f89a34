import { CommandMetadata } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

/** Fixed: every instance of every service derives the same id from the same command. */
const NEW_AGGREGATE_NAMESPACE = '9c1f3e6a-2b7d-5a4e-8f0c-3d5b7a9e1c24';

/**
 * The id of an aggregate that a command creates (an order, a booking, an MOU draft). For a keyed
 * command it is derived from the command id, so running the command again meets the stream it
 * created (the store's unique first version) instead of creating a second aggregate; random for a
 * command without a key. `role` tells apart the aggregates one command creates.
 */
export function newAggregateId(meta: CommandMetadata, role: string): string {
  return meta.commandId
    ? uuidV5(`${meta.commandId}\n${role}`, NEW_AGGREGATE_NAMESPACE)
    : randomUUID();
}
