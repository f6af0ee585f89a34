import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { SourcingRequestView } from '../../domain/sourcing-request.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { SourcingDeadlineScheduler } from '../../jobs/sourcing-request-deadline.processor';

/** The buyer closes its request before the deadline; the deadline job then has nothing to do. */
@Injectable()
export class CloseSourcingRequestHandler {
  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly deadlines: SourcingDeadlineScheduler,
  ) {}

  async execute(id: string, meta: CommandMetadata): Promise<SourcingRequestView> {
    const view = await executeCommand(this.repositories.sourcingRequests, id, meta, (request) => {
      if (!request.isPublished) throw new NotFoundError(`sourcing request ${id} not found`);
      request.closeByBuyer();
      return request.view()!;
    });
    await this.deadlines.unschedule(id, view.deadline);
    return view;
  }
}
