import { EventEnvelope } from './envelope';

export class MalformedEnvelopeError extends Error {
  override name = 'MalformedEnvelopeError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the envelope's own fields (not the payload: that is the catalog's job). */
export function parseEnvelope(value: unknown): EventEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedEnvelopeError('an event must be a JSON object');
  }
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: string) =>
    typeof e[key] === 'string' && e[key].length > 0 ? [] : [`${key} must be a non-empty string`];
  const positive = (key: string) =>
    Number.isInteger(e[key]) && (e[key] as number) > 0 ? [] : [`${key} must be a positive integer`];
  problems.push(
    ...text('type'),
    ...text('aggregateType'),
    ...text('aggregateId'),
    ...text('correlationId'),
  );
  problems.push(...positive('schemaVersion'), ...positive('aggregateVersion'));
  if (typeof e.eventId !== 'string' || !UUID.test(e.eventId))
    problems.push('eventId must be a uuid');
  if (typeof e.occurredAt !== 'string' || Number.isNaN(Date.parse(e.occurredAt))) {
    problems.push('occurredAt must be an ISO date');
  }
  if (e.causationId !== null && typeof e.causationId !== 'string') {
    problems.push('causationId must be a string or null');
  }
  const actor = e.actor as Record<string, unknown> | undefined;
  if (
    typeof actor !== 'object' ||
    actor === null ||
    typeof actor.id !== 'string' ||
    typeof actor.role !== 'string'
  ) {
    problems.push('actor must be {id, role}');
  }
  if (typeof e.payload !== 'object' || e.payload === null || Array.isArray(e.payload)) {
    problems.push('payload must be an object');
  }
  if (problems.length > 0) throw new MalformedEnvelopeError(problems.join('; '));
  // Every field was checked above, the payload's contents are the catalog's to check.
  return e as unknown as EventEnvelope;
}
