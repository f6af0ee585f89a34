import { Injectable } from '@nestjs/common';
import { Clock, readCaughtUp, RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { refusalOfFairLink } from '../../domain/fair-link';
import { Mou, MouView } from '../../domain/mou.aggregate';
import { FairParticipants } from '../../infrastructure/fair-participants';
import { MouRepository } from '../../infrastructure/mou.repository';
import { MouSchedules } from '../../jobs/mou-schedules';
import { DraftMouDto } from '@ocop/contracts';

@Injectable()
export class DraftMouHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly schedules: MouSchedules,
    private readonly clock: Clock,
    private readonly fairs: FairParticipants,
  ) {}

  async execute(dto: DraftMouDto, meta: CommandMetadata): Promise<MouView> {
    const { distributorId, producerIds, fairId, title, ...terms } = dto;
    const mouId = newAggregateId(meta, 'Mou');
    const drafted = await this.repository.mous.afterCommand(mouId, meta);
    if (drafted) return drafted.view()!;
    const mou = new Mou(mouId);
    mou.draft({ distributorId, producerIds, fairId, title, terms }, this.clock.now(), meta.actor);
    if (fairId) await this.requireTookPart(fairId, { distributorId, producerIds });
    // Jobs first: if the append then fails, they find no MOU and do nothing.
    await this.schedules.forVersion(mou.id, 1, mou.terms(1)!, meta.correlationId);
    await this.repository.mous.save(mou, meta);
    return mou.view()!;
  }

  /**
   * The fair named must be one its parties took part in (domain/fair-link.ts), as the local view
   * of trade-fairs' events knows it. A registration or booking made a moment ago may not have
   * reached the view yet, so a refusal is read again for a moment before it is answered (422).
   */
  private async requireTookPart(
    fairId: string,
    mou: { distributorId: string; producerIds: string[] },
  ): Promise<void> {
    const refusal = await readCaughtUp(
      async () =>
        refusalOfFairLink(
          fairId,
          mou,
          await this.fairs.among(fairId, [mou.distributorId, ...mou.producerIds]),
        ),
      (refused) => refused !== undefined,
    );
    if (refusal) throw new RuleViolationError(refusal);
  }
}
