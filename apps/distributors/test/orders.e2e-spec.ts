import { VIEW_CATCH_UP_MS } from '@ocop/common';
import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { ORDER_TIMEOUT_QUEUE } from '../src/jobs/order-confirmation-timeout.processor';
import {
  activeMou,
  DistributorsApp,
  registeredDistributor,
  startDistributors,
} from './distributors-app';

/**
 * Purchase orders over the service's HTTP API, and the distributors' side of the order saga: the
 * producers service's answers are published to ocop.events.producer as producers would.
 */
describe('distributors service: purchase orders and the saga', () => {
  let service: DistributorsApp;
  let distributorId: string;

  beforeAll(async () => {
    // Long enough that no order here times out; order-timeout.e2e-spec.ts runs the timeout.
    service = await startDistributors({ ORDER_CONFIRMATION_TIMEOUT_MS: '600000' });
    distributorId = await registeredDistributor(service);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const tea = randomUUID();
  const honey = randomUUID();

  async function place(producerId = randomUUID(), mouId?: string) {
    const response = await http()
      .post('/orders')
      .send({
        distributorId,
        producerId,
        ...(mouId ? { mouId } : {}),
        lines: [
          { productId: tea, quantity: 120, unitPriceVnd: 185_000 },
          { productId: honey, quantity: 40, unitPriceVnd: 320_000 },
        ],
      });
    expect(response.status).toBe(202);
    return { orderId: response.body.orderId as string, producerId };
  }

  const show = async (orderId: string) => (await http().get(`/orders/${orderId}`)).body;

  /** Producers' answer, published to ocop.events.producer keyed by the producer. */
  const answer = (
    producerId: string,
    type: 'CapacityReserved' | 'CapacityReservationRejected',
    payload: Record<string, unknown>,
  ) => service.probe.publish({ type, aggregateType: 'producer', aggregateId: producerId, payload });

  const reserved = (producerId: string, orderId: string) =>
    answer(producerId, 'CapacityReserved', {
      orderId,
      month: '2025-07',
      lines: [
        { productId: tea, quantity: 120 },
        { productId: honey, quantity: 40 },
      ],
    });

  async function confirmedOrder() {
    const order = await place();
    await service.handled(await reserved(order.producerId, order.orderId));
    expect((await show(order.orderId)).status).toBe('confirmed');
    return order;
  }

  const types = async (orderId: string) =>
    (await service.storedEvents(orderId)).map((event) => event.type);

  describe('placing', () => {
    it('answers 202 with the order, computes the totals and publishes OrderPlaced', async () => {
      const producerId = randomUUID();
      const mouId = await activeMou(service, { distributorId, producerIds: [producerId] });
      const response = await http()
        .post('/orders')
        .send({
          distributorId,
          producerId,
          mouId,
          lines: [
            { productId: tea, quantity: 120, unitPriceVnd: 185_000 },
            { productId: honey, quantity: 40, unitPriceVnd: 320_000 },
          ],
        });
      expect(response.status).toBe(202);
      const { orderId } = response.body;
      expect(response.body).toEqual({ orderId, status: 'placed', location: `/orders/${orderId}` });

      const lines = [
        { productId: tea, quantity: 120, unitPriceVnd: 185_000, lineTotalVnd: 22_200_000 },
        { productId: honey, quantity: 40, unitPriceVnd: 320_000, lineTotalVnd: 12_800_000 },
      ];
      expect(await show(orderId)).toEqual({
        orderId,
        distributorId,
        producerId,
        mouId,
        status: 'placed',
        lines,
        totalVnd: 35_000_000,
        rejectionReason: null,
        rejectionDetail: null,
        cancellationReason: null,
        trackingNumber: null,
        version: 1,
      });
      const placed = await service.probe.next(
        'OrderPlaced on Kafka',
        (e) => e.type === 'OrderPlaced' && e.aggregateId === orderId,
      );
      expect(placed).toMatchObject({
        aggregateType: 'purchase-order',
        aggregateVersion: 1,
        payload: { distributorId, producerId, mouId, lines, totalVnd: 35_000_000 },
      });
    });

    it('refuses totals from the caller and names every wrong field', async () => {
      const bad = await http()
        .post('/orders')
        .send({
          producerId: 'cooperative-7',
          totalVnd: 1,
          lines: [
            { productId: tea, quantity: 1, unitPriceVnd: 10, lineTotalVnd: 10 },
            { productId: 'honey', quantity: 0, unitPriceVnd: 1.5 },
          ],
        });
      expect(bad.status).toBe(400);
      const messages = bad.body.message as string[];
      expect(messages).toEqual(
        expect.arrayContaining([
          'property totalVnd should not exist',
          'property lines.0.lineTotalVnd should not exist',
          'distributorId must be a UUID',
          'producerId must be a UUID',
          'lines.1.productId must be a UUID',
          'lines.1.quantity must be a positive number',
          'lines.1.unitPriceVnd must be an integer number',
        ]),
      );

      const empty = await http()
        .post('/orders')
        .send({ distributorId, producerId: randomUUID(), lines: [] });
      expect(empty.status).toBe(400);
      expect(empty.body.message).toEqual(['lines must contain at least 1 elements']);
    });

    it('answers 422 for an unregistered distributor and for a product on two lines', async () => {
      const stranger = randomUUID();
      const line = { productId: tea, quantity: 1, unitPriceVnd: 1_000 };
      const unregistered = await http()
        .post('/orders')
        .send({ distributorId: stranger, producerId: randomUUID(), lines: [line] });
      expect(unregistered.status).toBe(422);
      expect(unregistered.body.message).toEqual([
        `distributor ${stranger} is not registered: only a registered distributor may place an order`,
      ]);

      const twice = await http()
        .post('/orders')
        .send({ distributorId, producerId: randomUUID(), lines: [line, { ...line, quantity: 5 }] });
      expect(twice.status).toBe(422);
      expect(twice.body.message[0]).toContain(`product ${tea} is on more than one line`);
    });

    it('answers 422 for an order under an MOU that is not the parties own, or not active; none is stored', async () => {
      const [producer, otherProducer] = [randomUUID(), randomUUID()];
      const otherDistributor = await registeredDistributor(service);
      const mouId = await activeMou(service, { distributorId, producerIds: [producer] });
      const line = { productId: tea, quantity: 1, unitPriceVnd: 1_000 };
      const under = (body: Record<string, unknown>) =>
        http()
          .post('/orders')
          .send({ distributorId, producerId: producer, mouId, lines: [line], ...body });

      const fromOther = await under({ distributorId: otherDistributor });
      expect(fromOther.status).toBe(422);
      expect(fromOther.body.message).toEqual([
        `distributor ${otherDistributor} is not the distributor of MOU ${mouId}: only its own distributor orders under it`,
      ]);
      const toOutsider = await under({ producerId: otherProducer });
      expect(toOutsider.status).toBe(422);
      expect(toOutsider.body.message).toEqual([
        `producer ${otherProducer} is not a party to MOU ${mouId}: an order under an MOU goes to one of its producers`,
      ]);

      const ended = await activeMou(
        service,
        { distributorId, producerIds: [producer] },
        'terminated',
      );
      const underEnded = await under({ mouId: ended });
      expect(underEnded.status).toBe(422);
      expect(underEnded.body.message[0]).toMatch(/is terminated, not active/);

      // Unknown: the view is read again for a moment (the MOU may have just been signed), then 422.
      const unknown = randomUUID();
      const started = Date.now();
      const underUnknown = await under({ mouId: unknown });
      expect(underUnknown.status).toBe(422);
      expect(underUnknown.body.message[0]).toMatch(`MOU ${unknown} is not known here`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(VIEW_CATCH_UP_MS);

      // Seconds after the refusals: none of them went out as an order.
      const placedUnder = service.probe.seen.filter(
        (e) =>
          e.type === 'OrderPlaced' && [mouId, ended, unknown].includes(e.payload.mouId as string),
      );
      expect(placedUnder).toEqual([]);
    });

    it('accepts an order placed while the activation is still on its way to distributors', async () => {
      const producer = randomUUID();
      const mouId = await activeMou(service, { distributorId, producerIds: [producer] }, 'drafted');
      const placing = http()
        .post('/orders')
        .send({
          distributorId,
          producerId: producer,
          mouId,
          lines: [{ productId: tea, quantity: 1, unitPriceVnd: 1_000 }],
        })
        .then((response) => response);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const activated = await service.probe.publish({
        type: 'MouActivated',
        aggregateType: 'mou',
        aggregateId: mouId,
        aggregateVersion: 4,
        payload: {
          version: 1,
          activatedAt: new Date().toISOString(),
          startDate: '2025-01-01',
          endDate: '2035-12-31',
        },
      });
      const placed = await placing;
      expect(placed.status).toBe(202);
      await service.handled(activated);
    });

    it('has no public confirm route', async () => {
      const { orderId } = await place();
      expect((await http().post(`/orders/${orderId}/confirm`)).status).toBe(404);
      expect((await show(orderId)).status).toBe('placed');
    });
  });

  describe('the saga', () => {
    it('confirms the order on CapacityReserved; the same event again, or another copy, changes nothing', async () => {
      const { orderId, producerId } = await place();
      const event = await reserved(producerId, orderId);
      await service.handled(event);
      expect(await show(orderId)).toMatchObject({ status: 'confirmed', version: 2 });
      const confirmed = await service.probe.next(
        'OrderConfirmed on Kafka',
        (e) => e.type === 'OrderConfirmed' && e.aggregateId === orderId,
      );
      expect(confirmed.causationId).toBe(event.eventId);
      expect(confirmed.correlationId).toBe(event.correlationId);

      // Kafka redelivers the very same event (same id): skipped by the reaction runner.
      await service.probe.publish(event);
      // producers answers again with a new event (e.g. after its own redelivery): the order is
      // confirmed already, so this changes nothing either.
      const copy = await reserved(producerId, orderId);
      await service.handled(copy);
      expect(await show(orderId)).toMatchObject({ status: 'confirmed', version: 2 });
      expect(await types(orderId)).toEqual(['OrderPlaced', 'OrderConfirmed']);
    });

    it('rejects the order with producers reason and detail; later answers change nothing', async () => {
      const { orderId, producerId } = await place();
      const detail = `only 30 kg of ${tea} left for 2025-07`;
      const rejection = await answer(producerId, 'CapacityReservationRejected', {
        orderId,
        reason: 'not-enough-capacity',
        detail,
      });
      await service.handled(rejection);
      expect(await show(orderId)).toMatchObject({
        status: 'rejected',
        rejectionReason: 'not-enough-capacity',
        rejectionDetail: detail,
        version: 2,
      });
      const rejected = await service.probe.next(
        'OrderRejected on Kafka',
        (e) => e.type === 'OrderRejected' && e.aggregateId === orderId,
      );
      expect(rejected.payload).toEqual({ producerId, reason: 'not-enough-capacity', detail });

      const again = await answer(producerId, 'CapacityReservationRejected', {
        orderId,
        reason: 'unknown-product',
        detail: 'no such product',
      });
      const late = await reserved(producerId, orderId);
      await service.handled(again);
      await service.handled(late);
      expect(await show(orderId)).toMatchObject({
        status: 'rejected',
        rejectionReason: 'not-enough-capacity',
        version: 2,
      });
    });

    it('ignores an answer from another producer and an answer for an unknown order', async () => {
      const { orderId } = await place();
      const stranger = await reserved(randomUUID(), orderId);
      const unknown = await reserved(randomUUID(), randomUUID());
      await service.handled(stranger);
      await service.handled(unknown);
      expect(await show(orderId)).toMatchObject({ status: 'placed', version: 1 });
    });

    it('leaves a cancelled order cancelled when the reservation arrives late', async () => {
      const { orderId, producerId } = await place();
      await http()
        .post(`/orders/${orderId}/cancel`)
        .send({ reason: 'found it cheaper' })
        .expect(200);
      await service.handled(await reserved(producerId, orderId));
      expect(await show(orderId)).toMatchObject({ status: 'cancelled', version: 2 });
    });

    it('the timeout job run for an answered order changes nothing', async () => {
      const { orderId } = await confirmedOrder();
      const queue = service.queue(ORDER_TIMEOUT_QUEUE);
      const job = await queue.add(
        'reject-if-unanswered',
        { orderId, timeoutMs: 1, correlationId: 'test' },
        { jobId: `manual-${orderId}` },
      );
      await waitFor('the timeout job to finish', async () =>
        (await queue.getJobState(job.id!)) === 'completed' ? true : false,
      );
      expect((await queue.getJob(job.id!))?.returnvalue).toMatchObject({
        changed: false,
        status: 'confirmed',
      });
      expect(await show(orderId)).toMatchObject({ status: 'confirmed', version: 2 });
    });
  });

  describe('shipping, delivering and cancelling', () => {
    it('ships a confirmed order and delivers it', async () => {
      const producer = randomUUID();
      const mouId = await activeMou(service, { distributorId, producerIds: [producer] });
      const { orderId, producerId } = await place(producer, mouId);
      await service.handled(await reserved(producerId, orderId));
      const shipped = await http()
        .post(`/orders/${orderId}/ship`)
        .send({ trackingNumber: 'VNPOST-EE123456789VN' });
      expect(shipped.status).toBe(200);
      expect(shipped.body).toMatchObject({
        status: 'shipped',
        trackingNumber: 'VNPOST-EE123456789VN',
      });
      const delivered = await http().post(`/orders/${orderId}/deliver`);
      expect(delivered.status).toBe(200);
      expect(delivered.body).toMatchObject({ status: 'delivered', version: 4 });

      const event = await service.probe.next(
        'OrderDelivered on Kafka',
        (e) => e.type === 'OrderDelivered' && e.aggregateId === orderId,
      );
      expect(event.payload).toMatchObject({
        distributorId,
        producerId,
        mouId,
        lines: delivered.body.lines,
      });
    });

    it('answers 409 naming the current state for a command in the wrong state', async () => {
      const { orderId } = await place();
      const conflict = async (path: string, body: object, state: string) => {
        const response = await http().post(`/orders/${orderId}/${path}`).send(body);
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
        expect(response.body.message[0]).toContain(`(current state: ${state})`);
      };
      await conflict('ship', {}, 'placed');
      await conflict('deliver', {}, 'placed');

      const { orderId: shippedId } = await confirmedOrder();
      await http().post(`/orders/${shippedId}/ship`).send({}).expect(200);
      const cancel = await http().post(`/orders/${shippedId}/cancel`).send({ reason: 'late' });
      expect(cancel.status).toBe(409);
      expect(cancel.body.message).toEqual([
        `cannot cancel order ${shippedId}: only a placed or confirmed order can be cancelled (current state: shipped)`,
      ]);
      const ship = await http().post(`/orders/${shippedId}/ship`).send({});
      expect(ship.body.message[0]).toContain('(current state: shipped)');
      expect(await types(shippedId)).toEqual(['OrderPlaced', 'OrderConfirmed', 'OrderShipped']);
    });

    it('cancels before shipping and says whether capacity was reserved', async () => {
      const placed = await place();
      const confirmed = await confirmedOrder();
      for (const { orderId } of [placed, confirmed]) {
        const cancelled = await http()
          .post(`/orders/${orderId}/cancel`)
          .send({ reason: ' khách hủy đơn ' });
        expect(cancelled.status).toBe(200);
        expect(cancelled.body).toMatchObject({
          status: 'cancelled',
          cancellationReason: 'khách hủy đơn',
        });
      }
      const cancelledEvent = async (orderId: string) =>
        (await service.storedEvents(orderId)).find((e) => e.type === 'OrderCancelled')!.payload;
      expect(await cancelledEvent(placed.orderId)).toEqual({
        reason: 'khách hủy đơn',
        producerId: placed.producerId,
        wasConfirmed: false,
      });
      expect(await cancelledEvent(confirmed.orderId)).toMatchObject({ wasConfirmed: true });

      const again = await http().post(`/orders/${placed.orderId}/cancel`).send({ reason: 'x' });
      expect(again.status).toBe(409);
      expect(again.body.message[0]).toContain('(current state: cancelled)');
    });

    it('lets exactly one of simultaneous ships through; the others see it shipped', async () => {
      const { orderId } = await confirmedOrder();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => http().post(`/orders/${orderId}/ship`).send({})),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
      expect(await types(orderId)).toEqual(['OrderPlaced', 'OrderConfirmed', 'OrderShipped']);
    });

    it('answers 400 naming the field for a cancel without reason, and for unknown fields', async () => {
      const { orderId } = await place();
      const noReason = await http().post(`/orders/${orderId}/cancel`).send({ reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toEqual(['reason should not be empty']);
      const extra = await http().post(`/orders/${orderId}/ship`).send({ carrier: 'GHN' });
      expect(extra.status).toBe(400);
      expect(extra.body.message).toEqual(['property carrier should not exist']);
      expect(await show(orderId)).toMatchObject({ status: 'placed', version: 1 });
    });

    it('answers 404 for an unknown order and 400 for an id that is not a uuid', async () => {
      const id = randomUUID();
      expect((await http().get(`/orders/${id}`)).status).toBe(404);
      expect((await http().post(`/orders/${id}/ship`).send({})).status).toBe(404);
      expect((await http().post(`/orders/${id}/deliver`)).status).toBe(404);
      const cancel = await http().post(`/orders/${id}/cancel`).send({ reason: 'x' });
      expect(cancel.status).toBe(404);
      expect(cancel.body.message).toEqual([`order ${id} not found`]);
      expect((await http().get('/orders/42')).status).toBe(400);
      // A distributor's id is not an order's.
      expect((await http().get(`/orders/${distributorId}`)).status).toBe(404);
    });
  });
});
