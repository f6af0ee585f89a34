import { ServiceName } from '@ocop/common';
import { ServiceProcess, sharedServers, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

/**
 * The order saga end to end: the producers and distributors services as built, talking only
 * through Kafka, each on its own database.
 */
describe('the order saga between distributors and producers', () => {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  const env = (name: ServiceName) => ({
    ...servers,
    MONGO_DB: `saga_${run}_${name}`,
    KAFKA_GROUP_ID: `saga-${run}-${name}`,
    OUTBOX_POLL_MS: '100',
    ORDER_CONFIRMATION_TIMEOUT_MS: '8000',
  });
  let producers: ServiceProcess;
  let distributors: ServiceProcess;
  let distributorId: string;

  beforeAll(async () => {
    [producers, distributors] = await Promise.all([
      ServiceProcess.start('producers', env('producers')),
      ServiceProcess.start('distributors', env('distributors')),
    ]);
    await Promise.all([producers.healthy(), distributors.healthy()]);
    const registered = await distributors.call('POST', '/distributors', {
      kind: 'retail-chain',
      name: 'AEON Việt Nam',
      registrationNumber: `03${Math.floor(Math.random() * 1e8)}`,
      channels: ['supermarket'],
      provincesServed: ['Hà Nội'],
    });
    expect(registered.status).toBe(201);
    distributorId = registered.body.distributorId;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([producers?.stop(), distributors?.stop()]);
  });

  async function certifiedProduct(monthlyCapacity = 100) {
    const producer = await producers.call('POST', '/producers', {
      kind: 'household-business',
      legalName: 'Hộ kinh doanh Chè Shan tuyết Ba Vì',
      registrationNumber: `05${Math.floor(Math.random() * 1e8)}`,
      contact: { name: 'Đinh Văn Hùng', phone: '0977000111' },
      province: 'Hà Nội',
      district: 'Ba Vì',
      commune: 'Ba Trại',
    });
    const producerId = producer.body.producerId as string;
    const product = await producers.call('POST', `/producers/${producerId}/products`, {
      name: 'Chè Shan tuyết Ba Vì',
      group: 'beverage',
      subgroup: 'tea',
      unit: 'hộp',
      priceMinVnd: 120_000,
      priceMaxVnd: 180_000,
      monthlyCapacity,
    });
    const productId = product.body.productId as string;
    const certified = await producers.call(
      'PUT',
      `/producers/${producerId}/products/${productId}/certification`,
      {
        stars: 4,
        decisionNumber: `QĐ-${randomUUID().slice(0, 6)}`,
        level: 'province',
        issuedOn: '2025-05-20',
      },
    );
    expect(certified.status).toBe(200);
    return { producerId, productId };
  }

  async function placeOrder(producerId: string, productId: string, quantity: number) {
    const placed = await distributors.call('POST', '/orders', {
      distributorId,
      producerId,
      lines: [{ productId, quantity, unitPriceVnd: 150_000 }],
    });
    expect(placed.status).toBe(202);
    expect(placed.body.status).toBe('placed');
    return placed.body.orderId as string;
  }

  async function settled(orderId: string, timeoutMs = 30_000) {
    return waitFor(
      `order ${orderId} to be answered`,
      async () => {
        const { body } = await distributors.call('GET', `/orders/${orderId}`);
        return body.status === 'placed' ? false : body;
      },
      { timeoutMs },
    );
  }

  async function reserved(producerId: string, productId: string): Promise<number> {
    const { body } = await producers.call('GET', `/producers/${producerId}/capacity`);
    return (body.products as Array<{ productId: string; reserved: number }>).find(
      (p) => p.productId === productId,
    )!.reserved;
  }

  it('confirms an order once capacity is reserved; it is then shipped and delivered', async () => {
    const { producerId, productId } = await certifiedProduct();
    const orderId = await placeOrder(producerId, productId, 40);

    expect(await settled(orderId)).toMatchObject({ status: 'confirmed', totalVnd: 6_000_000 });
    expect(await reserved(producerId, productId)).toBe(40);

    expect((await distributors.call('POST', `/orders/${orderId}/ship`, {})).status).toBe(200);
    expect((await distributors.call('POST', `/orders/${orderId}/deliver`, {})).status).toBe(200);
    expect((await distributors.call('GET', `/orders/${orderId}`)).body.status).toBe('delivered');
  });

  it.each(['not-enough-capacity', 'unknown-product', 'no-valid-certificate', 'producer-inactive'])(
    'rejects an order with the reason %s',
    async (reason) => {
      const { producerId, productId } = await certifiedProduct(10);
      let quantity = 1;
      let orderedProduct = productId;
      if (reason === 'not-enough-capacity') quantity = 11;
      if (reason === 'unknown-product') orderedProduct = randomUUID();
      if (reason === 'no-valid-certificate') {
        await producers.call(
          'POST',
          `/producers/${producerId}/products/${productId}/certification/revoke`,
          {
            reason: 'hết hiệu lực',
          },
        );
      }
      if (reason === 'producer-inactive') {
        await producers.call('POST', `/producers/${producerId}/deactivate`, {
          reason: 'ngừng sản xuất',
        });
      }

      const order = await settled(await placeOrder(producerId, orderedProduct, quantity));

      expect(order).toMatchObject({ status: 'rejected', rejectionReason: reason });
      expect(order.rejectionDetail).toEqual(expect.any(String));
      expect(await reserved(producerId, productId)).toBe(0);
    },
  );

  it('gives capacity back when a confirmed order is cancelled', async () => {
    const { producerId, productId } = await certifiedProduct();
    const orderId = await placeOrder(producerId, productId, 25);
    await settled(orderId);
    expect(await reserved(producerId, productId)).toBe(25);

    const cancelled = await distributors.call('POST', `/orders/${orderId}/cancel`, {
      reason: 'đổi nhà cung cấp',
    });
    expect(cancelled.status).toBe(200);

    await waitFor(
      'the reservation to be released',
      async () => (await reserved(producerId, productId)) === 0,
    );
    const ship = await distributors.call('POST', `/orders/${orderId}/ship`, {});
    expect(ship.status).toBe(409);
  });

  it('reserves nothing twice when OrderPlaced is delivered again (the whole store re-published)', async () => {
    const { producerId, productId } = await certifiedProduct();
    const orderId = await placeOrder(producerId, productId, 30);
    await settled(orderId);

    const republish = await distributors.call('POST', '/admin/event-store/republish');
    expect(republish.status).toBe(202);
    await waitFor('the re-publication to finish', async () => {
      const { body } = await distributors.call('GET', republish.body.location as string);
      return body.state === 'completed';
    });
    // An order placed after the re-publication is answered after the duplicates were consumed.
    const marker = await placeOrder(producerId, productId, 1);
    await settled(marker);

    expect(await reserved(producerId, productId)).toBe(31);
    expect((await distributors.call('GET', `/orders/${orderId}`)).body.status).toBe('confirmed');
  });

  it('rejects an order nobody answered in time, and the late reservation is released', async () => {
    const { producerId, productId } = await certifiedProduct();
    await producers.stop();
    try {
      const orderId = await placeOrder(producerId, productId, 5);
      const order = await settled(orderId, 30_000);
      expect(order).toMatchObject({ status: 'rejected', rejectionReason: 'no-answer' });
    } finally {
      producers = await ServiceProcess.start('producers', env('producers'));
      await producers.healthy();
    }
    // Back up, producers answers the old OrderPlaced, then sees OrderRejected and gives it back.
    await waitFor(
      'the late reservation to be released',
      async () => {
        const { body } = await producers.call('GET', `/producers/${producerId}`);
        return Object.values(body.answered as Record<string, string>).includes('released') &&
          (await reserved(producerId, productId)) === 0
          ? true
          : false;
      },
      { timeoutMs: 60_000 },
    );
  }, 120_000);
});
