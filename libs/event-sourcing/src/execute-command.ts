import { ConflictException } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { AggregateRepository } from './aggregate-repository';
import { AnyAggregateRoot } from './aggregate-root';
import { ConcurrencyError } from './concurrency.error';

export interface ExecuteOptions {
  /** Attempts after the first when another command wins the race. */
  retries?: number;
  /**
   * The aggregate most likely has no events yet (say, the first event of its source caused this
   * command): unless it is cached, the first decision is taken on an empty aggregate without
   * reading the store, and stands or is taken again as a decision on a cached state.
   */
  likelyNew?: boolean;
}

/**
 * Load, decide, append; when another command appended first, reload and decide again (the rules
 * are re-checked against the new state), up to `retries` times, then answer 409.
 *
 * The first decision is taken on the repository's cached state when it has one (no read of the
 * store). Its append still checks the version, so a stale state cannot win; but a stale state
 * could wrongly refuse a command, or find nothing to change, so those outcomes, and a refused
 * append, are decided again on a state read from the store. That second look is not a retry.
 *
 * A keyed command (meta.commandId) runs at most once: before each decision, after the state it is
 * taken on was read, the command log is asked whether the command made a commit already. If it
 * did (a client's retry after a lost answer), nothing is appended, and the answer is the one it
 * had: the decision taken again on the state just before that commit. Read-decide-append in that
 * order, a second run that races the first loses its append and then finds the first's commit.
 */
export async function executeCommand<A extends AnyAggregateRoot, R>(
  repository: AggregateRepository<A>,
  aggregateId: string,
  meta: CommandMetadata,
  decide: (aggregate: A) => R,
  { retries = 25, likelyNew = false }: ExecuteOptions = {},
): Promise<R> {
  const first = await repository.loadForCommand(aggregateId, likelyNew);
  if (!first.verified) {
    const earlier = await earlierResult(repository, aggregateId, meta, decide);
    if (earlier) return earlier.result;
    const settled = await decideOnCachedState(repository, first.aggregate, meta, decide);
    if (settled) return settled.result;
  }
  for (let attempt = 0; ; attempt++) {
    const aggregate =
      attempt === 0 && first.verified ? first.aggregate : await repository.load(aggregateId);
    const earlier = await earlierResult(repository, aggregateId, meta, decide);
    if (earlier) return earlier.result;
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

/** A keyed command's result when it ran already: decided again on the state before it, unsaved. */
async function earlierResult<A extends AnyAggregateRoot, R>(
  repository: AggregateRepository<A>,
  aggregateId: string,
  meta: CommandMetadata,
  decide: (aggregate: A) => R,
): Promise<{ result: R } | undefined> {
  const commit = await repository.appliedCommit(aggregateId, meta);
  if (!commit) return undefined;
  return { result: decide(await repository.loadAt(aggregateId, commit.aggregateVersion - 1)) };
}

/** The decision on a cached state, if it stands: it raised events and the store took them. */
async function decideOnCachedState<A extends AnyAggregateRoot, R>(
  repository: AggregateRepository<A>,
  aggregate: A,
  meta: CommandMetadata,
  decide: (aggregate: A) => R,
): Promise<{ result: R } | undefined> {
  let result: R;
  try {
    result = decide(aggregate);
  } catch {
    return undefined; // perhaps refused only because the cached state is behind
  }
  if (aggregate.uncommitted().length === 0) return undefined;
  try {
    await repository.save(aggregate, meta);
  } catch (error) {
    if (error instanceof ConcurrencyError) return undefined;
    throw error;
  }
  return { result };
}
