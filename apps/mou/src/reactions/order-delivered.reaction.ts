import { Injectable, Logger } from '@nestjs/common';
import { Reaction, reactionMetadata } from '@ocop/event-sourcing';
import { TypedEnvelope } from '@ocop/events';
import { RecordFulfilmentHandler } from '../commands/record-fulfilment/record-fulfilment.handler';

/**
 * distributors delivered an order (the event's aggregate is the order) → if it names an MOU, count
 * its volume towards the MOU's targets. Once per order: a redelivered event is skipped by event id,
 * and the MOU remembers the orders it counted, so the same order under another event id counts
 * once too. A delivery that does not count (see Mou.recordDelivery: e.g. an order of another
 * distributor, or to a producer not party to the MOU) is logged with its reason, not stored.
 */
@Injectable()
export class OrderDeliveredReaction implements Reaction<TypedEnvelope<'OrderDelivered'>> {
  readonly handles = ['OrderDelivered'] as const;
  private readonly logger = new Logger(OrderDeliveredReaction.name);

  constructor(private readonly recording: RecordFulfilmentHandler) {}

  async handle(event: TypedEnvelope<'OrderDelivered'>): Promise<void> {
    const { mouId, distributorId, producerId, lines } = event.payload;
    if (!mouId) return;
    const orderId = event.aggregateId;
    const outcome = await this.recording.execute(
      mouId,
      {
        orderId,
        ...(distributorId ? { distributorId } : {}),
        producerId,
        deliveredAt: event.occurredAt,
        lines: lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
      },
      reactionMetadata(event),
    );
    if (outcome.counted) {
      this.logger.log(
        { mouId, orderId, lines: outcome.lines, fulfilled: outcome.fulfilled },
        'delivered order counted towards the MOU',
      );
    } else {
      this.logger.log(
        { mouId, orderId, eventId: event.eventId, reason: outcome.reason, detail: outcome.detail },
        'delivered order not counted towards the MOU',
      );
    }
  }
}
