/*
 * Typed errors that domain code throws (no Nest, no HTTP here); the HTTP edge maps each kind to a
 * status code (see http/domain-error.filter.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not-found' | 'conflict' | 'rule' | 'duplicate';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The aggregate does not exist (or is not the caller's to see). -> 404 */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The command does not fit the aggregate's current state, e.g. shipping a rejected order. -> 409 */
export class InvalidStateError extends DomainError {
  readonly kind = 'conflict';
  constructor(
    message: string,
    readonly state?: string,
  ) {
    super(state ? `${message} (current state: ${state})` : message);
  }
}

/** Something unique is taken already, e.g. a business registration number. -> 409 */
export class DuplicateError extends DomainError {
  readonly kind = 'duplicate';
}

/** The input is well-formed but breaks a business rule, e.g. a 5-star decision at province level. -> 422 */
export class RuleViolationError extends DomainError {
  readonly kind = 'rule';
}
