import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { EventEnvelope, SYSTEM_ACTOR } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import type { OrderStatus } from '@ocop/contracts/distributors/statuses';
import { PurchaseOrder, priceLines } from './purchase-order.aggregate';

const distributorId = randomUUID();
const producerId = randomUUID();
const tea = randomUUID();
const honey = randomUUID();

function placed(mouId?: string): PurchaseOrder {
  const order = new PurchaseOrder(randomUUID());
  order.place({
    distributorId,
    producerId,
    mouId,
    lines: [
      { productId: tea, quantity: 120, unitPriceVnd: 185_000 },
      { productId: honey, quantity: 40, unitPriceVnd: 320_000 },
    ],
  });
  order.markCommitted();
  return order;
}

/** An order brought to `status` through the commands that lead there. */
function orderIn(status: OrderStatus): PurchaseOrder {
  const order = placed();
  const steps: Record<OrderStatus, (o: PurchaseOrder) => void> = {
    placed: () => undefined,
    confirmed: (o) => o.confirmReservation(producerId),
    rejected: (o) => o.rejectReservation(producerId, 'not-enough-capacity', 'only 30 left'),
    shipped: (o) => {
      o.confirmReservation(producerId);
      o.ship();
    },
    delivered: (o) => {
      o.confirmReservation(producerId);
      o.ship();
      o.deliver();
    },
    cancelled: (o) => o.cancel('changed our mind'),
  };
  steps[status](order);
  order.markCommitted();
  return order;
}

const raised = (order: PurchaseOrder) => order.uncommitted().map((event) => event.type);

describe('pricing an order', () => {
  it('computes each line total and the order total in whole đồng', () => {
    expect(
      priceLines([
        { productId: tea, quantity: 120, unitPriceVnd: 185_000 },
        { productId: honey, quantity: 3, unitPriceVnd: 0 },
      ]),
    ).toEqual({
      lines: [
        { productId: tea, quantity: 120, unitPriceVnd: 185_000, lineTotalVnd: 22_200_000 },
        { productId: honey, quantity: 3, unitPriceVnd: 0, lineTotalVnd: 0 },
      ],
      totalVnd: 22_200_000,
    });
  });

  it('refuses a product on two lines, no lines, fractions and totals too large to count exactly', () => {
    const line = { productId: tea, quantity: 1, unitPriceVnd: 1 };
    expect(() => priceLines([line, { ...line, quantity: 2 }])).toThrow(
      new RuleViolationError(
        `product ${tea} is on more than one line (line 1); put its whole quantity on one line`,
      ),
    );
    expect(() => priceLines([])).toThrow(RuleViolationError);
    expect(() => priceLines([{ ...line, quantity: 1.5 }])).toThrow(/lines.0.quantity/);
    expect(() => priceLines([{ ...line, unitPriceVnd: -1 }])).toThrow(/lines.0.unitPriceVnd/);
    expect(() =>
      priceLines([{ productId: tea, quantity: 1_000_000_000, unitPriceVnd: 10_000_000_000 }]),
    ).toThrow(/too large/);
  });

  it('places the order with the computed totals, whatever the caller thought they were', () => {
    const order = placed(randomUUID());
    const view = order.view()!;
    expect(view).toMatchObject({
      status: 'placed',
      distributorId,
      producerId,
      totalVnd: 120 * 185_000 + 40 * 320_000,
      rejectionReason: null,
      version: 1,
    });
    expect(view.lines.map((l) => l.lineTotalVnd)).toEqual([22_200_000, 12_800_000]);
    expect(() =>
      order.place({
        distributorId,
        producerId,
        lines: [{ productId: tea, quantity: 1, unitPriceVnd: 1 }],
      }),
    ).toThrow(InvalidStateError);
  });
});

describe('the order state machine', () => {
  const commands: Record<string, (o: PurchaseOrder) => void> = {
    ship: (o) => o.ship('VNPOST-123'),
    deliver: (o) => o.deliver(),
    cancel: (o) => o.cancel('no longer needed'),
  };
  const allowed: Record<string, OrderStatus[]> = {
    ship: ['confirmed'],
    deliver: ['shipped'],
    cancel: ['placed', 'confirmed'],
  };
  const statuses: OrderStatus[] = [
    'placed',
    'confirmed',
    'rejected',
    'shipped',
    'delivered',
    'cancelled',
  ];

  for (const [command, run] of Object.entries(commands)) {
    for (const status of statuses) {
      const ok = allowed[command].includes(status);
      it(`${command} on a ${status} order ${ok ? 'is allowed' : 'answers a conflict naming the state'}`, () => {
        const order = orderIn(status);
        if (ok) {
          run(order);
          expect(order.uncommitted()).toHaveLength(1);
        } else {
          let error: unknown;
          try {
            run(order);
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(InvalidStateError);
          expect((error as InvalidStateError).state).toBe(status);
          expect((error as Error).message).toContain(`(current state: ${status})`);
          expect(order.uncommitted()).toHaveLength(0);
        }
      });
    }
  }

  it('records whether capacity had been reserved when an order is cancelled', () => {
    const unconfirmed = orderIn('placed');
    unconfirmed.cancel('  budget cut  ');
    expect(unconfirmed.uncommitted()[0]).toEqual({
      type: 'OrderCancelled',
      payload: { reason: 'budget cut', producerId, wasConfirmed: false },
    });
    const confirmed = orderIn('confirmed');
    confirmed.cancel('budget cut');
    expect(confirmed.uncommitted()[0].payload).toMatchObject({ wasConfirmed: true });
    expect(confirmed.view()).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'budget cut',
    });
  });

  it('delivers with both parties, the MOU and the lines, for MOU fulfilment', () => {
    const mouId = randomUUID();
    const order = placed(mouId);
    order.confirmReservation(producerId);
    order.ship(' GHN-42 ');
    order.deliver();
    const delivered = order.uncommitted()[2];
    expect(delivered.type).toBe('OrderDelivered');
    expect(delivered.payload).toMatchObject({
      distributorId,
      producerId,
      mouId,
      lines: order.view()!.lines,
    });
    expect(order.view()).toMatchObject({ status: 'delivered', trackingNumber: 'GHN-42' });
  });

  it('refuses commands on an order that was never placed', () => {
    expect(() => new PurchaseOrder(randomUUID()).ship()).toThrow(RuleViolationError);
  });
});

describe('the saga steps', () => {
  it('confirm a placed order once; a repeated CapacityReserved changes nothing', () => {
    const order = orderIn('placed');
    expect(order.confirmReservation(producerId)).toEqual({ changed: true, status: 'confirmed' });
    expect(order.confirmReservation(producerId)).toMatchObject({ changed: false });
    expect(raised(order)).toEqual(['OrderConfirmed']);
  });

  it('reject with the producer, its reason and detail', () => {
    const order = orderIn('placed');
    order.rejectReservation(producerId, 'no-valid-certificate', 'certificate expired');
    expect(order.uncommitted()[0]).toEqual({
      type: 'OrderRejected',
      payload: { producerId, reason: 'no-valid-certificate', detail: 'certificate expired' },
    });
    expect(order.view()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'no-valid-certificate',
      rejectionDetail: 'certificate expired',
    });
  });

  it.each<OrderStatus>(['confirmed', 'rejected', 'cancelled', 'shipped', 'delivered'])(
    'ignore any answer arriving once the order is %s',
    (status) => {
      const order = orderIn(status);
      expect(order.confirmReservation(producerId).changed).toBe(false);
      expect(order.rejectReservation(producerId, 'unknown-product', 'x').changed).toBe(false);
      expect(order.rejectForNoAnswer(1_000).changed).toBe(false);
      expect(order.uncommitted()).toHaveLength(0);
      expect(order.status).toBe(status);
    },
  );

  it('ignore an answer from another producer, and an answer for an unknown order', () => {
    const order = orderIn('placed');
    expect(order.confirmReservation(randomUUID())).toMatchObject({
      changed: false,
      status: 'placed',
    });
    expect(new PurchaseOrder(randomUUID()).confirmReservation(producerId)).toMatchObject({
      changed: false,
      status: undefined,
    });
    expect(order.uncommitted()).toHaveLength(0);
  });

  it('reject a still-placed order for no answer, naming the timeout', () => {
    const order = orderIn('placed');
    expect(order.rejectForNoAnswer(900_000)).toEqual({ changed: true, status: 'rejected' });
    expect(order.view()).toMatchObject({
      rejectionReason: 'no-answer',
      rejectionDetail: `producer ${producerId} did not answer the reservation within 900000 ms`,
    });
  });
});

describe('replay', () => {
  it('rebuilds the same order from its stored events', () => {
    const order = placed(randomUUID());
    order.confirmReservation(producerId);
    order.ship('VN-1');
    const events: EventEnvelope[] = [
      ...orderEventsFor(order.id, 1, [
        { type: 'OrderPlaced', payload: placedPayload(order) },
        ...order.uncommitted(),
      ]),
    ];
    const copy = new PurchaseOrder(order.id);
    copy.replay(events);
    expect(copy.view()).toEqual(order.view());
  });
});

function placedPayload(order: PurchaseOrder): object {
  const view = order.view()!;
  return {
    distributorId: view.distributorId,
    producerId: view.producerId,
    mouId: view.mouId,
    lines: view.lines,
    totalVnd: view.totalVnd,
  };
}

function orderEventsFor(
  id: string,
  from: number,
  events: readonly { type: string; payload: object }[],
): EventEnvelope[] {
  return events.map((event, i) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    aggregateType: 'purchase-order',
    aggregateId: id,
    aggregateVersion: from + i,
    occurredAt: new Date().toISOString(),
    correlationId: 'spec',
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload: event.payload as Record<string, unknown>,
  }));
}
