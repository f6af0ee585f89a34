/** Who caused an event: a user of a role, or the system itself (a job, a reaction). */
export interface Actor {
  id: string;
  role: 'officer' | 'distributor' | 'producer' | 'admin' | 'system';
}

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };

/**
 * The one shape every integration event has, in the event store and on Kafka alike. The payload's
 * schema is fixed by (type, schemaVersion); older versions are upcast when read, never rewritten.
 */
export interface EventEnvelope<P extends object = Record<string, unknown>> {
  eventId: string;
  type: string;
  schemaVersion: number;
  aggregateType: string;
  aggregateId: string;
  /** The event's position in its aggregate's stream: 1, 2, 3, ... without gaps. */
  aggregateVersion: number;
  occurredAt: string;
  correlationId: string;
  /** The event or command id that caused this one; null for a command from outside. */
  causationId: string | null;
  actor: Actor;
  payload: P;
}

/** What travels with a command into the events it produces. */
export interface CommandMetadata {
  correlationId: string;
  causationId?: string | null;
  actor: Actor;
  /**
   * The command's own id when its sender gave one (a client's Idempotency-Key, scoped to the
   * caller): stored with the events it produced, so the command runs at most once however often
   * it is sent (see executeCommand and newAggregateId in @ocop/event-sourcing).
   */
  commandId?: string;
}
