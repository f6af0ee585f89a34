import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { onMou } from '../mou-command';
import { MeetObligationDto } from '@ocop/contracts';

/** A party declares an action obligation of the version in force met (delivery ones meet themselves). */
@Injectable()
export class MeetObligationHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    mouId: string,
    obligationId: string,
    dto: MeetObligationDto,
    meta: CommandMetadata,
  ): Promise<MouView> {
    const { mou } = await onMou(this.repository, mouId, meta, (mou) =>
      mou.meetObligation(obligationId, dto.note, this.clock.now()),
    );
    return mou.view()!;
  }
}
