import { RunningSystem, waitFor } from '@ocop/testing';
import {
  Actor,
  certifiedProducer,
  distributor,
  eventually,
  expectStatus,
  mouDraft,
  officer,
  openFair,
  ProducerActor,
  signer,
} from './journeys';

interface Entry {
  version: number;
  type: string;
  occurredAt: string;
  actor: { id: string; role: string };
  payload: Record<string, unknown>;
}

/**
 * Record histories through the gateway with every service running: an MOU's, an order's, a
 * booking's, a fair's and a product's events, oldest first with time, actor and payload, paged;
 * another party's record answers 404 as the record itself does.
 */
describe('record histories through the gateway', () => {
  let system: RunningSystem;
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
  const history = async (path: string, token: string, query = '') =>
    expectStatus(await api('GET', `${path}/history${query}`, { token }), 200) as {
      items: Entry[];
      page: number;
      limit: number;
      total: number;
    };
  const byParty = (party: { distributorId: string } | { producerId: string }) =>
    'distributorId' in party
      ? { id: party.distributorId, role: 'distributor' }
      : { id: party.producerId, role: 'producer' };

  /** Versions 1..n without gaps, times never going back, every time an ISO date. */
  const expectStreamOrder = (items: Entry[]) => {
    expect(items.map((item) => item.version)).toEqual(items.map((_, index) => index + 1));
    const times = items.map((item) => Date.parse(item.occurredAt));
    times.forEach((time) => expect(Number.isNaN(time)).toBe(false));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  };

  beforeAll(async () => {
    system = await RunningSystem.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    const admin = await system.loginAdmin();
    organiser = await officer(system, admin);
    otherOfficer = await officer(system, admin);
    producer = await certifiedProducer(system, admin, organiser);
    otherProducer = await certifiedProducer(system, admin, organiser);
    buyer = await distributor(system, admin, organiser);
    otherBuyer = await distributor(system, admin, organiser);

    fairId = await openFair(system, organiser);
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
    expectStatus(
      await api('POST', `/fairs/${fairId}/bookings/${bookingId}/approve`, {
        token: organiser.token,
      }),
      200,
    );

    const drafted = expectStatus(
      await api('POST', '/mous', {
        token: buyer.token,
        body: mouDraft(buyer.distributorId, producer, fairId, 'Biên bản ghi nhớ chè Tân Cương'),
      }),
      201,
    );
    mouId = drafted.mouId;
    expectStatus(await api('POST', `/mous/${mouId}/propose`, { token: buyer.token }), 200);
    expectStatus(
      await api('POST', `/mous/${mouId}/sign`, {
        token: producer.token,
        body: signer('producer', producer.producerId),
      }),
      200,
    );
    expectStatus(
      await api('POST', `/mous/${mouId}/sign`, {
        token: buyer.token,
        body: signer('distributor', buyer.distributorId),
      }),
      200,
    );

    const placed = await api('POST', '/orders', {
      token: buyer.token,
      body: {
        distributorId: buyer.distributorId,
        producerId: producer.producerId,
        lines: [{ productId: producer.productId, quantity: 10, unitPriceVnd: 400_000 }],
      },
    });
    expect(placed.status).toBe(202);
    orderId = placed.body.orderId as string;
    await waitFor('the order to be confirmed', async () => {
      const order = await api('GET', `/orders/${orderId}`, { token: buyer.token });
      return order.body.status === 'confirmed';
    });
    expectStatus(
      await api('POST', `/orders/${orderId}/ship`, {
        token: producer.token,
        body: { trackingNumber: 'VN-HIS-1' },
      }),
      200,
    );
  }, 300_000);

  afterAll(() => system?.stop());

  it("lists an MOU's events in order with type, time, actor and payload", async () => {
    const { items, page, limit, total } = await history(`/mous/${mouId}`, producer.token);
    expect({ page, limit, total }).toEqual({ page: 1, limit: 20, total: items.length });
    expect(items.map((item) => item.type)).toEqual([
      'MouDrafted',
      'MouProposed',
      'MouSigned',
      'MouSigned',
      'MouActivated',
    ]);
    expectStreamOrder(items);
    expect(items[0].actor).toEqual(byParty(buyer));
    expect(items[0].payload).toMatchObject({
      distributorId: buyer.distributorId,
      producerIds: [producer.producerId],
      fairId,
      title: 'Biên bản ghi nhớ chè Tân Cương',
    });
    expect(items[2].actor).toEqual(byParty(producer));
    expect(items[2].payload).toMatchObject({ partyType: 'producer', partyId: producer.producerId });
    expect(items[3].actor).toEqual(byParty(buyer));
    // The officer sees it as the MOU itself.
    expect((await history(`/mous/${mouId}`, organiser.token)).total).toBe(5);
  });

  it('pages a history with page and limit, newest first with order=desc; refuses a bad limit', async () => {
    const path = `/mous/${mouId}`;
    const all = (await history(path, buyer.token)).items;
    const second = await history(path, buyer.token, '?page=2&limit=2');
    expect(second).toEqual({ items: all.slice(2, 4), page: 2, limit: 2, total: 5 });
    const last = await history(path, buyer.token, '?page=3&limit=2');
    expect(last.items).toEqual(all.slice(4));
    expect((await history(path, buyer.token, '?page=4&limit=2')).items).toEqual([]);
    const newest = await history(path, buyer.token, '?limit=1&order=desc');
    expect(newest.items).toEqual([all[4]]);

    const tooMany = await api('GET', `${path}/history?limit=101`, { token: buyer.token });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body)).toContain('limit');
  });

  it("lists an order's events, the saga's answer by the system", async () => {
    const { items } = await history(`/orders/${orderId}`, producer.token);
    expect(items.map((item) => [item.type, item.actor])).toEqual([
      ['OrderPlaced', byParty(buyer)],
      ['OrderConfirmed', { id: 'system', role: 'system' }],
      ['OrderShipped', byParty(producer)],
    ]);
    expectStreamOrder(items);
    expect(items[0].payload).toMatchObject({
      producerId: producer.producerId,
      totalVnd: 4_000_000,
    });
    expect(items[2].payload).toEqual({ trackingNumber: 'VN-HIS-1' });
  });

  it("lists a booking's and a fair's events", async () => {
    const booking = await history(`/fairs/${fairId}/bookings/${bookingId}`, producer.token);
    expect(booking.items.map((item) => [item.type, item.actor])).toEqual([
      ['BoothBooked', byParty(producer)],
      ['BoothBookingApproved', { id: organiser.userId, role: 'officer' }],
    ]);
    expect(booking.items[0].payload).toMatchObject({
      fairId,
      producerId: producer.producerId,
      productIds: [producer.productId],
    });

    const fair = await history(`/fairs/${fairId}`, organiser.token);
    expect(fair.items.map((item) => [item.type, item.actor])).toEqual([
      ['FairScheduled', { id: organiser.userId, role: 'officer' }],
      ['FairBookingOpened', { id: organiser.userId, role: 'officer' }],
    ]);
    expect(fair.items[0].payload).toMatchObject({ organiserId: organiser.userId });
  });

  it("lists a product's events from its producer's stream, and no other product's", async () => {
    const { items } = await history(
      `/producers/${producer.producerId}/products/${producer.productId}`,
      producer.token,
    );
    expect(items.map((item) => item.type)).toEqual([
      'ProductRegistered',
      'ProductCertified',
      'CapacityReserved',
    ]);
    expect(items[0]).toMatchObject({
      actor: byParty(producer),
      payload: { productId: producer.productId, name: expect.any(String) },
    });
    expect(items[1]).toMatchObject({
      actor: { id: organiser.userId, role: 'officer' },
      payload: { productId: producer.productId, stars: 4 },
    });
    expect(items[2].payload).toMatchObject({
      orderId,
      lines: [{ productId: producer.productId, quantity: 10 }],
    });
    // Positions in the producer's stream: after ProducerRegistered, in order.
    expect(items.map((item) => item.version)).toEqual(
      [...items.map((item) => item.version)].sort((a, b) => a - b),
    );
    expect(items[0].version).toBeGreaterThan(1);
  });

  it("answers 404 for another party's record, as the record itself does", async () => {
    const notFound = async (path: string, token: string) => {
      const record = await api('GET', path, { token });
      const answer = await api('GET', `${path}/history`, { token });
      expect({ path, record: record.status, history: answer.status }).toEqual({
        path,
        record: 404,
        history: 404,
      });
      expect(answer.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    };
    await notFound(`/mous/${mouId}`, otherBuyer.token);
    await notFound(`/mous/${mouId}`, otherProducer.token);
    await notFound(`/orders/${orderId}`, otherBuyer.token);
    await notFound(`/orders/${orderId}`, otherProducer.token);
    await notFound(`/fairs/${fairId}/bookings/${bookingId}`, otherProducer.token);
    await notFound(`/fairs/${fairId}/bookings/${bookingId}`, otherOfficer.token);
    await notFound(
      `/producers/${producer.producerId}/products/${producer.productId}`,
      otherProducer.token,
    );
    // A product of another producer, asked under this one: not this producer's product.
    await notFound(
      `/producers/${producer.producerId}/products/${otherProducer.productId}`,
      organiser.token,
    );

    // A fair's history is its organiser's: another officer gets 404, a producer 403.
    const otherOrganiser = await api('GET', `/fairs/${fairId}/history`, {
      token: otherOfficer.token,
    });
    expect(otherOrganiser.status).toBe(404);
    expect((await api('GET', `/fairs/${fairId}/history`, { token: producer.token })).status).toBe(
      403,
    );
  });
});
