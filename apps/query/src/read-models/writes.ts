import { ProjectionWrite } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';

/**
 * Every read-model document belongs to one aggregate and carries the version of the last of its
 * events applied (`appliedVersion`). Writes `$set` values taken from one event, and only on a
 * document below that event's version: an event applied again (redelivered, or replayed after a
 * crash before the runner's checkpoint moved) changes nothing, and a rebuild ends in the same state.
 */
export const APPLIED_VERSION = 'appliedVersion';

/** A change to a document of the event's aggregate, if the event is newer than what it holds. */
export function change(
  collection: string,
  event: EventEnvelope<object>,
  filter: { _id: string } & Record<string, unknown>,
  set: Record<string, unknown>,
  { stamp = true }: { stamp?: boolean } = {},
): ProjectionWrite {
  return {
    collection,
    operation: {
      updateOne: {
        filter: { ...filter, [APPLIED_VERSION]: { $lt: event.aggregateVersion } },
        update: { $set: stamp ? { ...set, [APPLIED_VERSION]: event.aggregateVersion } : set },
      },
    },
  };
}

/**
 * The document an event starts (the first event of a product, order, MOU...): inserted with the
 * event's values if missing, left alone if there (it already reflects that event). One statement,
 * so commands stay small on FerretDB. FerretDB v1's `$setOnInsert` leaves out null values: the
 * views read a missing field as null. A follow-up event whose first one never arrived uses
 * `change`, which inserts nothing, so it makes no half document.
 */
export function create(
  collection: string,
  event: EventEnvelope<object>,
  id: string,
  fields: Record<string, unknown>,
): ProjectionWrite[] {
  return [
    {
      collection,
      operation: {
        updateOne: {
          filter: { _id: id },
          update: { $setOnInsert: { ...fields, [APPLIED_VERSION]: event.aggregateVersion } },
          upsert: true,
        },
      },
    },
  ];
}

/**
 * A document that each event of its kind replaces wholesale (the latest proposal): ensured to
 * exist at version 0, then changed like any other, so an older proposal never replaces a newer one.
 */
export function replace(
  collection: string,
  event: EventEnvelope<object>,
  id: string,
  fields: Record<string, unknown>,
): ProjectionWrite[] {
  return [
    {
      collection,
      operation: {
        updateOne: {
          filter: { _id: id },
          update: { $setOnInsert: { [APPLIED_VERSION]: 0 } },
          upsert: true,
        },
      },
    },
    change(collection, event, { _id: id }, fields),
  ];
}
