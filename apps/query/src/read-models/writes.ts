import { ProjectionWrite } from '@ocop/event-sourcing';

/**
 * The only writes the read models make: `$set` of values taken from one event, on a
 * document owned by that event's aggregate. Applying an aggregate's events again, in their order,
 * ends in the same document, so a redelivered batch or a rebuild changes nothing; the runner's
 * per-aggregate checkpoints skip events already applied.
 */
export function upsert(
  collection: string,
  id: string,
  set: Record<string, unknown>,
): ProjectionWrite {
  return {
    collection,
    operation: { updateOne: { filter: { _id: id }, update: { $set: set }, upsert: true } },
  };
}

/**
 * A change to a document an earlier event of the same aggregate created (events of one aggregate
 * arrive in order): no upsert, so an event whose first one is missing makes no half document.
 */
export function change(
  collection: string,
  filter: { _id: string } & Record<string, unknown>,
  set: Record<string, unknown>,
): ProjectionWrite {
  return { collection, operation: { updateOne: { filter, update: { $set: set } } } };
}
