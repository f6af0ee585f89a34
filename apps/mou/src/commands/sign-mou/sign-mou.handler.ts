import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { MouSchedules } from '../../jobs/mou-schedules';
import { onMou } from '../mou-command';
import { SignMouDto } from '@ocop/contracts';

/**
 * One party signs the version awaiting signatures; the last signature brings it into force. Its
 * jobs are then (re)scheduled: they exist already from the draft or amendment, unless that
 * scheduling was lost, and an obligation whose day passed before activation is reported at once.
 */
@Injectable()
export class SignMouHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly schedules: MouSchedules,
    private readonly clock: Clock,
  ) {}

  async execute(mouId: string, dto: SignMouDto, meta: CommandMetadata): Promise<MouView> {
    const { result, mou } = await onMou(this.repository, mouId, meta, (mou) =>
      mou.sign(dto, meta.actor, this.clock.now()),
    );
    if (result.activated && !result.fulfilled) {
      await this.schedules.forVersion(
        mouId,
        result.version,
        mou.terms(result.version)!,
        meta.correlationId,
      );
    }
    return mou.view()!;
  }
}
