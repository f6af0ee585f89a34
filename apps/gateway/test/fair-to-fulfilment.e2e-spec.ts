import { RunningSystem, waitFor } from '@ocop/testing';
import {
  Actor,
  certifiedProducer,
  distributor,
  eventually,
  expectStatus,
  officer,
  ProducerActor,
  producerRegistration,
  mouDraft,
  signer,
  tea,
} from './journeys';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MINUTE = 60_000;
const localTime = (offsetMinutes = 7 * 60) => new Date(Date.now() + offsetMinutes * MINUTE);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The programme's story end to end, through the gateway with every service running: an officer
 * schedules a fair; 50 producers try to book (some refused: no valid certificate, sold out); a
 * retail chain posts a sourcing request and gets ranked matches; meetings are planned, held; three
 * MOUs are signed at the fair; orders under them go through the capacity saga, are shipped and
 * delivered; producers see their fulfilment and the officer's board shows the fair's MOUs and their
 * fulfilment. Then a full read-model rebuild ends in the same state.
 */
describe('from a fair to fulfilled MOUs', () => {
  let system: RunningSystem;
  let admin: string;
  let organiser: Actor;
  let certified: ProducerActor[];
  let uncertified: Array<Actor & { producerId: string; productId: string }>;
  let chains: Array<Actor & { distributorId: string }>;
  let fairId: string;
  const booked: ProducerActor[] = [];
  const mous: Array<{
    mouId: string;
    producer: ProducerActor;
    chain: Actor & { distributorId: string };
  }> = [];
  const api = (...args: Parameters<RunningSystem['api']>) => system.api(...args);

  beforeAll(async () => {
    system = await RunningSystem.start({
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    admin = await system.loginAdmin();
    organiser = await officer(system, admin);
    certified = [];
    for (let i = 0; i < 46; i++) certified.push(await certifiedProducer(system, admin, organiser));
    uncertified = [];
    for (let i = 0; i < 4; i++) {
      const producer = expectStatus(
        await api('POST', '/producers', { token: organiser.token, body: producerRegistration() }),
        201,
      );
      const user = await system.user(admin, {
        role: 'producer',
        organisationId: producer.producerId,
      });
      const product = expectStatus(
        await api('POST', `/producers/${producer.producerId}/products`, {
          token: user.token,
          body: tea,
        }),
        201,
      );
      uncertified.push({ ...user, producerId: producer.producerId, productId: product.productId });
    }
    chains = [];
    for (let i = 0; i < 3; i++) chains.push(await distributor(system, admin, organiser));
  }, 600_000);

  afterAll(() => system?.stop());

  /** When slot 0 begins: a few minutes after the fair is scheduled, so meetings can be held. */
  let firstSlotAt = 0;

  it(
    'an officer schedules a fair with 44 booths and opens booking',
    async () => {
      // Slots run daily from dailyStart (local time); the first begins three minutes from now, so
      // meetings can be requested for it and then held. Near local midnight, wait for the new day
      // (up to 16 minutes: hence this test's own timeout).
      const local = localTime();
      if (local.getUTCHours() === 23 && local.getUTCMinutes() >= 45) {
        await sleep((61 - local.getUTCMinutes()) * MINUTE);
      }
      firstSlotAt = Math.ceil((Date.now() + 3 * MINUTE) / MINUTE) * MINUTE;
      const slotStart = localTime(7 * 60 + (firstSlotAt - Date.now()) / MINUTE);
      const hhmm = (d: Date) =>
        `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      const fair = expectStatus(
        await api('POST', '/fairs', {
          token: organiser.token,
          body: {
            kind: 'trade-fair',
            name: 'Hội chợ sản phẩm OCOP và làng nghề Hà Nội',
            organiserId: organiser.userId,
            venue: 'Trung tâm Triển lãm Giảng Võ',
            province: 'Hà Nội',
            bookingOpensAt: new Date(Date.now() + 5 * MINUTE).toISOString(),
            bookingClosesAt: new Date(Date.now() + 10 * MINUTE).toISOString(),
            startsAt: new Date(Date.now() + 10 * MINUTE).toISOString(),
            endsAt: new Date(Date.now() + 24 * 60 * MINUTE).toISOString(),
            boothTypes: [
              { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 44, priceVnd: 4_500_000 },
            ],
            meetingSlots: {
              lengthMinutes: 5,
              tables: 10,
              dailyStart: hhmm(slotStart),
              dailyEnd: '23:59',
            },
          },
        }),
        201,
      );
      fairId = fair.fairId;
      expectStatus(
        await api('POST', `/fairs/${fairId}/open-booking`, { token: organiser.token }),
        200,
      );
    },
    20 * MINUTE,
  );

  it('50 producers book: 44 get a booth, 2 find it sold out, 4 without a valid certificate are refused', async () => {
    const book = (producer: { token: string; producerId: string; productId: string }) =>
      api('POST', `/fairs/${fairId}/bookings`, {
        token: producer.token,
        body: {
          producerId: producer.producerId,
          boothType: 'standard-3x3',
          productIds: [producer.productId],
        },
      });
    // trade-fairs learns certificates from the producers' events: wait until it knows the last one.
    const last = certified[certified.length - 1];
    const first = await eventually('trade-fairs to know the certificates', () => book(last), 201);
    expect(first.status).toBe('requested');
    booked.push(last);
    const outcomes = await Promise.all(
      certified.slice(0, -1).map(async (p) => ({ p, answer: await book(p) })),
    );
    const soldOut = outcomes.filter(({ answer }) => answer.status === 409);
    outcomes.filter(({ answer }) => answer.status === 201).forEach(({ p }) => booked.push(p));
    expect(booked).toHaveLength(44);
    expect(soldOut).toHaveLength(2);
    expect(soldOut[0].answer.body.message[0]).toMatch(/^sold out/);

    for (const producer of uncertified) {
      const refused = await book(producer);
      expect(refused.status).toBe(422);
      expect(refused.body.message[0]).toContain('may not book a booth');
    }
    for (const producer of booked) {
      const path = `/fairs/${fairId}/bookings`;
      const list = expectStatus(
        await api('GET', `${path}?producerId=${producer.producerId}`, { token: organiser.token }),
        200,
      );
      const booking = (list.items as Body[]).find((b) => b.producerId === producer.producerId);
      if (booking)
        await api('POST', `${path}/${booking.bookingId}/approve`, { token: organiser.token });
    }
  });

  it('a retail chain posts a sourcing request and gets ranked matches, best first, with the reasons', async () => {
    const chain = chains[0];
    for (const c of chains) {
      expectStatus(
        await api('POST', `/fairs/${fairId}/attendees`, {
          token: c.token,
          body: { distributorId: c.distributorId },
        }),
        201,
      );
    }
    const request = expectStatus(
      await api('POST', '/sourcing-requests', {
        token: chain.token,
        body: {
          distributorId: chain.distributorId,
          group: 'food',
          keywords: ['che tan cuong'],
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
    const matches = await waitFor('the matches to be proposed', async () => {
      const answer = await api('GET', `/sourcing-requests/${request.sourcingRequestId}/matches`, {
        token: chain.token,
      });
      return answer.status === 200 && answer.body.matches.length > 0
        ? (answer.body.matches as Body[])
        : false;
    });
    const scores = matches.map((m) => m.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matches[0].factors).toEqual(
      expect.objectContaining({ groupFit: expect.any(Number), keywordFit: expect.any(Number) }),
    );
    const uncertifiedIds = new Set(uncertified.map((p) => p.productId));
    expect(matches.some((m) => uncertifiedIds.has(m.productId as string))).toBe(false);

    await waitFor('the distributor to see the matches on its sourcing board', async () => {
      const board = await api('GET', `/distributors/${chain.distributorId}/sourcing-requests`, {
        token: chain.token,
      });
      return board.body.items?.[0]?.matches?.length > 0;
    });
  });

  it('the officer publishes a meeting plan, and meetings are accepted and held', async () => {
    const plan = expectStatus(
      await api('POST', `/fairs/${fairId}/meeting-plan`, {
        token: organiser.token,
        body: { maxMeetingsPerParty: 2 },
      }),
      201,
    );
    expect(plan.meetings.length).toBeGreaterThan(0);
    expect(plan.totalScore).toBeGreaterThanOrEqual(plan.greedyScore);
    expectStatus(
      await api('POST', `/fairs/${fairId}/meeting-plan/publish`, { token: organiser.token }),
      200,
    );
    await waitFor('the plan to become meeting requests', async () => {
      const list = await api('GET', `/fairs/${fairId}/meetings?limit=100`, {
        token: organiser.token,
      });
      return list.body.total >= plan.meetings.length;
    });

    // Three chains meet three producers outside the plan in the fair's first slot, then the
    // organiser records them held once it has begun.
    const planned = new Set((plan.meetings as Body[]).map((m) => m.producerId as string));
    const partners = booked.filter((p) => !planned.has(p.producerId)).slice(0, chains.length);
    const meetings: string[] = [];
    for (const [i, chain] of chains.entries()) {
      const producer = partners[i];
      const meeting = expectStatus(
        await api('POST', `/fairs/${fairId}/meetings`, {
          token: chain.token,
          body: {
            producerId: producer.producerId,
            distributorId: chain.distributorId,
            requestedBy: 'distributor',
            slots: [0],
          },
        }),
        201,
      );
      const path = `/fairs/${fairId}/meetings/${meeting.meetingId}`;
      expectStatus(
        await api('POST', `${path}/accept`, {
          token: producer.token,
          body: { by: 'producer', slot: 0 },
        }),
        200,
      );
      meetings.push(path);
    }
    expect([200, 409]).toContain(
      (await api('POST', `/fairs/${fairId}/close-booking`, { token: organiser.token })).status,
    );
    expect([200, 409]).toContain(
      (await api('POST', `/fairs/${fairId}/start`, { token: organiser.token })).status,
    );
    await sleep(Math.max(0, firstSlotAt - Date.now() + 1_000));
    for (const path of meetings) {
      const held = expectStatus(await api('POST', `${path}/held`, { token: organiser.token }), 200);
      expect(held.status).toBe('held');
    }
  }, 420_000);

  it('three MOUs are signed at the fair; orders under them are confirmed, shipped and delivered', async () => {
    for (const [i, chain] of chains.entries()) {
      const producer = booked[i];
      const drafted = expectStatus(
        await api('POST', '/mous', {
          token: chain.token,
          body: mouDraft(chain.distributorId, producer, fairId),
        }),
        201,
      );
      const path = `/mous/${drafted.mouId}`;
      expectStatus(await api('POST', `${path}/propose`, { token: chain.token }), 200);
      expectStatus(
        await api('POST', `${path}/sign`, {
          token: producer.token,
          body: signer('producer', producer.producerId),
        }),
        200,
      );
      const active = expectStatus(
        await api('POST', `${path}/sign`, {
          token: chain.token,
          body: signer('distributor', chain.distributorId),
        }),
        200,
      );
      expect(active.status).toBe('active');
      mous.push({ mouId: drafted.mouId, producer, chain });
    }

    for (const [i, { mouId, producer, chain }] of mous.entries()) {
      const placed = await api('POST', '/orders', {
        token: chain.token,
        body: {
          distributorId: chain.distributorId,
          producerId: producer.producerId,
          mouId,
          lines: [{ productId: producer.productId, quantity: 25 * (i + 1), unitPriceVnd: 400_000 }],
        },
      });
      expect(placed.status).toBe(202);
      const orderPath = placed.headers.get('location')!.replace('/api/v1', '');
      await waitFor('the saga to confirm the order', async () => {
        const order = await api('GET', orderPath, { token: chain.token });
        return order.body.status === 'confirmed';
      });
      expectStatus(
        await api('POST', `${orderPath}/ship`, { token: producer.token, body: {} }),
        200,
      );
      expectStatus(await api('POST', `${orderPath}/deliver`, { token: chain.token }), 200);
    }
  });

  it('each producer sees its fulfilment; the fair board shows the MOUs signed there and theirs', async () => {
    for (const [i, { mouId, producer }] of mous.entries()) {
      await waitFor(`producer ${i} to see its delivered volume`, async () => {
        const list = await api('GET', `/producers/${producer.producerId}/mous`, {
          token: producer.token,
        });
        const mou = (list.body.items as Body[] | undefined)?.find((m) => m.mouId === mouId);
        return (
          mou?.products?.[0]?.deliveredQuantity === 25 * (i + 1) &&
          mou.overallPercent === 25 * (i + 1)
        );
      });
    }
    const board = await waitFor('the board to show the fulfilment', async () => {
      const answer = await api('GET', `/fairs/${fairId}/board`, { token: organiser.token });
      const items = (answer.body.mous?.items ?? []) as Body[];
      return items.length === 3 &&
        items.every((m) => m.overallPercent > 0) &&
        answer.body.orders?.delivered === 3
        ? (answer.body as Body)
        : false;
    });
    expect(board.mous.signed).toBe(3);
    expect(board.booths).toEqual([
      expect.objectContaining({ boothType: 'standard-3x3', total: 44, booked: 44, free: 0 }),
    ]);
    expect(board.meetings.held).toBe(3);
    expect(board.orders).toMatchObject({
      count: 3,
      delivered: 3,
      totalVnd: (25 + 50 + 75) * 400_000,
    });
  });

  it('a full read-model rebuild ends in the same state', async () => {
    const views = async () => ({
      board: (await api('GET', `/fairs/${fairId}/board`, { token: organiser.token })).body,
      producers: await Promise.all(
        mous.map(
          async ({ producer }) =>
            (await api('GET', `/producers/${producer.producerId}/mous`, { token: admin })).body,
        ),
      ),
      sourcing: (
        await api('GET', `/distributors/${chains[0].distributorId}/sourcing-requests`, {
          token: admin,
        })
      ).body,
    });
    const before = await views();
    const job = expectStatus(
      await api('POST', '/admin/projections/all/rebuild', { token: admin }),
      202,
    );
    await waitFor(
      'the rebuild to finish',
      async () => {
        const state = await api('GET', `/admin/projections/rebuilds/${job.jobId}`, {
          token: admin,
        });
        return state.body.state === 'completed';
      },
      { timeoutMs: 300_000, intervalMs: 500 },
    );
    expect(await views()).toEqual(before);
  });
});
