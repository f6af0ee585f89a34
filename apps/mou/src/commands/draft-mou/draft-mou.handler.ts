import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import { Mou, MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { MouSchedules } from '../../jobs/mou-schedules';
import { DraftMouDto } from '@ocop/contracts';

@Injectable()
export class DraftMouHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly schedules: MouSchedules,
    private readonly clock: Clock,
  ) {}

  async execute(dto: DraftMouDto, meta: CommandMetadata): Promise<MouView> {
    const { distributorId, producerIds, fairId, title, ...terms } = dto;
    const mou = new Mou(randomUUID());
    mou.draft({ distributorId, producerIds, fairId, title, terms }, this.clock.now(), meta.actor);
    // Jobs first: if the append then fails, they find no MOU and do nothing.
    await this.schedules.forVersion(mou.id, 1, mou.terms(1)!, meta.correlationId);
    await this.repository.mous.save(mou, meta);
    return mou.view()!;
  }
}
