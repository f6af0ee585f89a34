import { Collection, mongo } from 'mongoose';
import { DUPLICATE_KEY, isDuplicateKeyError } from '@ocop/common';

/**
 * Inserts the documents whose `_id` is not in the collection yet and leaves the others as they
 * are: one insert command for all of them, where an upsert per document would cost the database
 * a lookup and a write each.
 */
export async function insertAbsent<D extends { _id: string }>(
  collection: Collection<D>,
  documents: D[],
): Promise<void> {
  if (documents.length === 0) return;
  try {
    await collection.insertMany(documents as mongo.OptionalUnlessRequiredId<D>[], {
      ordered: false,
    });
  } catch (error) {
    if (!onlyDuplicates(error)) throw error;
  }
}

/** A write error that only says some of the documents were there already. */
function onlyDuplicates(error: unknown): boolean {
  if (error instanceof mongo.MongoBulkWriteError) {
    const errors: mongo.WriteError[] = [error.writeErrors].flat();
    return errors.length > 0 && errors.every((writeError) => writeError.code === DUPLICATE_KEY);
  }
  return isDuplicateKeyError(error);
}
