import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { MouView } from '../../domain/mou.aggregate';
import { MouRepository } from '../../infrastructure/mou.repository';
import { onMou } from '../mou-command';

/** Puts the draft to the parties for signature. */
@Injectable()
export class ProposeMouHandler {
  constructor(private readonly repository: MouRepository) {}

  async execute(mouId: string, meta: CommandMetadata): Promise<MouView> {
    const { mou } = await onMou(this.repository, mouId, meta, (mou) => mou.propose());
    return mou.view()!;
  }
}
