import { Injectable } from '@nestjs/common';
import { InvalidStateError, RuleViolationError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { attendeeId, FairAttendeeView } from '../../domain/fair-attendee.aggregate';
import { EligibilityView } from '../../infrastructure/eligibility-view';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair } from '../lookups';
import { RegisterAttendeeDto } from '@ocop/contracts';

/** A distributor registers to attend a fair (and so to meet its producers); once per fair. */
@Injectable()
export class RegisterAttendeeHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly eligibility: EligibilityView,
    private readonly views: ReadViews,
  ) {}

  async execute(
    fairId: string,
    dto: RegisterAttendeeDto,
    meta: CommandMetadata,
  ): Promise<FairAttendeeView> {
    const fair = await loadFair(this.repositories, fairId);
    if (fair.status === 'closed') {
      throw new InvalidStateError(`fair ${fairId} is closed`, 'closed');
    }
    if (!(await this.eligibility.distributor(dto.distributorId))) {
      throw new RuleViolationError(
        `distributor ${dto.distributorId} is not known here (no DistributorRegistered): only a registered distributor may attend`,
      );
    }
    const id = attendeeId(fairId, dto.distributorId);
    const view = await executeCommand(this.repositories.attendees, id, meta, (attendee) => {
      attendee.register(fairId, dto.distributorId);
      return attendee.view()!;
    });
    await this.views.attendees.put(id, view);
    return view;
  }
}
