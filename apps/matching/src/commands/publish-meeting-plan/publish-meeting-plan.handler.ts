import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { MeetingPlanView } from '../../domain/meeting-plan.aggregate';
import { FairDirectory } from '../../infrastructure/fair-directory';
import { MatchingRepositories } from '../../infrastructure/repositories';

/** The officer approves the proposed plan; trade-fairs then requests each meeting (409 twice). */
@Injectable()
export class PublishMeetingPlanHandler {
  constructor(
    private readonly fairs: FairDirectory,
    private readonly repositories: MatchingRepositories,
  ) {}

  async execute(fairId: string, meta: CommandMetadata): Promise<MeetingPlanView> {
    if (!(await this.fairs.fair(fairId))) throw new NotFoundError(`fair ${fairId} not found`);
    return executeCommand(this.repositories.plans, fairId, meta, (plan) => {
      plan.publish();
      return plan.view()!;
    });
  }
}
