/** Another command appended to the stream since it was loaded; reload and decide again. */
export class ConcurrencyError extends Error {
  constructor(
    readonly aggregateId: string,
    readonly expectedVersion: number,
  ) {
    super(`${aggregateId} has moved past version ${expectedVersion}`);
    this.name = 'ConcurrencyError';
  }
}
