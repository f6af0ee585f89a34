import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata, MatchWithdrawalReason } from '@ocop/events';
import { IndexedRequest, MatchingIndex, TOP_MATCHES } from '../../infrastructure/matching-index';
import { MatchingRepositories } from '../../infrastructure/repositories';
import { ProducerNotifier } from '../../jobs/producer-notification.processor';
import { vietnamDay, vietnamMonth } from '@ocop/contracts';

/**
 * Keeps each sourcing request's proposed matches current: ranks a request when it is published or
 * changed, re-ranks the open requests a newly certified or re-rated product could enter, and
 * withdraws a product's matches when its certificate ends or its producer is deactivated. Every
 * step is safe to repeat: the aggregate raises nothing when the list is unchanged.
 */
@Injectable()
export class MatchProposer {
  private readonly logger = new Logger(MatchProposer.name);

  constructor(
    private readonly index: MatchingIndex,
    private readonly repositories: MatchingRepositories,
    private readonly notifier: ProducerNotifier,
    private readonly clock: Clock,
  ) {}

  /**
   * Ranks an open request against the whole index and proposes its top matches. `firstRanking`:
   * the request has just been published, so its matches most likely have no stream yet.
   */
  async rankRequest(requestId: string, meta: CommandMetadata, firstRanking = false): Promise<void> {
    const request = this.index.request(requestId);
    if (!request || request.status !== 'open') return;
    const now = this.clock.now();
    const matches = this.index.supply.rank(
      request.demand,
      TOP_MATCHES,
      vietnamDay(now),
      vietnamMonth(now),
    );
    let added: string[];
    try {
      added = await executeCommand(
        this.repositories.matches,
        requestId,
        meta,
        (aggregate) => aggregate.propose(request.distributorId, matches),
        { likelyNew: firstRanking },
      );
    } catch (error) {
      // rememberMatches below is what stores a new request: without it, a request whose
      // proposal keeps failing would be gone from the index after a restart.
      await this.index.storeRequest(requestId).catch(() => undefined);
      throw error;
    }
    await this.index.rememberMatches(requestId, matches);
    const addedIds = new Set(added);
    await this.notifier.matched({
      requestId,
      distributorId: request.distributorId,
      correlationId: meta.correlationId,
      matched: matches
        .filter((match) => addedIds.has(match.productId))
        .map(({ producerId, productId, productName, score }) => ({
          producerId,
          productId,
          productName,
          score,
        })),
    });
  }

  /**
   * A product was certified or re-rated: re-ranks the open requests it could enter (it scores
   * above their lowest match, or they are not full) and those holding it (its score moved).
   */
  async productChanged(productId: string, meta: CommandMetadata): Promise<void> {
    const product = this.index.supply.product(productId);
    if (!product) return;
    const now = this.clock.now();
    const today = vietnamDay(now);
    const month = vietnamMonth(now);
    const affected = this.index.openRequests().filter((request: IndexedRequest) => {
      if (request.matched.has(productId)) return true;
      const proposal = this.index.supply.proposal(product, request.demand, today, month);
      return proposal !== undefined && proposal.score > request.lowestScore;
    });
    for (const request of affected) await this.rankRequest(request.requestId, meta);
  }

  /** Withdraws the product's match from every request holding it. */
  async withdrawProduct(
    productId: string,
    reason: MatchWithdrawalReason,
    meta: CommandMetadata,
  ): Promise<void> {
    for (const request of this.index.requestsHolding(productId)) {
      const remaining = await executeCommand(
        this.repositories.matches,
        request.requestId,
        meta,
        (aggregate) => {
          aggregate.withdraw(productId, reason);
          return [...aggregate.matches];
        },
      );
      await this.index.rememberMatches(request.requestId, remaining);
      this.logger.log({ requestId: request.requestId, productId, reason }, 'match withdrawn');
    }
  }
}
