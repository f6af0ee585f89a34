import { RunningSystem, waitFor } from '@ocop/testing';
import { fillPath, organiserOfFair } from '../src/forwarding/access-rules';
import { GATEWAY_ROUTES } from '../src/routes';
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

type Buyer = Actor & { distributorId: string };

/**
 * The business rules that keep one party's figures safe from another, through the gateway with
 * every service on the real servers: an order under an MOU only from its own parties, an MOU
 * naming only a fair where its parties took part, and an officer acting only on the fairs it
 * organises. Each refusal is asserted, and so is what it protects (fulfilment, the fair's board).
 */
describe('rules between parties, through the gateway', () => {
  let system: RunningSystem;
  let admin: string;
  let organiser: Actor;
  let otherOfficer: Actor;
  let producer: ProducerActor;
  let otherProducer: ProducerActor;
  let buyer: Buyer;
  let otherBuyer: Buyer;
  let fairId: string;
  let otherFairId: string;
  let bookingId: string;
  let meetingId: string;
  let mouId: string;

  const api = (...args: Parameters<RunningSystem['api']>) => system.api(...args);
  const refusedFair = (fair: string, distributorId: string) =>
    `MOU names fair ${fair}, but its distributor ${distributorId} is not registered to attend it ` +
    `and none of its producers holds a booth booking there: an MOU names only a fair where its ` +
    `parties took part (if one registered or booked a moment ago, retry shortly)`;

  beforeAll(async () => {
    system = await RunningSystem.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    admin = await system.loginAdmin();
    organiser = await officer(system, admin);
    otherOfficer = await officer(system, admin);
    producer = await certifiedProducer(system, admin, organiser);
    otherProducer = await certifiedProducer(system, admin, organiser);
    buyer = await distributor(system, admin, organiser);
    otherBuyer = await distributor(system, admin, organiser);
    fairId = await openFair(system, organiser);
    otherFairId = await openFair(system, otherOfficer);
    // The producer books a booth at the organiser's fair; nobody takes part in the other one.
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
    bookingId = booked.bookingId as string;
  }, 300_000);

  afterAll(() => system?.stop());

  describe('an MOU names a fair only where its distributor attended or a producer booked', () => {
    it('refuses an MOU at a fair neither party took part in: 422', async () => {
      const strangers = await api('POST', '/mous', {
        token: otherBuyer.token,
        body: mouDraft(otherBuyer.distributorId, otherProducer, fairId),
      });
      expect({ status: strangers.status, body: strangers.body }).toEqual({
        status: 422,
        body: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: [refusedFair(fairId, otherBuyer.distributorId)],
        },
      });
      // The producer booked at the organiser's fair, not at the other officer's.
      const elsewhere = await api('POST', '/mous', {
        token: buyer.token,
        body: mouDraft(buyer.distributorId, producer, otherFairId),
      });
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.message).toEqual([refusedFair(otherFairId, buyer.distributorId)]);
    });

    it('accepts one where a producer party booked a booth, or the distributor attends', async () => {
      const drafted = expectStatus(
        await api('POST', '/mous', {
          token: buyer.token,
          body: mouDraft(buyer.distributorId, producer, fairId, 'Biên bản ghi nhớ tại hội chợ'),
        }),
        201,
      );
      mouId = drafted.mouId as string;
      expect(drafted).toMatchObject({ fairId, distributorId: buyer.distributorId });

      expectStatus(
        await api('POST', `/fairs/${fairId}/attendees`, {
          token: otherBuyer.token,
          body: { distributorId: otherBuyer.distributorId },
        }),
        201,
      );
      const attended = await eventually(
        'an MOU of the attending distributor at the fair',
        () =>
          api('POST', '/mous', {
            token: otherBuyer.token,
            body: mouDraft(otherBuyer.distributorId, otherProducer, fairId),
          }),
        201,
      );
      expect(attended).toMatchObject({ fairId, distributorId: otherBuyer.distributorId });
    });

    it('lets an officer draft one only at a fair it organises (another officer’s fair: 404)', async () => {
      const body = mouDraft(buyer.distributorId, producer, fairId);
      const other = await api('POST', '/mous', { token: otherOfficer.token, body });
      expect({ status: other.status, body: other.body }).toEqual({
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: ['party or fair not found'] },
      });
      expectStatus(await api('POST', '/mous', { token: organiser.token, body }), 201);
    });
  });

  describe('an order under an MOU comes from its distributor, to one of its producers', () => {
    it('has the MOU signed by both parties', async () => {
      const path = `/mous/${mouId}`;
      expectStatus(await api('POST', `${path}/propose`, { token: buyer.token }), 200);
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

    const order = (distributorId: string, producerId: string, productId: string) => ({
      distributorId,
      producerId,
      mouId,
      lines: [{ productId, quantity: 40, unitPriceVnd: 400_000 }],
    });

    it("refuses another distributor's order naming the MOU, even to its producer: 422", async () => {
      const refused = await api('POST', '/orders', {
        token: otherBuyer.token,
        body: order(otherBuyer.distributorId, producer.producerId, producer.productId),
      });
      expect({ status: refused.status, body: refused.body }).toEqual({
        status: 422,
        body: {
          statusCode: 422,
          error: 'Unprocessable Entity',
          message: [
            `distributor ${otherBuyer.distributorId} is not the distributor of MOU ${mouId}: only its own distributor orders under it`,
          ],
        },
      });
    });

    it('refuses an order to a producer not party to the MOU: 422', async () => {
      const refused = await api('POST', '/orders', {
        token: buyer.token,
        body: order(buyer.distributorId, otherProducer.producerId, otherProducer.productId),
      });
      expect(refused.status).toBe(422);
      expect(refused.body.message).toEqual([
        `producer ${otherProducer.producerId} is not a party to MOU ${mouId}: an order under an MOU goes to one of its producers`,
      ]);
    });

    it("counts only the MOU's own delivered order, in its fulfilment and on the fair's board", async () => {
      const placed = await api('POST', '/orders', {
        token: buyer.token,
        body: order(buyer.distributorId, producer.producerId, producer.productId),
      });
      expect(placed.status).toBe(202);
      const orderId = placed.body.orderId as string;
      await waitFor('the order to be confirmed', async () => {
        const found = await api('GET', `/orders/${orderId}`, { token: buyer.token });
        return found.body.status === 'confirmed';
      });
      expectStatus(
        await api('POST', `/orders/${orderId}/ship`, { token: producer.token, body: {} }),
        200,
      );
      expectStatus(await api('POST', `/orders/${orderId}/deliver`, { token: buyer.token }), 200);

      // The delivery reaches the board twice, each on its own path: the order's own event, and the
      // MOU's fulfilment that mou records from it. Both are awaited before the board is judged.
      const board = await waitFor('the board to count the delivered order', async () => {
        const answer = await api('GET', `/fairs/${fairId}/board`, { token: organiser.token });
        const orders = answer.body.orders as { delivered: number } | undefined;
        const mous = answer.body.mous as { items?: { overallPercent: number }[] } | undefined;
        const fulfilled = (mous?.items ?? []).some((item) => item.overallPercent > 0);
        return answer.status === 200 && orders?.delivered === 1 && fulfilled ? answer.body : false;
      });
      expect(board.mous).toMatchObject({
        signed: 1,
        items: [{ mouId, distributorId: buyer.distributorId, overallPercent: 40 }],
      });
      expect(board.orders).toEqual({ count: 1, delivered: 1, totalVnd: 16_000_000 });
      const mou = expectStatus(await api('GET', `/mous/${mouId}`, { token: buyer.token }), 200);
      expect(mou).toMatchObject({
        countedOrders: 1,
        targets: [{ productId: producer.productId, quantity: 100, delivered: 40, percent: 40 }],
      });
      // The refused orders were never placed: the other distributor has none.
      const theirs = expectStatus(
        await api('GET', `/distributors/${otherBuyer.distributorId}/orders`, {
          token: otherBuyer.token,
        }),
        200,
      );
      expect(theirs.total).toBe(0);
    });
  });

  describe('an officer acts only on the fairs it organises', () => {
    it('has a meeting at the fair to act on', async () => {
      const meeting = await eventually(
        'the meeting request to be accepted',
        () =>
          api('POST', `/fairs/${fairId}/meetings`, {
            token: otherBuyer.token,
            body: {
              producerId: producer.producerId,
              distributorId: otherBuyer.distributorId,
              requestedBy: 'distributor',
              slots: [0, 1],
            },
          }),
        201,
      );
      meetingId = meeting.meetingId as string;
    });

    /** Valid bodies, so each answer is the access rule's (bodies are validated before it). */
    const bodies: Record<string, () => Record<string, unknown>> = {
      'POST /fairs/:fairId/bookings': () => ({
        producerId: otherProducer.producerId,
        boothType: 'standard-3x3',
        productIds: [otherProducer.productId],
      }),
      'POST /fairs/:fairId/bookings/:bookingId/reject': () => ({ reason: 'Không đủ điều kiện' }),
      'POST /fairs/:fairId/bookings/:bookingId/cancel': () => ({ reason: 'Không đủ điều kiện' }),
      'POST /fairs/:fairId/attendees': () => ({ distributorId: buyer.distributorId }),
      'POST /fairs/:fairId/meetings': () => ({
        producerId: producer.producerId,
        distributorId: buyer.distributorId,
        requestedBy: 'distributor',
        slots: [2],
      }),
      'POST /fairs/:fairId/meetings/:meetingId/no-show': () => ({ absent: 'producer' }),
    };

    it("answers another officer 404 on every route of the organiser's fair, from the route table", async () => {
      const organisers = GATEWAY_ROUTES.filter((route) => route.access.officer === organiserOfFair);
      expect(organisers.length).toBeGreaterThanOrEqual(20);
      const params = { fairId, bookingId, meetingId };
      const answers = [];
      for (const route of organisers) {
        const key = `${route.method} ${route.path}`;
        const answer = await api(route.method, fillPath(route.path, params), {
          token: otherOfficer.token,
          ...(route.body ? { body: bodies[key]?.() ?? {} } : {}),
        });
        answers.push({ key, status: answer.status, body: answer.body });
      }
      expect(answers).toEqual(
        organisers.map((route) => ({
          key: `${route.method} ${route.path}`,
          status: 404,
          body: {
            statusCode: 404,
            error: 'Not Found',
            message: [fillPath(route.notFound, params)],
          },
        })),
      );
    });

    it('lets the organiser read the board and approve the booking the other officer could not', async () => {
      expectStatus(await api('GET', `/fairs/${fairId}/board`, { token: organiser.token }), 200);
      const approved = expectStatus(
        await api('POST', `/fairs/${fairId}/bookings/${bookingId}/approve`, {
          token: organiser.token,
        }),
        200,
      );
      expect(approved.status).toBe('approved');
      // And the other officer, on its own fair, is its organiser.
      expectStatus(
        await api('GET', `/fairs/${otherFairId}/board`, { token: otherOfficer.token }),
        200,
      );
    });

    it('reads the programme-wide views any officer may read', async () => {
      for (const path of [
        '/programme/figures',
        `/mous/${mouId}`,
        `/producers/${producer.producerId}/mous`,
        `/fairs/${fairId}`,
      ]) {
        const answer = await api('GET', path, { token: otherOfficer.token });
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      }
    });
  });
});
