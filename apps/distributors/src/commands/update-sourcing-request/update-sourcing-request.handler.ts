import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { SourcingRequestView } from '../../domain/sourcing-request.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { SourcingDeadlineScheduler } from '../../jobs/sourcing-request-deadline.processor';
import { UpdateSourcingRequestDto } from '@ocop/contracts';

@Injectable()
export class UpdateSourcingRequestHandler {
  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly deadlines: SourcingDeadlineScheduler,
  ) {}

  async execute(
    id: string,
    dto: UpdateSourcingRequestDto,
    meta: CommandMetadata,
  ): Promise<SourcingRequestView> {
    const now = new Date();
    const newDeadline = dto.deadline ? new Date(dto.deadline) : undefined;
    if (newDeadline && newDeadline > now) {
      // Schedule the close at the new deadline before the change is stored (see publish); a job
      // for a deadline that did not get stored finds the request not due and does nothing.
      const current = await this.repositories.sourcingRequests.load(id);
      if (current.status === 'open' && current.deadline !== newDeadline.toISOString()) {
        await this.deadlines.schedule(id, newDeadline.toISOString(), meta.correlationId);
      }
    }
    const { result, view } = await executeCommand(
      this.repositories.sourcingRequests,
      id,
      meta,
      (request) => {
        if (!request.isPublished) throw new NotFoundError(`sourcing request ${id} not found`);
        return { result: request.update(dto, now), view: request.view()! };
      },
    );
    if (result.changed.includes('deadline')) {
      await this.deadlines.unschedule(id, result.previousDeadline);
    }
    return view;
  }
}
