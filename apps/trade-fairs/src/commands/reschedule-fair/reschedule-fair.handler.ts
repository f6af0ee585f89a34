import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { FairView } from '../../domain/fair.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { FairLifecycleScheduler } from '../../jobs/fair-lifecycle.processor';
import { loadFair } from '../lookups';
import { RescheduleFairDto } from '@ocop/contracts';

/**
 * Moves a fair's times and its jobs with them: jobs for the new times are added before the change
 * is stored (a job for a time that did not get stored finds it moved and does nothing due), the
 * jobs of the old times are removed after.
 */
@Injectable()
export class RescheduleFairHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly lifecycle: FairLifecycleScheduler,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(fairId: string, dto: RescheduleFairDto, meta: CommandMetadata): Promise<FairView> {
    const now = this.clock.now();
    // A trial on the current state: which times move (and are they allowed to).
    const trial = await loadFair(this.repositories, fairId);
    const planned = trial.reschedule(dto, now);
    if (planned.changed.length > 0) {
      await this.lifecycle.schedule(fairId, trial.schedule!, meta.correlationId, planned.changed);
    }
    const { result, view } = await executeCommand(this.repositories.fairs, fairId, meta, (fair) => {
      if (!fair.isScheduled) throw new NotFoundError(`fair ${fairId} not found`);
      return { result: fair.reschedule(dto, now), view: fair.view()! };
    });
    if (result.changed.length > 0) {
      // The same jobs again (nothing is added twice), in case a concurrent change moved others.
      await this.lifecycle.schedule(fairId, view, meta.correlationId, result.changed);
      await this.lifecycle.unschedule(fairId, result.previous, result.changed);
      await this.views.fairs.put(fairId, view);
    }
    return view;
  }
}
