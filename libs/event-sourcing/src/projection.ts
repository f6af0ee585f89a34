import { EventEnvelope } from '@ocop/events';
import { mongo } from 'mongoose';

/** Read-model documents are keyed by strings the projection chooses (usually aggregate ids). */
export type ReadModelDocument = { _id: string } & mongo.Document;

export interface ProjectionWrite {
  collection: string;
  operation: mongo.AnyBulkWriteOperation<ReadModelDocument>;
}

/**
 * One document an event changes, as a function of its current state (see `Projection.fold`).
 */
export interface DocumentFold {
  collection: string;
  /** The document's `_id`. */
  id: string;
  /**
   * The document after the event, given the one before (null when there is none); null deletes
   * it. Must return a document that already reflects the event unchanged (keep the aggregate
   * version in the document and compare), because after a crash the last batch may be applied
   * again. Called in event order, with what the previous event's fold returned.
   */
  apply(current: ReadModelDocument | null): ReadModelDocument | null;
}

/**
 * A read model built only from events. `project` returns the writes one event makes; they must be
 * idempotent (upserts that $set values derived from the event), because after a crash the last
 * batch may be applied again. `E` is the envelope it reads, e.g. `TypedEnvelope<'OrderPlaced'>`
 * from @ocop/events, so a `switch (event.type)` types each payload: the runner hands it only
 * events of the types in `handles`, read (upcast and validated) through the catalog.
 */
export interface Projection<E extends EventEnvelope<object> = EventEnvelope<object>> {
  name: string;
  /** Event types it reads; it never sees others. */
  handles: readonly E['type'][];
  /** Collections it owns: dropped and rebuilt on a rebuild. */
  collections: string[];
  project(event: E): ProjectionWrite[];
  /**
   * Optional, and used instead of `project` when present: the documents the event changes, each
   * as a function of its current state. A batch then reads each document it touches once (by
   * `_id`), folds all of the batch's events into it in memory and writes it back once, instead
   * of one database update per event: far fewer round trips when events outnumber documents, as
   * in a rebuild.
   */
  fold?(event: E): DocumentFold[];
}
