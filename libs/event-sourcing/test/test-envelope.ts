import { EventEnvelope, SYSTEM_ACTOR } from '@ocop/events';
import { randomUUID } from 'node:crypto';

/** A valid envelope of a made-up type, for sinks that are handed events directly. */
export function testEnvelope(
  fields: Pick<EventEnvelope, 'type' | 'aggregateType' | 'aggregateId' | 'aggregateVersion'>,
): EventEnvelope {
  return {
    eventId: randomUUID(),
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    correlationId: 'test',
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload: {},
    ...fields,
  };
}
