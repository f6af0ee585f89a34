/** The driver's and mongoose's errors for a database that cannot be reached or did not answer. */
const UNAVAILABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'MongoServerClosedError',
  'MongoWaitQueueTimeoutError',
]);
/** Server errors of a node going away (shutdown, interrupted, stepped down, not writable primary). */
const UNAVAILABLE_CODES = new Set([91, 189, 10107, 11600, 11602, 13435, 13436]);

/**
 * Whether the error means the database was away rather than the request wrong: worth answering
 * 503 with Retry-After, since the same request may well succeed a moment later. Follows `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (!(current instanceof Error)) return false;
    const { code } = current as { code?: unknown };
    if (UNAVAILABLE.has(current.name)) return true;
    if (
      current.name.startsWith('Mongo') &&
      typeof code === 'number' &&
      UNAVAILABLE_CODES.has(code)
    ) {
      return true;
    }
    // Mongoose queues operations while disconnected and fails them after bufferTimeoutMS.
    if (current.name === 'MongooseError' && /buffering timed out/.test(current.message))
      return true;
    current = current.cause;
  }
  return false;
}
