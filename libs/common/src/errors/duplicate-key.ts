import { mongo } from 'mongoose';

/** The server's answer to a write whose `_id` (or other unique key) is taken. */
export const DUPLICATE_KEY = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}
