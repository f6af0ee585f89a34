import { RunningSystem, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import {
  Actor,
  certifiedProducer,
  distributor,
  eventually,
  expectStatus,
  officer,
  openFair,
  ProducerActor,
  mouDraft,
  signer,
} from './journeys';

/**
 * The three role journeys through the public API with every service running, and each
 * authorization rule on the way: another party's data answers 404, a role's wrong door 403.
 */
describe('the role journeys through the gateway', () => {
  let system: RunningSystem;
  let admin: string;
  let organiser: Actor;
  let otherOfficer: Actor;
  let producer: ProducerActor;
  let otherProducer: ProducerActor;
  let buyer: Actor & { distributorId: string };
  let otherBuyer: Actor & { distributorId: string };
  let fairId: string;
  let bookingId: string;
  let mouId: string;
  let orderId: string;

  const api = (...args: Parameters<RunningSystem['api']>) => system.api(...args);

  beforeAll(async () => {
    system = await RunningSystem.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = await system.loginAdmin();
    organiser = await officer(system, admin);
    otherOfficer = await officer(system, admin);
    producer = await certifiedProducer(system, admin, organiser);
    otherProducer = await certifiedProducer(system, admin, organiser);
    buyer = await distributor(system, admin, organiser);
    otherBuyer = await distributor(system, admin, organiser);
  }, 300_000);

  afterAll(() => system?.stop());

  describe('an officer runs a fair', () => {
    it('schedules a fair only as its own organiser, and opens booking', async () => {
      const forSomeoneElse = await api('POST', '/fairs', {
        token: organiser.token,
        body: { ...(await import('./journeys')).fairRequest(otherOfficer.userId) },
      });
      expect(forSomeoneElse.status).toBe(404);
      expect((await api('POST', '/fairs', { token: producer.token, body: {} })).status).toBe(403);

      fairId = await openFair(system, organiser);
      const fair = expectStatus(
        await api('GET', `/fairs/${fairId}`, { token: producer.token }),
        200,
      );
      expect(fair).toMatchObject({ fairId, organiserId: organiser.userId, status: 'booking-open' });
    });

    it('another officer cannot manage the fair or see its bookings: 404', async () => {
      for (const [method, path] of [
        ['POST', `/fairs/${fairId}/close-booking`],
        ['GET', `/fairs/${fairId}/bookings`],
        ['GET', `/fairs/${fairId}/attendees`],
        ['GET', `/fairs/${fairId}/board`],
      ] as const) {
        const answer = await api(method, path, { token: otherOfficer.token });
        expect({ path, status: answer.status, body: answer.body }).toEqual({
          path,
          status: 404,
          body: { statusCode: 404, error: 'Not Found', message: [`fair ${fairId} not found`] },
        });
      }
    });
  });

  describe('a producer books a booth', () => {
    it('books for itself once trade-fairs knows its certificate; never for another producer', async () => {
      const forOther = await api('POST', `/fairs/${fairId}/bookings`, {
        token: producer.token,
        body: {
          producerId: otherProducer.producerId,
          boothType: 'standard-3x3',
          productIds: [otherProducer.productId],
        },
      });
      expect(forOther.status).toBe(404);

      const booked = await eventually(
        'the booking to be accepted',
        () =>
          api('POST', `/fairs/${fairId}/bookings`, {
            token: producer.token,
            body: {
              producerId: producer.producerId,
              boothType: 'standard-3x3',
              productIds: [producer.productId],
            },
          }),
        201,
      );
      bookingId = booked.bookingId;
      expect(booked.location).toBe(`/api/v1/fairs/${fairId}/bookings/${bookingId}`);
    });

    it('sees its booking; the other producer and the other officer get 404; the organiser approves', async () => {
      const path = `/fairs/${fairId}/bookings/${bookingId}`;
      expect((await api('GET', path, { token: producer.token })).status).toBe(200);
      expect((await api('GET', path, { token: otherProducer.token })).status).toBe(404);
      expect((await api('POST', `${path}/approve`, { token: otherOfficer.token })).status).toBe(
        404,
      );
      expect((await api('POST', `${path}/approve`, { token: producer.token })).status).toBe(403);
      const approved = expectStatus(
        await api('POST', `${path}/approve`, { token: organiser.token }),
        200,
      );
      expect(approved.status).toBe('approved');
      const listed = expectStatus(
        await api('GET', `/fairs/${fairId}/bookings`, { token: organiser.token }),
        200,
      );
      expect(listed.items).toContainEqual(
        expect.objectContaining({ bookingId, status: 'approved' }),
      );
    });

    it('reads and changes only its own producer and products', async () => {
      const mine = `/producers/${producer.producerId}`;
      const theirs = `/producers/${otherProducer.producerId}`;
      expect((await api('GET', mine, { token: producer.token })).status).toBe(200);
      expect((await api('GET', theirs, { token: producer.token })).status).toBe(404);
      expect(
        (
          await api('GET', `${theirs}/products/${otherProducer.productId}`, {
            token: producer.token,
          })
        ).status,
      ).toBe(404);
      const capacity = await api('PUT', `${theirs}/products/${otherProducer.productId}/capacity`, {
        token: producer.token,
        body: { monthlyCapacity: 1 },
      });
      expect(capacity.status).toBe(404);
      const certify = await api('PUT', `${mine}/products/${producer.productId}/certification`, {
        token: producer.token,
        body: { stars: 5, decisionNumber: 'QĐ-self', level: 'national', issuedOn: '2026-01-01' },
      });
      expect(certify.status).toBe(403);
    });
  });

  describe('a distributor sources, meets, signs and orders', () => {
    it('registers at the fair and asks the producer for a meeting, which the producer accepts', async () => {
      expectStatus(
        await api('POST', `/fairs/${fairId}/attendees`, {
          token: buyer.token,
          body: { distributorId: buyer.distributorId },
        }),
        201,
      );
      const asOther = await api('POST', `/fairs/${fairId}/attendees`, {
        token: buyer.token,
        body: { distributorId: otherBuyer.distributorId },
      });
      expect(asOther.status).toBe(404);

      const meeting = await eventually(
        'the meeting request to be accepted',
        () =>
          api('POST', `/fairs/${fairId}/meetings`, {
            token: buyer.token,
            body: {
              producerId: producer.producerId,
              distributorId: buyer.distributorId,
              requestedBy: 'distributor',
              slots: [0, 1],
            },
          }),
        201,
      );
      const meetingPath = `/fairs/${fairId}/meetings/${meeting.meetingId as string}`;
      expect((await api('GET', meetingPath, { token: otherBuyer.token })).status).toBe(404);
      const notTheirs = await api('POST', `${meetingPath}/accept`, {
        token: otherProducer.token,
        body: { by: 'producer', slot: 0 },
      });
      expect(notTheirs.status).toBe(404);
      const accepted = expectStatus(
        await api('POST', `${meetingPath}/accept`, {
          token: producer.token,
          body: { by: 'producer', slot: 0 },
        }),
        200,
      );
      expect(accepted.status).toBe('scheduled');
    });

    it('publishes a sourcing request that only it can see and change', async () => {
      const published = expectStatus(
        await api('POST', '/sourcing-requests', {
          token: buyer.token,
          body: {
            distributorId: buyer.distributorId,
            group: 'food',
            keywords: ['chè', 'Tân Cương'],
            minStars: 4,
            quantity: 200,
            unit: 'kg',
            targetPriceVnd: 450_000,
            deliveryProvince: 'Hà Nội',
            deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
        }),
        201,
      );
      const path = `/sourcing-requests/${published.sourcingRequestId as string}`;
      expect((await api('GET', path, { token: buyer.token })).status).toBe(200);
      expect((await api('GET', path, { token: otherBuyer.token })).status).toBe(404);
      expect((await api('POST', `${path}/close`, { token: otherBuyer.token })).status).toBe(404);
      expect(
        (await api('POST', '/sourcing-requests', { token: producer.token, body: {} })).status,
      ).toBe(403);
    });

    it('drafts an MOU at the fair that both parties sign; outsiders see 404', async () => {
      const drafted = expectStatus(
        await api('POST', '/mous', {
          token: buyer.token,
          body: mouDraft(
            buyer.distributorId,
            producer,
            fairId,
            'Biên bản ghi nhớ tiêu thụ chè Tân Cương',
          ),
        }),
        201,
      );
      mouId = drafted.mouId;
      const path = `/mous/${mouId}`;
      expect((await api('GET', path, { token: otherBuyer.token })).status).toBe(404);
      expect((await api('GET', path, { token: otherProducer.token })).status).toBe(404);
      expectStatus(await api('POST', `${path}/propose`, { token: buyer.token }), 200);

      const forgery = await api('POST', `${path}/sign`, {
        token: producer.token,
        body: signer('distributor', buyer.distributorId),
      });
      expect(forgery.status).toBe(404);
      expectStatus(
        await api('POST', `${path}/sign`, {
          token: producer.token,
          body: signer('producer', producer.producerId),
        }),
        200,
      );
      const active = expectStatus(
        await api('POST', `${path}/sign`, {
          token: buyer.token,
          body: signer('distributor', buyer.distributorId),
        }),
        200,
      );
      expect(active.status).toBe('active');
    });

    it('places an order (202, poll the Location) confirmed through the capacity saga', async () => {
      const placed = await api('POST', '/orders', {
        token: buyer.token,
        body: {
          distributorId: buyer.distributorId,
          producerId: producer.producerId,
          mouId,
          lines: [{ productId: producer.productId, quantity: 40, unitPriceVnd: 400_000 }],
        },
      });
      expect(placed.status).toBe(202);
      orderId = placed.body.orderId as string;
      expect(placed.headers.get('location')).toBe(`/api/v1/orders/${orderId}`);

      const asOther = await api('POST', '/orders', {
        token: otherBuyer.token,
        body: {
          distributorId: buyer.distributorId,
          producerId: producer.producerId,
          lines: [{ productId: producer.productId, quantity: 1, unitPriceVnd: 1 }],
        },
      });
      expect(asOther.status).toBe(404);

      await waitFor('the order to be confirmed', async () => {
        const order = await api('GET', `/orders/${orderId}`, { token: buyer.token });
        return order.body.status === 'confirmed';
      });
      expect((await api('GET', `/orders/${orderId}`, { token: producer.token })).status).toBe(200);
      expect((await api('GET', `/orders/${orderId}`, { token: otherBuyer.token })).status).toBe(
        404,
      );
      expect((await api('GET', `/orders/${orderId}`, { token: otherProducer.token })).status).toBe(
        404,
      );
    });
  });

  describe('the producer delivers and sees fulfilment', () => {
    it('ships (only its own orders), the buyer confirms delivery, the MOU counts it', async () => {
      expect(
        (await api('POST', `/orders/${orderId}/ship`, { token: otherProducer.token, body: {} }))
          .status,
      ).toBe(404);
      expect(
        (await api('POST', `/orders/${orderId}/deliver`, { token: producer.token })).status,
      ).toBe(403);
      expectStatus(
        await api('POST', `/orders/${orderId}/ship`, {
          token: producer.token,
          body: { trackingNumber: 'VN-123' },
        }),
        200,
      );
      expectStatus(await api('POST', `/orders/${orderId}/deliver`, { token: buyer.token }), 200);

      await waitFor('the MOU to count the delivery', async () => {
        const mou = await api('GET', `/mous/${mouId}`, { token: producer.token });
        return mou.body.targets?.[0]?.delivered === 40;
      });
    });
  });

  it('a producer or distributor reaches lists only for itself', async () => {
    const own = await api('GET', `/mous?partyType=producer&partyId=${producer.producerId}`, {
      token: producer.token,
    });
    expect(own.status).toBe(200);
    const other = await api('GET', `/mous?partyType=producer&partyId=${otherProducer.producerId}`, {
      token: producer.token,
    });
    expect(other.status).toBe(404);
    const unfiltered = await api('GET', '/mous', { token: buyer.token });
    expect(unfiltered.status).toBe(404);
    expect(
      (await api('GET', `/distributors/${otherBuyer.distributorId}`, { token: buyer.token }))
        .status,
    ).toBe(404);
    expect(
      (await api('GET', `/producers/${randomUUID()}/orders`, { token: producer.token })).status,
    ).toBe(404);
  });
});
