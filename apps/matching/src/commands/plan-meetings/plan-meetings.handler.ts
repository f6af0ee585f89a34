import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, RuleViolationError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { slotStarts } from '../../domain/fair-slots';
import { MeetingPlanView } from '../../domain/meeting-plan.aggregate';
import { greedySchedule, optimalSchedule } from '../../domain/meeting-schedule';
import { candidatePairs, FairDistributor, FairProducer } from '../../domain/pair-scores';
import { isOrderable, place, RankedProduct } from '../../domain/ranking';
import { FairDirectory } from '../../infrastructure/fair-directory';
import { MatchingIndex } from '../../infrastructure/matching-index';
import { MatchingRepositories } from '../../infrastructure/repositories';
import { vietnamDay, vietnamMonth, PlanMeetingsDto } from '@ocop/contracts';

export const DEFAULT_MAX_MEETINGS_PER_PARTY = 8;

/**
 * Proposes a fair's B2B meeting plan: producers with a booking in force (with a valid certificate)
 * and registered distributors, paired by score, scheduled into the slots that have not started and
 * the fair's tables (see domain/meeting-schedule.ts). The officer reviews it and publishes it; until
 * then a new proposal replaces the last.
 */
@Injectable()
export class PlanMeetingsHandler {
  constructor(
    private readonly fairs: FairDirectory,
    private readonly index: MatchingIndex,
    private readonly repositories: MatchingRepositories,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    dto: PlanMeetingsDto,
    meta: CommandMetadata,
  ): Promise<MeetingPlanView> {
    const fair = await this.fairs.fair(fairId);
    if (!fair) throw new NotFoundError(`fair ${fairId} not found`);
    if (!fair.meetingSlots) throw new RuleViolationError(`fair ${fairId} has no meeting slots`);
    const now = this.clock.now();
    const slots = slotStarts(fair.startsAt, fair.endsAt, fair.meetingSlots)
      .filter((slot) => slot.startsAt > now.getTime())
      .map((slot) => slot.slot);
    if (slots.length === 0) {
      throw new RuleViolationError(`every meeting slot of fair ${fairId} has started`);
    }
    const today = vietnamDay(now);
    const month = vietnamMonth(now);

    const producers: FairProducer[] = [];
    for (const [producerId, bookedIds] of await this.fairs.bookedProducers(fairId)) {
      const valid = this.index.supply.productsOf(producerId).filter((p) => isOrderable(p, today));
      // Talk about what is on the booth when that is certified; else anything certified.
      const booked = valid.filter((product: RankedProduct) =>
        bookedIds.includes(product.productId),
      );
      const products = booked.length > 0 ? booked : valid;
      if (products.length > 0) producers.push({ producerId, products });
    }
    const distributors: FairDistributor[] = (await this.fairs.attendingDistributors(fairId)).map(
      (distributor) => ({
        distributorId: distributor._id,
        provincesServed: distributor.provincesServed.map((province) => place(province)),
        openDemands: this.index.openRequestsOf(distributor._id).map((request) => request.demand),
      }),
    );

    const input = {
      pairs: candidatePairs(producers, distributors, today, month),
      slots,
      tables: fair.meetingSlots.tables,
      maxMeetingsPerParty: dto.maxMeetingsPerParty ?? DEFAULT_MAX_MEETINGS_PER_PARTY,
    };
    const optimal = optimalSchedule(input);
    const greedy = greedySchedule(input);
    return executeCommand(this.repositories.plans, fairId, meta, (plan) => {
      plan.propose({
        maxMeetingsPerParty: input.maxMeetingsPerParty,
        meetings: optimal.meetings,
        totalScore: optimal.totalScore,
        greedyScore: greedy.totalScore,
      });
      return plan.view()!;
    });
  }
}
