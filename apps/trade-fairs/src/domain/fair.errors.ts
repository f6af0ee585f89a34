import { DomainError } from '@ocop/common/errors/domain-errors';

/**
 * Every booth of the type is taken: a clear refusal (409), not a lost race. Distinct from a
 * conflict with the fair's state so callers can tell "sold out" from "booking closed".
 */
export class SoldOutError extends DomainError {
  readonly kind = 'conflict';
}

/** A party already has a meeting in the slot, or no table is free in it (409). */
export class SlotTakenError extends DomainError {
  readonly kind = 'conflict';
}
