import { Injectable, Logger } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { AnswerReservationHandler } from '../commands/answer-reservation/answer-reservation.handler';

/** producers reserved capacity for an order (the event's aggregate is the producer) → confirm it. */
@Injectable()
export class CapacityReservedReaction implements Reaction<TypedEnvelope<'CapacityReserved'>> {
  readonly handles = ['CapacityReserved'] as const;
  private readonly logger = new Logger(CapacityReservedReaction.name);

  constructor(private readonly answers: AnswerReservationHandler) {}

  async handle(event: TypedEnvelope<'CapacityReserved'>): Promise<void> {
    const { orderId } = event.payload;
    const outcome = await this.answers.confirm(orderId, event.aggregateId, reactionMetadata(event));
    if (!outcome.changed) {
      this.logger.log(
        { orderId, eventId: event.eventId, status: outcome.status, note: outcome.note },
        'CapacityReserved changed nothing',
      );
    }
  }
}
