import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { MOU_VIEW_EVENTS, MouView } from '../infrastructure/mou-view';

/**
 * The mou service's events → the local view of MOUs' parties and status, which decides whether an
 * order may name an MOU. Redeliveries are skipped by event id; the view's writes are guarded by the
 * MOU stream's version besides, so a replay from the start of the topic changes nothing.
 */
@Injectable()
export class MouLifecycleReaction implements Reaction {
  readonly handles = MOU_VIEW_EVENTS;

  constructor(private readonly mous: MouView) {}

  async handle(event: EventEnvelope): Promise<void> {
    await this.mous.apply(event);
  }
}
