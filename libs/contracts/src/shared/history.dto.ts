import { PageQuery } from './paging';

/**
 * GET .../history: one page of a record's events, oldest first unless `order=desc`. Paged as every
 * list; there is one order only, the stream's.
 */
export class HistoryQuery extends PageQuery {}

/** Who caused an event: a user of a role, or the system itself (a job, a reaction). */
export class HistoryActor {
  id!: string;
  role!: 'officer' | 'distributor' | 'producer' | 'admin' | 'system';
}

/** One event in a record's history: what happened, when, by whom, and what it recorded. */
export class HistoryEntry {
  /** The event's position in the record's stream: 1, 2, 3, ... */
  version!: number;
  /** The event type, a fact in the past tense: `OrderPlaced`, `MouSigned`, ... */
  type!: string;
  /** When it happened (ISO 8601, UTC). */
  occurredAt!: string;
  actor!: HistoryActor;
  /** What changed: the event's payload, at its current schema version. */
  payload!: Record<string, unknown>;
}
