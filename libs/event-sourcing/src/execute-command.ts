import { ConflictException } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { AggregateRepository } from './aggregate-repository';
import { AggregateRoot } from './aggregate-root';
import { ConcurrencyError } from './concurrency.error';

export interface ExecuteOptions {
  /** Attempts after the first when another command wins the race. */
  retries?: number;
}

/**
 * Load, decide, append; when another command appended first, reload and decide again (the rules
 * are re-checked against the new state), up to `retries` times, then answer 409.
 */
export async function executeCommand<A extends AggregateRoot, R>(
  repository: AggregateRepository<A>,
  aggregateId: string,
  meta: CommandMetadata,
  decide: (aggregate: A) => R,
  { retries = 25 }: ExecuteOptions = {},
): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    const aggregate = await repository.load(aggregateId);
    const result = decide(aggregate);
    try {
      await repository.save(aggregate, meta);
      return result;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      if (attempt >= retries) {
        throw new ConflictException(
          `${aggregate.aggregateType} ${aggregateId} was changed by another command at the same time; try again`,
        );
      }
      // Jittered backoff spreads a burst of contenders so most succeed on their next try.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 6)),
      );
    }
  }
}
