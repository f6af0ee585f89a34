import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata, FairStatus } from '@ocop/events';
import { FairView } from '../../domain/fair.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';

/**
 * The officer moves a fair on before its time: opens or closes booking, starts or closes the
 * fair. The step's job later finds it taken and does nothing.
 */
@Injectable()
export class AdvanceFairHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    target: Exclude<FairStatus, 'scheduled'>,
    meta: CommandMetadata,
  ): Promise<FairView> {
    const view = await executeCommand(this.repositories.fairs, fairId, meta, (fair) => {
      if (!fair.isScheduled) throw new NotFoundError(`fair ${fairId} not found`);
      fair.advanceByOfficer(target, this.clock.now());
      return fair.view()!;
    });
    await this.views.fairs.put(fairId, view);
    return view;
  }
}
