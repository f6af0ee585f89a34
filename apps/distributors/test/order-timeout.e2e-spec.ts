import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { DistributorsApp, registeredDistributor, startDistributors } from './distributors-app';

/** The order confirmation timeout: a BullMQ delayed job rejects an order nobody answered. */
describe('distributors service: an order nobody answers', () => {
  const TIMEOUT_MS = 1_500;
  let service: DistributorsApp;
  let distributorId: string;

  beforeAll(async () => {
    service = await startDistributors({ ORDER_CONFIRMATION_TIMEOUT_MS: String(TIMEOUT_MS) });
    distributorId = await registeredDistributor(service);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const show = async (orderId: string) => (await http().get(`/orders/${orderId}`)).body;
  const productId = randomUUID();

  async function place() {
    const producerId = randomUUID();
    const response = await http()
      .post('/orders')
      .send({
        distributorId,
        producerId,
        lines: [{ productId, quantity: 10, unitPriceVnd: 95_000 }],
      })
      .expect(202);
    return { orderId: response.body.orderId as string, producerId };
  }

  it('rejects a still-placed order with reason no-answer; a late reservation changes nothing', async () => {
    const { orderId, producerId } = await place();
    const rejected = await waitFor(
      'the timeout to reject the order',
      async () => {
        const view = await show(orderId);
        return view.status === 'rejected' ? view : false;
      },
      { timeoutMs: 20_000 },
    );
    expect(rejected).toMatchObject({
      rejectionReason: 'no-answer',
      rejectionDetail: `producer ${producerId} did not answer the reservation within ${TIMEOUT_MS} ms`,
      version: 2,
    });
    const event = await service.probe.next(
      'OrderRejected on Kafka',
      (e) => e.type === 'OrderRejected' && e.aggregateId === orderId,
    );
    // producers releases whatever it reserved late, so the event names the producer.
    expect(event.payload).toMatchObject({ producerId, reason: 'no-answer' });

    const late = await service.probe.publish({
      type: 'CapacityReserved',
      aggregateType: 'producer',
      aggregateId: producerId,
      payload: { orderId, month: '2025-07', lines: [{ productId, quantity: 10 }] },
    });
    await service.handled(late);
    expect(await show(orderId)).toMatchObject({ status: 'rejected', version: 2 });
  });

  it('leaves an order answered or cancelled before the timeout as it is', async () => {
    const answered = await place();
    const cancelled = await place();
    await http()
      .post(`/orders/${cancelled.orderId}/cancel`)
      .send({ reason: 'ordered by mistake' })
      .expect(200);
    const rejection = await service.probe.publish({
      type: 'CapacityReservationRejected',
      aggregateType: 'producer',
      aggregateId: answered.producerId,
      payload: {
        orderId: answered.orderId,
        reason: 'no-valid-certificate',
        detail: 'certificate expired',
      },
    });
    await service.handled(rejection);
    // Well past the timeout: both jobs have run by now.
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 2_500));
    expect(await show(answered.orderId)).toMatchObject({
      status: 'rejected',
      rejectionReason: 'no-valid-certificate',
      version: 2,
    });
    expect(await show(cancelled.orderId)).toMatchObject({ status: 'cancelled', version: 2 });
  });
});
