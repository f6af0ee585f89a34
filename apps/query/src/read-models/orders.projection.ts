import { Projection, ProjectionWrite } from '@ocop/event-sourcing';
import { PurchaseOrderEvents, TypedEnvelope } from '@ocop/events';
import { COLLECTIONS, OrderDoc } from './collections';
import { change, create } from './writes';

type OrderEvent = TypedEnvelope<keyof PurchaseOrderEvents>;

const STATUS_OF: Record<Exclude<OrderEvent['type'], 'OrderPlaced'>, OrderDoc['status']> = {
  OrderConfirmed: 'confirmed',
  OrderRejected: 'rejected',
  OrderShipped: 'shipped',
  OrderDelivered: 'delivered',
  OrderCancelled: 'cancelled',
};

/** Purchase orders with their status, from the distributors service. */
export const ordersProjection: Projection<OrderEvent> = {
  name: 'orders',
  handles: [
    'OrderPlaced',
    'OrderConfirmed',
    'OrderRejected',
    'OrderShipped',
    'OrderDelivered',
    'OrderCancelled',
  ],
  collections: [COLLECTIONS.orders],
  project(event): ProjectionWrite[] {
    const at = event.occurredAt;
    if (event.type === 'OrderPlaced') {
      const p = event.payload;
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
    return [
      change(COLLECTIONS.orders, event, { _id: event.aggregateId }, { status, updatedAt: at }),
    ];
  },
};
