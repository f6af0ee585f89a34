import { Injectable } from '@nestjs/common';
import { executeCommand, Reaction } from '@ocop/event-sourcing';
import { SYSTEM_ACTOR, TypedEnvelope } from '@ocop/events';
import { ProducerRepository } from '../producer.repository';
import { vietnamDay } from '@ocop/contracts';

/**
 * The producers' side of the order saga: an order placed reserves capacity (or is refused with the
 * reason); an order cancelled or rejected gives back what it held. The producer remembers which
 * orders it answered, so a redelivered event reserves nothing twice.
 */
@Injectable()
export class OrderReactions implements Reaction<
  TypedEnvelope<'OrderPlaced' | 'OrderCancelled' | 'OrderRejected'>
> {
  readonly handles = ['OrderPlaced', 'OrderCancelled', 'OrderRejected'] as const;

  constructor(private readonly producers: ProducerRepository) {}

  async handle(
    event: TypedEnvelope<'OrderPlaced' | 'OrderCancelled' | 'OrderRejected'>,
  ): Promise<void> {
    const meta = {
      correlationId: event.correlationId,
      causationId: event.eventId,
      actor: SYSTEM_ACTOR,
    };
    const orderId = event.aggregateId;
    if (event.type === 'OrderPlaced') {
      const order = event.payload;
      // The Việt Nam day the order was placed: its month is the capacity month it draws on.
      const day = vietnamDay(new Date(event.occurredAt));
      await executeCommand(this.producers.repository, order.producerId, meta, (producer) =>
        producer.reserveCapacity(
          orderId,
          order.lines.map(({ productId, quantity }) => ({ productId, quantity })),
          day,
        ),
      );
      return;
    }
    await executeCommand(this.producers.repository, event.payload.producerId, meta, (producer) =>
      producer.releaseCapacity(orderId),
    );
  }
}
