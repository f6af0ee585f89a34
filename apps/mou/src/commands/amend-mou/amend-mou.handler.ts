import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { MouSchedules } from '../../jobs/mou-schedules';
import { onMou } from '../mou-command';
import { AmendMouDto } from '@ocop/contracts';

/**
 * A new version of the terms, open for every signature again; the version in force keeps
 * counting until then. Its end date and obligations get their jobs now (a version not yet in force
 * makes them do nothing; activation schedules them again).
 */
@Injectable()
export class AmendMouHandler {
  constructor(
    private readonly repository: MouRepository,
    private readonly schedules: MouSchedules,
    private readonly clock: Clock,
  ) {}

  async execute(mouId: string, dto: AmendMouDto, meta: CommandMetadata): Promise<MouView> {
    const { reason, ...changes } = dto;
    const { result: version, mou } = await onMou(this.repository, mouId, meta, (mou) =>
      mou.amend(changes, reason, this.clock.now()),
    );
    await this.schedules.forVersion(mouId, version, mou.terms(version)!, meta.correlationId);
    return mou.view()!;
  }
}
