import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { Fair, FairView } from '../../domain/fair.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { FairLifecycleScheduler } from '../../jobs/fair-lifecycle.processor';
import { ScheduleFairDto } from '@ocop/contracts';

/** The officer schedules a fair; its four lifecycle steps become BullMQ delayed jobs. */
@Injectable()
export class ScheduleFairHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly lifecycle: FairLifecycleScheduler,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(dto: ScheduleFairDto, meta: CommandMetadata): Promise<FairView> {
    const fairId = newAggregateId(meta, 'Fair');
    const scheduled = await this.repositories.fairs.afterCommand(fairId, meta);
    if (scheduled) return scheduled.view()!;
    const fair = new Fair(fairId);
    fair.scheduleFair(dto, this.clock.now());
    // Jobs first: if the append then fails, they find no fair and do nothing; the other way round
    // a stored fair could be left without its lifecycle.
    await this.lifecycle.schedule(fair.id, fair.schedule!, meta.correlationId);
    await this.repositories.fairs.save(fair, meta);
    const view = fair.view()!;
    await this.views.fairs.put(fair.id, view);
    return view;
  }
}
