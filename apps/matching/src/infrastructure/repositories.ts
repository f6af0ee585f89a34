import { Injectable } from '@nestjs/common';
import { AggregateRepository, Repositories } from '@ocop/event-sourcing';
import { MeetingPlan } from '../domain/meeting-plan.aggregate';
import { SourcingMatches } from '../domain/sourcing-matches.aggregate';

/**
 * The service's own streams. A request's matches change a few times over its life and a fair's
 * plan a handful, so both are loaded by replay.
 */
@Injectable()
export class MatchingRepositories {
  readonly matches: AggregateRepository<SourcingMatches>;
  readonly plans: AggregateRepository<MeetingPlan>;

  constructor(repositories: Repositories) {
    this.matches = repositories.for((id) => new SourcingMatches(id));
    this.plans = repositories.for((id) => new MeetingPlan(id));
  }
}
