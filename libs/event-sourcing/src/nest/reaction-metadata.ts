import { CommandMetadata, EventEnvelope, SYSTEM_ACTOR } from '@ocop/events';

/** A command run by a reaction: same correlation as the event, caused by it, done by the system. */
export function reactionMetadata(event: EventEnvelope<object>): CommandMetadata {
  return { correlationId: event.correlationId, causationId: event.eventId, actor: SYSTEM_ACTOR };
}
