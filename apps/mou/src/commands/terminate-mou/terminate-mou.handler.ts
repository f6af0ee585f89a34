import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { onMou } from '../mou-command';
import { TerminateMouDto } from '@ocop/contracts';

/** Ends a drafted, proposed or active MOU with a reason; its jobs then find it ended. */
@Injectable()
export class TerminateMouHandler {
  constructor(private readonly repository: MouRepository) {}

  async execute(mouId: string, dto: TerminateMouDto, meta: CommandMetadata): Promise<MouView> {
    const { mou } = await onMou(this.repository, mouId, meta, (mou) => mou.terminate(dto.reason));
    return mou.view()!;
  }
}
