import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { EventEnvelope, OrderPlaced } from '@ocop/events';
import { COLLECTIONS, OrderDoc } from './collections';
import { change, create } from './writes';

const STATUS_OF: Record<string, OrderDoc['status']> = {
  OrderConfirmed: 'confirmed',
  OrderRejected: 'rejected',
  OrderShipped: 'shipped',
  OrderDelivered: 'delivered',
  OrderCancelled: 'cancelled',
};

/** Purchase orders with their status, from the distributors service. */
export const ordersProjection: Projection = {
  name: 'orders',
  handles: ['OrderPlaced', ...Object.keys(STATUS_OF)],
  collections: [COLLECTIONS.orders],
  project(event: EventEnvelope): ProjectionWrite[] {
    const at = event.occurredAt;
    if (event.type === 'OrderPlaced') {
      const p = event.payload as unknown as OrderPlaced;
      return create(COLLECTIONS.orders, event, event.aggregateId, {
        distributorId: p.distributorId,
        producerId: p.producerId,
        mouId: p.mouId ?? null,
        status: 'placed',
        totalVnd: p.totalVnd,
        lines: p.lines.map((l) => ({
          productId: l.productId,
          quantity: l.quantity,
          unitPriceVnd: l.unitPriceVnd,
          lineTotalVnd: l.lineTotalVnd,
        })),
        placedAt: at,
        updatedAt: at,
      });
    }
    const status = STATUS_OF[event.type];
    return status
      ? [change(COLLECTIONS.orders, event, { _id: event.aggregateId }, { status, updatedAt: at })]
      : [];
  },
};
