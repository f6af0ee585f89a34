import { AnyJson, Instant, Int, Nested, OneOf, Text } from './response-fields';

/** Who caused an event: a user of a role, or the system itself (a job, a reaction). */
export class HistoryEventActor {
  @Text() id!: string;
  @OneOf(['officer', 'distributor', 'producer', 'admin', 'system']) role!: string;
}

/** One event in a record's history (GET .../history), as the public API answers it. */
export class HistoryEvent {
  /** The event's position in the record's stream: 1, 2, 3, ... */
  @Int() version!: number;
  /** The event type, a fact in the past tense: `OrderPlaced`, `MouSigned`, ... */
  @Text() type!: string;
  @Instant() occurredAt!: string;
  @Nested(() => HistoryEventActor) actor!: HistoryEventActor;
  /** What changed: the event's payload, at its current schema version. */
  @AnyJson() payload!: Record<string, unknown>;
}
