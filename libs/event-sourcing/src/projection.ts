import { EventEnvelope } from '@ocop/events';
import { mongo } from 'mongoose';

/** Read-model documents are keyed by strings the projection chooses (usually aggregate ids). */
export type ReadModelDocument = { _id: string } & mongo.Document;

export interface ProjectionWrite {
  collection: string;
  operation: mongo.AnyBulkWriteOperation<ReadModelDocument>;
}

/**
 * A read model built only from events. `project` returns the writes one event makes; they must be
 * idempotent (upserts that $set values derived from the event), because after a crash the last
 * batch may be applied again.
 */
export interface Projection {
  name: string;
  /** Event types it reads; it never sees others. */
  handles: string[];
  /** Collections it owns: dropped and rebuilt on a rebuild. */
  collections: string[];
  project(event: EventEnvelope): ProjectionWrite[];
}
