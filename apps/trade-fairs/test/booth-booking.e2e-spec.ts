import { randomUUID } from 'node:crypto';
import { certified, producerRegistered, startTradeFairs, TradeFairsApp } from './trade-fairs-app';
import { vietnamDay } from '@ocop/contracts';

/**
 * Booth bookings over the HTTP API; who may book is known only from producers' events, published
 * to ocop.events.producer as the producers service would.
 */
describe('trade-fairs service: booth bookings', () => {
  let service: TradeFairsApp;

  beforeAll(async () => {
    service = await startTradeFairs();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const book = (fairId: string, body: Record<string, unknown>) =>
    http().post(`/fairs/${fairId}/bookings`).send(body);
  const booth = (fairId: string, type: string) =>
    http()
      .get(`/fairs/${fairId}`)
      .then((r) => (r.body.boothTypes as Array<{ code: string }>).find((t) => t.code === type));

  async function bookedBooth(fairId: string, boothType = 'standard-3x3') {
    const { producerId, productIds } = await service.certifiedProducer();
    const response = await book(fairId, { producerId, boothType, productIds });
    expect(response.status).toBe(201);
    return response.body as { bookingId: string; boothNumber: number; producerId: string };
  }

  describe('eligibility, from producers events', () => {
    it('books a booth for a producer with a valid certificate: 201, a booth number, BoothBooked', async () => {
      const fair = await service.openFair();
      const { producerId, productIds } = await service.certifiedProducer({ products: 2 });
      const response = await book(fair.fairId, {
        producerId,
        boothType: 'corner',
        productIds,
      });
      expect(response.status).toBe(201);
      const { bookingId } = response.body;
      expect(response.body).toEqual({
        bookingId,
        location: `/fairs/${fair.fairId}/bookings/${bookingId}`,
        fairId: fair.fairId,
        producerId,
        boothType: 'corner',
        boothNumber: expect.any(Number),
        productIds,
        priceVnd: 6_000_000,
        status: 'requested',
        rejectionReason: null,
        cancellationReason: null,
        checkedInAt: null,
        version: 1,
      });
      expect([1, 2]).toContain(response.body.boothNumber);
      expect(await booth(fair.fairId, 'corner')).toMatchObject({ held: 1, available: 1 });
      const event = await service.probe.next(
        'BoothBooked on Kafka',
        (e) => e.type === 'BoothBooked' && e.aggregateId === bookingId,
      );
      expect(event).toMatchObject({
        aggregateType: 'booth-booking',
        payload: { fairId: fair.fairId, producerId, productIds, priceVnd: 6_000_000 },
      });
    });

    it('refuses (422) a producer it has not heard of, and products without a valid certificate', async () => {
      const fair = await service.openFair();
      const stranger = randomUUID();
      const product = randomUUID();
      const unknown = await book(fair.fairId, {
        producerId: stranger,
        boothType: 'standard-3x3',
        productIds: [product],
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.message).toEqual([
        `producer ${stranger} may not book a booth: producer ${stranger} is not known here (no ProducerRegistered)`,
      ]);

      // Registered, but its product is not certified yet.
      const producerId = randomUUID();
      await service.handled(
        ...(await service.producerEvents(producerId, [
          ['ProducerRegistered', producerRegistered()],
        ])),
      );
      const uncertified = await book(fair.fairId, {
        producerId,
        boothType: 'standard-3x3',
        productIds: [product],
      });
      expect(uncertified.status).toBe(422);
      expect(uncertified.body.message[0]).toContain(
        `product ${product} of producer ${producerId} holds no OCOP certificate`,
      );

      // Certified, but the certificate expired yesterday.
      await service.handled(
        ...(await service.producerEvents(
          producerId,
          [['ProductCertified', certified(product, 'QĐ-1', '2020-01-01')]],
          2,
        )),
      );
      const expired = await book(fair.fairId, {
        producerId,
        boothType: 'standard-3x3',
        productIds: [product],
      });
      expect(expired.status).toBe(422);
      expect(expired.body.message[0]).toContain('expired on 2020-01-01');

      // Re-rated with a new, valid decision: now it may book.
      await service.handled(
        ...(await service.producerEvents(
          producerId,
          [
            [
              'ProductReRated',
              { ...certified(product, 'QĐ-2'), stars: 5, level: 'national', previousStars: 4 },
            ],
          ],
          3,
        )),
      );
      expect(
        (await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds: [product] }))
          .status,
      ).toBe(201);
      expect(await booth(fair.fairId, 'standard-3x3')).toMatchObject({ held: 1 });
    });

    it('judges a certificate on the day in Việt Nam: from 17:00 UTC on the eve of its expiry day it is expired', async () => {
      const fair = await service.openFair();
      // An expiry day two days ahead in Việt Nam, so the fair has not started on either side of it.
      const expiresOn = vietnamDay(new Date(Date.now() + 2 * 86_400_000));
      const midnightInVietnam = Date.parse(`${expiresOn}T00:00:00.000+07:00`);
      const first = await service.certifiedProducer({ expiresOn });
      const second = await service.certifiedProducer({ expiresOn });
      try {
        service.clock.set(new Date(midnightInVietnam - 60_000));
        const onTheEve = await book(fair.fairId, {
          producerId: first.producerId,
          boothType: 'standard-3x3',
          productIds: first.productIds,
        });
        expect(onTheEve.status).toBe(201);

        service.clock.set(new Date(midnightInVietnam));
        const onTheDay = await book(fair.fairId, {
          producerId: second.producerId,
          boothType: 'standard-3x3',
          productIds: second.productIds,
        });
        expect(onTheDay.status).toBe(422);
        expect(onTheDay.body.message[0]).toContain(`expired on ${expiresOn}`);
      } finally {
        service.clock.reset();
      }
    });

    it('stops a producer whose certificate was revoked or expired, and ignores replays and stale decisions', async () => {
      const fair = await service.openFair();
      const { producerId, productIds, decisionNumbers, version } =
        await service.certifiedProducer();
      const [productId] = productIds;
      const [decisionNumber] = decisionNumbers;
      const [revoked] = await service.producerEvents(
        producerId,
        [['CertificationRevoked', { productId, decisionNumber, reason: 'vi phạm' }]],
        version + 1,
      );
      await service.handled(revoked);
      const refused = await book(fair.fairId, {
        producerId,
        boothType: 'standard-3x3',
        productIds,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.message[0]).toContain('was revoked');

      // A replay of the older ProductCertified (a new copy, with its old stream version) changes nothing.
      const [replayed] = await service.producerEvents(
        producerId,
        [['ProductCertified', certified(productId, decisionNumber)]],
        2,
      );
      await service.handled(replayed);
      expect(
        (await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds })).status,
      ).toBe(422);

      // A fresh certification, then the expiry of an older decision: still valid.
      const [recertified, oldExpiry] = await service.producerEvents(
        producerId,
        [
          ['ProductCertified', certified(productId, 'QĐ-NEW')],
          [
            'CertificationExpired',
            { productId, decisionNumber: 'QĐ-OLD', expiredOn: '2026-01-01' },
          ],
        ],
        version + 2,
      );
      await service.handled(recertified, oldExpiry);
      expect(
        (await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds })).status,
      ).toBe(201);

      // Its expiry: refused again.
      const [expiry] = await service.producerEvents(
        producerId,
        [
          [
            'CertificationExpired',
            { productId, decisionNumber: 'QĐ-NEW', expiredOn: '2035-01-10' },
          ],
        ],
        version + 4,
      );
      await service.handled(expiry);
      const after = await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds });
      expect(after.status).toBe(422);
      expect(after.body.message[0]).toContain('QĐ-NEW');
    });

    it('refuses a deactivated producer', async () => {
      const fair = await service.openFair();
      const { producerId, productIds, version } = await service.certifiedProducer();
      await service.handled(
        ...(await service.producerEvents(
          producerId,
          [['ProducerDeactivated', { reason: 'giải thể' }]],
          version + 1,
        )),
      );
      const refused = await book(fair.fairId, {
        producerId,
        boothType: 'standard-3x3',
        productIds,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.message[0]).toContain(`producer ${producerId} is deactivated`);
    });
  });

  describe('the booking rules', () => {
    it('answers 409 while booking is not open, 422 for an unknown booth type, 400 naming wrong fields', async () => {
      const { producerId, productIds } = await service.certifiedProducer();
      const fair = await service.scheduledFair();
      const early = await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds });
      expect(early.status).toBe(409);
      expect(early.body.message).toEqual([
        `booking at fair ${fair.fairId} is not open (current state: scheduled)`,
      ]);
      await http().post(`/fairs/${fair.fairId}/open-booking`).expect(200);
      const type = await book(fair.fairId, { producerId, boothType: 'pavilion', productIds });
      expect(type.status).toBe(422);
      expect(type.body.message).toEqual([
        `fair ${fair.fairId} has no booth type pavilion (it has: standard-3x3, corner)`,
      ]);
      const bad = await book(fair.fairId, {
        producerId: 'htx-7',
        boothType: 'Corner!',
        productIds: [],
        priceVnd: 1,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'property priceVnd should not exist',
          'producerId must be a UUID',
          'boothType must be lower-case letters, digits and dashes, e.g. standard-3x3',
          'productIds must contain at least 1 elements',
        ]),
      );
      await http().post(`/fairs/${fair.fairId}/close-booking`).expect(200);
      const late = await book(fair.fairId, { producerId, boothType: 'standard-3x3', productIds });
      expect(late.status).toBe(409);
      expect(late.body.message[0]).toContain('(current state: booking-closed)');
      expect(
        (await book(randomUUID(), { producerId, boothType: 'corner', productIds })).status,
      ).toBe(404);
    });

    it('sells the last booth once: then "sold out" until a booking is cancelled', async () => {
      const fair = await service.openFair();
      const first = await bookedBooth(fair.fairId, 'corner');
      const second = await bookedBooth(fair.fairId, 'corner');
      expect([first.boothNumber, second.boothNumber].sort()).toEqual([1, 2]);
      const { producerId, productIds } = await service.certifiedProducer();
      const soldOut = await book(fair.fairId, { producerId, boothType: 'corner', productIds });
      expect(soldOut.status).toBe(409);
      expect(soldOut.body.message).toEqual([
        `sold out: all 2 corner booths of fair ${fair.fairId} are booked`,
      ]);
      await http()
        .post(`/fairs/${fair.fairId}/bookings/${first.bookingId}/cancel`)
        .send({ reason: 'không kịp chuẩn bị hàng' })
        .expect(200);
      const freed = await book(fair.fairId, { producerId, boothType: 'corner', productIds });
      expect(freed.status).toBe(201);
      expect(freed.body.boothNumber).toBe(first.boothNumber);
      expect(await booth(fair.fairId, 'corner')).toMatchObject({ held: 2, available: 0 });
    });
  });

  describe('approve, reject, cancel and check in', () => {
    it('the officer approves; the producer checks in on the day', async () => {
      const fair = await service.openFair();
      const { bookingId } = await bookedBooth(fair.fairId);
      const path = `/fairs/${fair.fairId}/bookings/${bookingId}`;
      const approved = await http().post(`${path}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', version: 2 });
      expect((await http().post(`${path}/approve`)).status).toBe(409);

      const early = await http().post(`${path}/check-in`);
      expect(early.status).toBe(409);
      expect(early.body.message).toEqual([
        `cannot check in booking ${bookingId}: fair ${fair.fairId} is not in progress (current state: booking-open)`,
      ]);
      await http().post(`/fairs/${fair.fairId}/start`).expect(200);
      const checkedIn = await http().post(`${path}/check-in`);
      expect(checkedIn.status).toBe(200);
      expect(checkedIn.body).toMatchObject({
        status: 'checked-in',
        checkedInAt: expect.any(String),
      });
      await service.probe.next(
        'BoothCheckedIn',
        (e) => e.type === 'BoothCheckedIn' && e.aggregateId === bookingId,
      );
      // Too late to cancel now.
      const cancel = await http().post(`${path}/cancel`).send({ reason: 'x' });
      expect(cancel.status).toBe(409);
      expect((await http().get(path)).body.status).toBe('checked-in');
    });

    it('rejecting frees the booth; a rejected booking cannot be approved', async () => {
      const fair = await service.openFair();
      const { bookingId } = await bookedBooth(fair.fairId);
      expect(await booth(fair.fairId, 'standard-3x3')).toMatchObject({ held: 1, available: 99 });
      const path = `/fairs/${fair.fairId}/bookings/${bookingId}`;
      const noReason = await http().post(`${path}/reject`).send({ reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.message).toEqual(['reason should not be empty']);
      const rejected = await http()
        .post(`${path}/reject`)
        .send({ reason: 'sản phẩm không thuộc nhóm thực phẩm' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'sản phẩm không thuộc nhóm thực phẩm',
      });
      expect(await booth(fair.fairId, 'standard-3x3')).toMatchObject({ held: 0, available: 100 });
      const approve = await http().post(`${path}/approve`);
      expect(approve.status).toBe(409);
      expect(approve.body.message[0]).toContain('(current state: rejected)');
      const event = await service.probe.next(
        'BoothBookingRejected',
        (e) => e.type === 'BoothBookingRejected' && e.aggregateId === bookingId,
      );
      // The service's own event comes back and releases the booth again: nothing to release.
      await service.handled(event);
      expect(await booth(fair.fairId, 'standard-3x3')).toMatchObject({ held: 0 });
    });

    it('the producer cancels an approved booking before the fair starts, not after', async () => {
      const fair = await service.openFair();
      const kept = await bookedBooth(fair.fairId);
      const dropped = await bookedBooth(fair.fairId);
      await http().post(`/fairs/${fair.fairId}/bookings/${dropped.bookingId}/approve`).expect(200);
      const cancelled = await http()
        .post(`/fairs/${fair.fairId}/bookings/${dropped.bookingId}/cancel`)
        .send({ reason: '  đổi kế hoạch  ' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        cancellationReason: 'đổi kế hoạch',
      });
      const event = (await service.storedEvents(dropped.bookingId)).at(-1)!;
      expect(event).toMatchObject({
        type: 'BoothBookingCancelled',
        payload: { wasApproved: true, boothNumber: dropped.boothNumber },
      });
      await http().post(`/fairs/${fair.fairId}/start`).expect(200);
      const late = await http()
        .post(`/fairs/${fair.fairId}/bookings/${kept.bookingId}/cancel`)
        .send({ reason: 'ốm' });
      expect(late.status).toBe(409);
      expect(late.body.message).toEqual([
        `cannot cancel booking ${kept.bookingId}: fair ${fair.fairId} has started (current state: in-progress)`,
      ]);
    });

    it('answers 404 for an unknown booking, or one of another fair', async () => {
      const fair = await service.openFair();
      const other = await service.openFair();
      const { bookingId } = await bookedBooth(fair.fairId);
      expect((await http().get(`/fairs/${other.fairId}/bookings/${bookingId}`)).status).toBe(404);
      const approve = await http().post(`/fairs/${other.fairId}/bookings/${bookingId}/approve`);
      expect(approve.status).toBe(404);
      expect(approve.body.message).toEqual([
        `booking ${bookingId} not found at fair ${other.fairId}`,
      ]);
      expect((await http().get(`/fairs/${fair.fairId}/bookings/${randomUUID()}`)).status).toBe(404);
    });

    it('lists a fair bookings a page at a time, by status, producer or booth type', async () => {
      const fair = await service.openFair();
      const bookings = [];
      for (let i = 0; i < 3; i++) bookings.push(await bookedBooth(fair.fairId));
      bookings.push(await bookedBooth(fair.fairId, 'corner'));
      await http()
        .post(`/fairs/${fair.fairId}/bookings/${bookings[0].bookingId}/approve`)
        .expect(200);

      const page = await http().get(`/fairs/${fair.fairId}/bookings?limit=2`);
      expect(page.body).toMatchObject({ total: 4, page: 1, limit: 2 });
      expect(page.body.items).toHaveLength(2);
      const approved = await http().get(`/fairs/${fair.fairId}/bookings?status=approved`);
      expect((approved.body.items as Array<{ bookingId: string }>).map((b) => b.bookingId)).toEqual(
        [bookings[0].bookingId],
      );
      const corner = await http().get(`/fairs/${fair.fairId}/bookings?boothType=corner`);
      expect(corner.body.total).toBe(1);
      const mine = await http().get(
        `/fairs/${fair.fairId}/bookings?producerId=${bookings[1].producerId}`,
      );
      expect(mine.body.items).toEqual([
        expect.objectContaining({ bookingId: bookings[1].bookingId }),
      ]);
      expect((await http().get(`/fairs/${fair.fairId}/bookings?status=paid`)).status).toBe(400);
      expect((await http().get(`/fairs/${randomUUID()}/bookings`)).status).toBe(404);
    });
  });
});
