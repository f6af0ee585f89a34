import { Injectable, Logger } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { AnswerReservationHandler } from '../commands/answer-reservation/answer-reservation.handler';

/** producers could not reserve capacity for an order → reject it with producers' reason and detail. */
@Injectable()
export class CapacityReservationRejectedReaction implements Reaction<
  TypedEnvelope<'CapacityReservationRejected'>
> {
  readonly handles = ['CapacityReservationRejected'] as const;
  private readonly logger = new Logger(CapacityReservationRejectedReaction.name);

  constructor(private readonly answers: AnswerReservationHandler) {}

  async handle(event: TypedEnvelope<'CapacityReservationRejected'>): Promise<void> {
    const { orderId, reason, detail } = event.payload;
    const outcome = await this.answers.reject(
      orderId,
      event.aggregateId,
      reason,
      detail,
      reactionMetadata(event),
    );
    if (!outcome.changed) {
      this.logger.log(
        { orderId, eventId: event.eventId, status: outcome.status, note: outcome.note },
        'CapacityReservationRejected changed nothing',
      );
    }
  }
}
