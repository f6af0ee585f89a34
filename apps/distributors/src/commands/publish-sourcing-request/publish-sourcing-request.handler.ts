import { Injectable } from '@nestjs/common';
import { RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { SourcingRequest, SourcingRequestView } from '../../domain/sourcing-request.aggregate';
import { DistributorRepositories } from '../../infrastructure/repositories';
import { SourcingDeadlineScheduler } from '../../jobs/sourcing-request-deadline.processor';
import { PublishSourcingRequestDto } from '@ocop/contracts';

@Injectable()
export class PublishSourcingRequestHandler {
  constructor(
    private readonly repositories: DistributorRepositories,
    private readonly deadlines: SourcingDeadlineScheduler,
  ) {}

  async execute(
    dto: PublishSourcingRequestDto,
    meta: CommandMetadata,
  ): Promise<SourcingRequestView> {
    const registered = await this.repositories.distributors.hasBecome(
      dto.distributorId,
      (distributor) => distributor.isRegistered,
    );
    if (!registered) {
      throw new RuleViolationError(
        `distributor ${dto.distributorId} is not registered: only a registered distributor may publish a sourcing request`,
      );
    }
    const requestId = newAggregateId(meta, 'SourcingRequest');
    const published = await this.repositories.sourcingRequests.afterCommand(requestId, meta);
    if (published) return published.view()!;
    const request = new SourcingRequest(requestId);
    request.publish(dto, new Date());
    // The close is scheduled first: if the append then fails, the job finds no request and does
    // nothing; the other way round a stored request could be left without its close.
    await this.deadlines.schedule(request.id, request.deadline!, meta.correlationId);
    await this.repositories.sourcingRequests.save(request, meta);
    return request.view()!;
  }
}
