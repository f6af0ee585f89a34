import { KafkaProbe, ServiceProcess, sharedServers, waitFor } from '@ocop/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

/** The producers service as it runs: its own HTTP API, real servers, Kafka for the saga. */
describe('producers service', () => {
  const servers = sharedServers();
  const run = randomUUID().slice(0, 8);
  let service: ServiceProcess;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = new KafkaProbe(servers.KAFKA_BROKERS);
    await probe.watch('producer');
    service = await ServiceProcess.start('producers', {
      ...servers,
      MONGO_DB: `test_producers_${run}`,
      KAFKA_GROUP_ID: `producers-${run}`,
      OUTBOX_POLL_MS: '100',
    });
    await service.healthy();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
    await probe?.stop();
  });

  const registration = () => ({
    kind: 'cooperative',
    legalName: 'HTX Dệt lụa Vạn Phúc',
    registrationNumber: `01${Math.floor(Math.random() * 1e8)}`,
    contact: { name: 'Trần Thị Bình', phone: '0987654321', email: 'vanphuc@example.vn' },
    province: 'Hà Nội',
    district: 'Hà Đông',
    commune: 'Vạn Phúc',
    craftVillage: 'Vạn Phúc',
  });

  const scarf = {
    name: 'Khăn lụa tơ tằm Vạn Phúc',
    group: 'handicraft',
    subgroup: 'textiles',
    unit: 'chiếc',
    priceMinVnd: 250_000,
    priceMaxVnd: 900_000,
    monthlyCapacity: 50,
    photoUrls: ['https://example.vn/khan-lua.jpg'],
  };

  async function producerWithCertifiedProduct() {
    const { body: producer } = await service.call('POST', '/producers', registration());
    const { body: product } = await service.call(
      'POST',
      `/producers/${producer.producerId}/products`,
      scarf,
    );
    const certified = await service.call(
      'PUT',
      `/producers/${producer.producerId}/products/${product.productId}/certification`,
      {
        stars: 4,
        decisionNumber: `QĐ-${randomUUID().slice(0, 6)}`,
        level: 'province',
        issuedOn: '2025-01-10',
      },
    );
    expect(certified.status).toBe(200);
    return { producerId: producer.producerId as string, productId: product.productId as string };
  }

  describe('commands over HTTP', () => {
    it('registers a producer and a product with a QR code, and refuses a second registration of the number', async () => {
      const data = registration();
      const created = await service.call('POST', '/producers', data);
      expect(created.status).toBe(201);

      const product = await service.call(
        'POST',
        `/producers/${created.body.producerId}/products`,
        scarf,
      );
      expect(product.status).toBe(201);
      expect(product.body.qrCode).toMatch(/^OCOP-[0-9A-F]{16}$/);

      const view = await service.call('GET', `/producers/${created.body.producerId}`);
      expect(view.body).toMatchObject({
        active: true,
        profile: { legalName: 'HTX Dệt lụa Vạn Phúc', craftVillage: 'Vạn Phúc' },
        products: { [product.body.productId]: { name: scarf.name, monthlyCapacity: 50 } },
      });

      const again = await service.call('POST', '/producers', {
        ...registration(),
        registrationNumber: data.registrationNumber,
      });
      expect(again).toEqual({
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: [`registration number ${data.registrationNumber} is already registered`],
        },
      });
    });

    it('names every wrong field of a bad command, and refuses unknown ones', async () => {
      const bad = await service.call('POST', '/producers', {
        ...registration(),
        kind: 'corporation',
        contact: { name: 'A' },
        priority: 'high',
      });

      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('Bad Request');
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'property priority should not exist',
          expect.stringMatching(/^kind must be one of the following values: cooperative/),
          expect.stringMatching(/^contact\.phone /),
        ]),
      );
    });

    it('certifies, re-rates and revokes, with the rules on levels and states', async () => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      const certification = `/producers/${producerId}/products/${productId}/certification`;

      const provincialFive = await service.call('PUT', certification, {
        stars: 5,
        decisionNumber: 'QĐ-5',
        level: 'province',
        issuedOn: '2025-02-01',
      });
      expect(provincialFive.status).toBe(422);
      expect(provincialFive.body.message).toEqual([
        'a 5-star rating can only be decided at national level',
      ]);

      const reRated = await service.call('PUT', certification, {
        stars: 5,
        decisionNumber: 'QĐ-BNN-5',
        level: 'national',
        issuedOn: '2025-02-01',
      });
      expect(reRated.body).toMatchObject({
        outcome: 're-rated',
        certificate: { stars: 5, expiresOn: '2028-02-01', status: 'valid' },
      });
      await probe.next(
        'ProductReRated',
        (e) => e.type === 'ProductReRated' && e.payload.productId === productId,
      );

      expect(
        (await service.call('POST', `${certification}/revoke`, { reason: 'vi phạm nhãn mác' }))
          .status,
      ).toBe(204);
      const twice = await service.call('POST', `${certification}/revoke`, { reason: 'again' });
      expect(twice.status).toBe(409);
      expect(twice.body.message[0]).toContain('current state: revoked');
    });

    it('answers 404 for an unknown producer or product and 400 for a malformed id', async () => {
      expect((await service.call('GET', `/producers/${randomUUID()}`)).status).toBe(404);
      const { producerId } = await producerWithCertifiedProduct();
      expect(
        (await service.call('GET', `/producers/${producerId}/products/${randomUUID()}`)).status,
      ).toBe(404);
      expect((await service.call('GET', '/producers/not-an-id')).status).toBe(400);
    });

    it('refuses changes to a deactivated producer with 409', async () => {
      const { producerId } = await producerWithCertifiedProduct();
      expect(
        (await service.call('POST', `/producers/${producerId}/deactivate`, { reason: 'giải thể' }))
          .status,
      ).toBe(204);
      const refused = await service.call('POST', `/producers/${producerId}/products`, scarf);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toEqual([
        `producer ${producerId} is deactivated (current state: deactivated)`,
      ]);
    });

    it('expires a certificate through its BullMQ job', async () => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      const { body: product } = await service.call(
        'GET',
        `/producers/${producerId}/products/${productId}`,
      );
      const queue = new Queue('certificate-expiry', {
        prefix: `bull:test_producers_${run}`,
        connection: { host: '127.0.0.1', port: Number(new URL(servers.REDIS_URL).port) },
      });
      try {
        const job = await queue.getJob(
          `${producerId}:${productId}:${product.certificate.decisionNumber}`,
        );
        expect(await job?.getState()).toBe('delayed');
        expect(job!.delay).toBeGreaterThan(0);
        await job!.promote(); // the expiry day, now

        await probe.next(
          'CertificationExpired',
          (e) => e.type === 'CertificationExpired' && e.payload.productId === productId,
        );
        const after = await service.call('GET', `/producers/${producerId}/products/${productId}`);
        expect(after.body.certificate).toMatchObject({
          status: 'expired',
          expiresOn: '2028-01-10',
        });
      } finally {
        await queue.close();
      }
    });
  });

  describe('capacity reservations for the order saga, through Kafka', () => {
    const placeOrder = (
      producerId: string,
      lines: Array<{ productId: string; quantity: number }>,
      orderId = randomUUID(),
      occurredAt = new Date().toISOString(),
    ) =>
      probe.publish({
        type: 'OrderPlaced',
        aggregateType: 'purchase-order',
        aggregateId: orderId,
        occurredAt,
        payload: {
          distributorId: randomUUID(),
          producerId,
          lines: lines.map((line) => ({
            ...line,
            unitPriceVnd: 300_000,
            lineTotalVnd: line.quantity * 300_000,
          })),
          totalVnd: lines.reduce((sum, line) => sum + line.quantity * 300_000, 0),
        },
      });
    const answerTo = (orderId: string) =>
      probe.next(
        `an answer to order ${orderId}`,
        (e) =>
          ['CapacityReserved', 'CapacityReservationRejected'].includes(e.type) &&
          e.payload.orderId === orderId,
      );
    const reserved = async (producerId: string, productId: string, month?: string) => {
      const query = month ? `?month=${month}` : '';
      const { body } = await service.call('GET', `/producers/${producerId}/capacity${query}`);
      return (body.products as Array<{ productId: string; reserved: number }>).find(
        (p) => p.productId === productId,
      )!.reserved;
    };

    it('reserves capacity for an order of a certified product, once even when OrderPlaced comes twice', async () => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      const placed = await placeOrder(producerId, [{ productId, quantity: 20 }]);

      const answer = await answerTo(placed.aggregateId);
      expect(answer).toMatchObject({
        type: 'CapacityReserved',
        aggregateId: producerId,
        causationId: placed.eventId,
        correlationId: placed.correlationId,
        payload: { orderId: placed.aggregateId, lines: [{ productId, quantity: 20 }] },
      });

      // The same event redelivered, and a second copy with another event id.
      await probe.publish({ ...placed });
      await probe.publish({ ...placed, eventId: randomUUID() });
      const marker = await placeOrder(producerId, [{ productId, quantity: 1 }]);
      await answerTo(marker.aggregateId);
      expect(probe.seen.filter((e) => e.payload.orderId === placed.aggregateId)).toHaveLength(1);
      expect(await reserved(producerId, productId)).toBe(21);
    });

    it.each([
      ['not-enough-capacity', 51],
      ['unknown-product', 1],
      ['no-valid-certificate', 1],
    ])('rejects an order with %s', async (reason, quantity) => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      let orderedProduct = productId;
      if (reason === 'unknown-product') orderedProduct = randomUUID();
      if (reason === 'no-valid-certificate') {
        await service.call(
          'POST',
          `/producers/${producerId}/products/${productId}/certification/revoke`,
          {
            reason: 'test',
          },
        );
      }
      const placed = await placeOrder(producerId, [{ productId: orderedProduct, quantity }]);

      expect(await answerTo(placed.aggregateId)).toMatchObject({
        type: 'CapacityReservationRejected',
        payload: { orderId: placed.aggregateId, reason },
      });
      expect(await reserved(producerId, productId)).toBe(0);
    });

    it('gives the capacity back when the order is cancelled', async () => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      const placed = await placeOrder(producerId, [{ productId, quantity: 30 }]);
      await answerTo(placed.aggregateId);
      expect(await reserved(producerId, productId)).toBe(30);

      await probe.publish({
        type: 'OrderCancelled',
        aggregateType: 'purchase-order',
        aggregateId: placed.aggregateId,
        aggregateVersion: 3,
        payload: { reason: 'khách đổi ý', producerId, wasConfirmed: true },
      });

      await probe.next(
        'CapacityReleased',
        (e) => e.type === 'CapacityReleased' && e.payload.orderId === placed.aggregateId,
      );
      await waitFor(
        'the capacity to be free again',
        async () => (await reserved(producerId, productId)) === 0,
      );
    });

    it('draws on the month in Việt Nam when the order was placed, not the month in UTC', async () => {
      const { producerId, productId } = await producerWithCertifiedProduct();
      // 18:00 UTC on 31 December is 01:00 on 1 January in Việt Nam.
      const newYear = await placeOrder(
        producerId,
        [{ productId, quantity: 7 }],
        randomUUID(),
        '2026-12-31T18:00:00.000Z',
      );
      // 16:59 UTC is still 23:59 on 31 December there.
      const yearEnd = await placeOrder(
        producerId,
        [{ productId, quantity: 3 }],
        randomUUID(),
        '2026-12-31T16:59:00.000Z',
      );
      await answerTo(newYear.aggregateId);
      await answerTo(yearEnd.aggregateId);

      expect(await reserved(producerId, productId, '2027-01')).toBe(7);
      expect(await reserved(producerId, productId, '2026-12')).toBe(3);
    });
  });
});
