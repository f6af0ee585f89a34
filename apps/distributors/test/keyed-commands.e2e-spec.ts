import { randomUUID } from 'node:crypto';
import { DistributorsApp, registration, startDistributors } from './distributors-app';

/**
 * x-idempotency-key at the service (the gateway sends it, scoped to its caller): a command sent
 * again, when the gateway could not replay its answer, runs once and is answered as the first time.
 */
describe('distributors service: keyed commands run once', () => {
  let service: DistributorsApp;

  beforeAll(async () => {
    service = await startDistributors({ ORDER_CONFIRMATION_TIMEOUT_MS: '600000' });
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const keyed = (method: 'post', path: string, key: string) =>
    service.http()[method](path).set('x-idempotency-key', key).set('x-actor-id', 'buyer-1');

  it('registers one distributor for a registration sent twice with one key', async () => {
    const key = randomUUID();
    const data = registration();

    const first = await keyed('post', '/distributors', key).send(data);
    const again = await keyed('post', '/distributors', key).send(data);
    const otherKey = await keyed('post', '/distributors', randomUUID()).send(data);

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(otherKey.status).toBe(409); // a new command for a number already registered
    const events = await service.storedEvents(first.body.distributorId);
    expect(events.map((event) => [event.type, event.causationId])).toEqual([
      ['DistributorRegistered', key],
    ]);
  });

  it('places one order for an order sent twice with one key, and cancels it once', async () => {
    const distributor = await keyed('post', '/distributors', randomUUID()).send(registration());
    const order = {
      distributorId: distributor.body.distributorId,
      producerId: randomUUID(),
      lines: [{ productId: randomUUID(), quantity: 5, unitPriceVnd: 185_000 }],
    };
    const placeKey = randomUUID();

    const placed = await keyed('post', '/orders', placeKey).send(order);
    const placedAgain = await keyed('post', '/orders', placeKey).send(order);
    expect(placed.status).toBe(202);
    expect(placedAgain.body).toEqual(placed.body);
    const { orderId } = placed.body as { orderId: string };

    const cancelKey = randomUUID();
    const cancel = () =>
      keyed('post', `/orders/${orderId}/cancel`, cancelKey).send({ reason: 'đổi nhà cung cấp' });
    const cancelled = await cancel();
    const cancelledAgain = await cancel();
    const anotherCancel = await keyed('post', `/orders/${orderId}/cancel`, randomUUID()).send({
      reason: 'đổi nhà cung cấp',
    });

    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 2 });
    // The retry of the same command: its first answer, not "already cancelled".
    expect(cancelledAgain.status).toBe(200);
    expect(cancelledAgain.body).toEqual(cancelled.body);
    // Another command to cancel it is refused as before.
    expect(anotherCancel.status).toBe(409);
    expect((await service.storedEvents(orderId)).map((event) => event.type)).toEqual([
      'OrderPlaced',
      'OrderCancelled',
    ]);
  });
});
