import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { Mou, MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { MouSchedules } from '../../jobs/mou-schedules';
import { DraftMouDto } from './draft-mou.dto';

@Injectable()
export class DraftMouHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly schedules: MouSchedules,
    private readonly clock: Clock,
  ) {}

  async execute(dto: DraftMouDto, meta: CommandMetadata): Promise<MouView> {
    const { distributorId, producerIds, fairId, title, ...terms } = dto;
    const mouId = newAggregateId(meta, 'Mou');
    const drafted = await this.repository.mous.afterCommand(mouId, meta);
    if (drafted) return drafted.view()!;
    const mou = new Mou(mouId);
    mou.draft({ distributorId, producerIds, fairId, title, terms }, this.clock.now(), meta.actor);
    // Jobs first: if the append then fails, they find no MOU and do nothing.
    await this.schedules.forVersion(mou.id, 1, mou.terms(1)!, meta.correlationId);
    await this.repository.mous.save(mou, meta);
    return mou.view()!;
  }
}
