import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { Clock, NotFoundError } from '@ocop/common';
import { ProposedMatch } from '@ocop/events';
import { isOrderable } from '../domain/ranking';
import { MatchingIndex } from '../infrastructure/matching-index';
import { MatchingRepositories } from '../infrastructure/repositories';
import { vietnamDay } from '@ocop/contracts';

export interface RequestMatchesView {
  requestId: string;
  distributorId: string;
  matches: ProposedMatch[];
}

const uuid = new ParseUUIDPipe();

@Controller('sourcing-requests')
export class MatchesController {
  constructor(
    private readonly repositories: MatchingRepositories,
    private readonly index: MatchingIndex,
    private readonly clock: Clock,
  ) {}

  /** The request's current matches, best first, each with its factors; 404 for an unknown request. */
  @Get(':requestId/matches')
  async matches(@Param('requestId', uuid) requestId: string): Promise<RequestMatchesView> {
    const aggregate = await this.repositories.matches.load(requestId);
    if (aggregate.exists && aggregate.distributorId) {
      // A certificate past its expiry day is not shown even before its CertificationExpired
      // arrives and withdraws the match.
      const today = vietnamDay(this.clock.now());
      const matches = aggregate.matches.filter((match) => {
        const product = this.index.supply.product(match.productId);
        return product !== undefined && isOrderable(product, today);
      });
      return { requestId, distributorId: aggregate.distributorId, matches };
    }
    // Known but not ranked yet (the proposal is on its way): no matches so far.
    const request = this.index.request(requestId);
    if (!request) throw new NotFoundError(`sourcing request ${requestId} not found`);
    return { requestId, distributorId: request.distributorId, matches: [] };
  }
}
