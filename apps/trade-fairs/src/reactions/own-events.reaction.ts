import { Injectable } from '@nestjs/common';
import { Reaction } from '@ocop/event-sourcing';
import { EventEnvelope, FAIR_EVENTS } from '@ocop/events';
import { BoothInventory } from '../infrastructure/booth-inventory';
import { MeetingClaims } from '../infrastructure/meeting-claims';
import { ReadViews } from '../infrastructure/read-views';

/**
 * The service's own events, back from Kafka: the guaranteed second pass of what each command does
 * right after its append. A rejected or cancelled booking's booth and a cancelled meeting's slot
 * claims are given back (idempotently), and the aggregate's list view is rewritten from its
 * stream. Because every stored event reaches Kafka (outbox) and this consumer (at least once), a
 * crash between an append and its follow-up never leaves a booth held or a view behind for good.
 */
@Injectable()
export class OwnEventsReaction implements Reaction {
  readonly handles = FAIR_EVENTS.map((definition) => definition.type);

  constructor(
    private readonly inventory: BoothInventory,
    private readonly meetingClaims: MeetingClaims,
    private readonly views: ReadViews,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    if (event.type === 'BoothBookingRejected' || event.type === 'BoothBookingCancelled') {
      await this.inventory.release(event.aggregateId);
    }
    if (event.type === 'MeetingCancelled') await this.meetingClaims.release(event.aggregateId);
    await this.views.refresh(event.aggregateType, event.aggregateId);
  }
}
