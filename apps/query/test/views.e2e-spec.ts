import { AGGREGATE_TYPES } from '@ocop/events';
import { TestClock } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { QueryApp, startQuery } from './query-app';
import { programme, Programme } from './scenario';

/**
 * The query service fed with events on Kafka, as the write services publish them, answering every
 * view over HTTP: a producer's, a distributor's, an officer's fair board and programme figures,
 * and the catalogue. Today is 2026-03-15 in Việt Nam.
 */
/** A JSON answer, loosely: fields are checked by value, not by type. */
type Row = Record<string, unknown>;
interface Answer extends Row {
  items: Row[];
  page: number;
  limit: number;
  total: number;
}
type Tally = Record<string, number | undefined>;
interface Figures {
  asOf: string;
  certifiedProducts: {
    total: number;
    byStars: Tally;
    byGroup: Tally;
    byDistrict: Tally;
    byProducerKind: Tally;
  };
  expiringWithin90Days: number;
  mousSigned: { byMonth: Tally; byFair: Tally };
  modernChannel: {
    producers: number;
    withModernChannelMouOrOrder: number;
    share: number;
    target: number;
  };
}

describe('query service: read models built from events', () => {
  const clock = new TestClock(new Date('2026-03-15T03:00:00.000Z'));
  const run = randomUUID().slice(0, 8);
  let service: QueryApp;
  let ids: Programme;
  let before: Figures;

  const get = async <T = Answer>(path: string): Promise<T> => {
    const response = await service.http().get(path);
    if (response.status !== 200) {
      throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as T;
  };

  beforeAll(async () => {
    service = await startQuery(clock);
    await service.sync();
    before = await get<Figures>('/programme/figures');
    ids = await programme(service.feed, run);
    await service.sync();
  }, 900_000);

  afterAll(async () => {
    await service?.close();
  });

  it('shows a producer its products with certificates and days to expiry, sorted and paged', async () => {
    const page = await get(`/producers/${ids.coop}/products`);
    expect(page).toMatchObject({ page: 1, limit: 20, total: 4 });
    // By name, diacritics folded: Bát, Bình, Chum, Đĩa.
    expect(page.items.map((p: Row) => p.productId)).toEqual([
      ids.bowl,
      ids.vase,
      ids.jar,
      ids.plate,
    ]);
    const [bowl, vase, jar, plate] = page.items;
    expect(vase).toEqual({
      productId: ids.vase,
      producerId: ids.coop,
      name: 'Bình gốm sứ Bát Tràng men lam',
      photoUrls: [],
      group: 'handicraft',
      subgroup: 'ceramics',
      unit: 'chiếc',
      priceMinVnd: 450_000,
      priceMaxVnd: 900_000,
      monthlyCapacity: 800,
      qrCode: `QR-${ids.vase.slice(0, 8)}`,
      stars: 4,
      certificate: {
        decisionNumber: '101/QĐ-UBND',
        level: 'province',
        issuedOn: '2024-01-10',
        expiresOn: '2026-04-14',
        status: 'valid',
      },
      daysToExpiry: 30,
      updatedAt: expect.any(String),
    });
    // Re-rated: the national certificate replaced the provincial one.
    expect(bowl).toMatchObject({
      stars: 5,
      certificate: { decisionNumber: '55/QĐ-BNN', level: 'national', status: 'valid' },
      daysToExpiry: 838,
    });
    expect(jar).toMatchObject({ stars: null, certificate: null, daysToExpiry: null });
    expect(plate).toMatchObject({
      stars: 4,
      certificate: { decisionNumber: '103/QĐ-UBND', status: 'revoked' },
      daysToExpiry: null,
    });

    const second = await get(
      `/producers/${ids.coop}/products?limit=3&page=2&sort=priceMinVnd&order=desc`,
    );
    expect(second).toMatchObject({ page: 2, limit: 3, total: 4 });
    expect(second.items.map((p: Row) => p.productId)).toEqual([ids.bowl]);
    expect(await get(`/producers/${randomUUID()}/products`)).toEqual({
      items: [],
      page: 1,
      limit: 20,
      total: 0,
    });
  });

  it('shows a producer its bookings, MOUs with progress, obligations and orders', async () => {
    const bookings = await get(`/producers/${ids.coop}/bookings?sort=bookedAt&order=asc`);
    expect(bookings.total).toBe(2);
    expect(bookings.items).toEqual([
      expect.objectContaining({
        bookingId: ids.bookingCoop,
        fairId: ids.fair,
        fairName: `Tuần hàng OCOP Hà Nội ${run}`,
        boothType: 'corner',
        boothNumber: 1,
        status: 'checked-in',
        checkedIn: true,
      }),
      expect.objectContaining({
        bookingId: ids.bookingCancelled,
        boothType: 'standard-3x3',
        boothNumber: null,
        status: 'cancelled',
        checkedIn: false,
      }),
    ]);

    const mous = await get(`/producers/${ids.coop}/mous`);
    expect(mous.total).toBe(1);
    expect(mous.items[0]).toMatchObject({
      mouId: ids.mouAtFair,
      status: 'active',
      producerId: ids.coop,
      distributorId: ids.retail,
      counterpartName: 'Central Retail Việt Nam',
      fairId: ids.fair,
      signedAt: '2026-03-12T03:00:00.000Z',
      products: [
        {
          productId: ids.vase,
          unit: 'chiếc',
          targetQuantity: 300,
          deliveredQuantity: 60,
          percent: 20,
        },
        {
          productId: ids.bowl,
          unit: 'chiếc',
          targetQuantity: 1000,
          deliveredQuantity: 250,
          percent: 25,
        },
      ],
      overallPercent: 22.5,
      overdueObligations: 1,
    });

    const obligations = await get(`/producers/${ids.coop}/obligations`);
    expect(obligations.items.map((o: Row) => [o.obligationId, o.status, o.dueDate])).toEqual([
      ['o3', 'met', '2026-03-13'],
      ['o1', 'overdue', '2026-03-14'],
      ['o2', 'open', '2026-04-30'],
    ]);
    const overdue = await get(`/producers/${ids.coop}/obligations?status=overdue`);
    expect(overdue).toMatchObject({
      total: 1,
      items: [
        {
          mouId: ids.mouAtFair,
          obligationId: 'o1',
          delivered: 60,
          quantity: 100,
          counterpartName: 'Central Retail Việt Nam',
        },
      ],
    });
    // The household's MOU is only drafted: nothing binds it yet.
    expect((await get(`/producers/${ids.household}/obligations`)).total).toBe(0);

    const orders = await get(`/producers/${ids.coop}/orders`);
    expect(orders.items.map((o: Row) => [o.orderId, o.status])).toEqual([
      [ids.orderShipped, 'shipped'],
      [ids.orderDelivered, 'delivered'],
    ]);
    expect(orders.items[1]).toEqual({
      orderId: ids.orderDelivered,
      distributorId: ids.retail,
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      status: 'delivered',
      totalVnd: 57_000_000,
      lines: [
        { productId: ids.vase, quantity: 60, unitPriceVnd: 450_000, lineTotalVnd: 27_000_000 },
        { productId: ids.bowl, quantity: 250, unitPriceVnd: 120_000, lineTotalVnd: 30_000_000 },
      ],
      placedAt: '2026-03-12T04:00:00.000Z',
      updatedAt: '2026-03-14T04:00:00.000Z',
    });
    const delivered = await get(`/producers/${ids.coop}/orders?status=delivered`);
    expect(delivered.items.map((o: Row) => o.orderId)).toEqual([ids.orderDelivered]);
  });

  it('shows a distributor its sourcing requests with matches, orders by status and MOUs', async () => {
    const requests = await get(`/distributors/${ids.retail}/sourcing-requests`);
    expect(requests.total).toBe(1);
    expect(requests.items[0]).toMatchObject({
      requestId: ids.request,
      distributorId: ids.retail,
      group: 'handicraft',
      status: 'open',
      minStars: 4,
      // The latest proposal minus the withdrawn (revoked) plate.
      matches: [{ productId: ids.vase, producerId: ids.coop, score: 0.91 }],
    });
    expect(requests.items[0].matches).toHaveLength(1);
    // Stored as one JSON text; a proposal stored before that (an array of matches) reads the same.
    const proposals = service.db.collection('rm_sourcing_matches');
    const stored = await proposals.findOne({ _id: ids.request as never });
    expect(typeof stored?.matchesJson).toBe('string');
    const { matchesJson, ...rest } = stored!;
    await proposals.replaceOne(
      { _id: ids.request as never },
      { ...rest, matches: JSON.parse(matchesJson as string) as unknown[] },
    );
    const asArray = await get(`/distributors/${ids.retail}/sourcing-requests`);
    expect(asArray.items[0].matches).toEqual(requests.items[0].matches);
    await proposals.replaceOne({ _id: ids.request as never }, stored!);

    const orders = await get(`/distributors/${ids.retail}/orders?sort=totalVnd&order=asc`);
    expect(orders.items.map((o: Row) => o.totalVnd)).toEqual([18_000_000, 57_000_000]);
    const rejected = await get(`/distributors/${ids.showroom}/orders?status=rejected`);
    expect(rejected.items.map((o: Row) => o.orderId)).toEqual([ids.orderRejected]);

    const mous = await get(`/distributors/${ids.retail}/mous`);
    expect(mous.items).toEqual([
      expect.objectContaining({
        mouId: ids.mouAtFair,
        counterpartName: 'HTX Gốm sứ Bát Tràng',
        overallPercent: 22.5,
      }),
    ]);
    const drafts = await get(`/distributors/${ids.showroom}/mous?status=drafted`);
    expect(drafts.items).toEqual([
      expect.objectContaining({
        mouId: ids.mouDraft,
        status: 'drafted',
        signedAt: null,
        counterpartName: 'Hộ kinh doanh Chè Tân Cương',
        products: [
          { productId: ids.tea, unit: 'kg', targetQuantity: 50, deliveredQuantity: 0, percent: 0 },
        ],
      }),
    ]);
  });

  it("shows an officer the fair's board", async () => {
    // Another distributor's order naming the fair's MOU, to one of its producers, delivered; and
    // fulfilment records no mou service makes (another distributor's order, a producer not party
    // to it): none of them counts on the board or in the MOU's progress.
    const intruder = randomUUID();
    const intruderLines = [
      { productId: ids.vase, quantity: 100, unitPriceVnd: 450_000, lineTotalVnd: 45_000_000 },
    ];
    const order = AGGREGATE_TYPES.purchaseOrder;
    await service.feed.emit(order, intruder, 'OrderPlaced', {
      distributorId: ids.showroom,
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      lines: intruderLines,
      totalVnd: 45_000_000,
    });
    await service.feed.emit(order, intruder, 'OrderDelivered', {
      distributorId: ids.showroom,
      producerId: ids.coop,
      mouId: ids.mouAtFair,
      lines: intruderLines,
    });
    for (const [distributorId, producerId] of [
      [ids.showroom, ids.coop],
      [undefined, ids.household],
    ]) {
      await service.feed.emit(AGGREGATE_TYPES.mou, ids.mouAtFair, 'MouFulfilmentRecorded', {
        orderId: randomUUID(),
        ...(distributorId ? { distributorId } : {}),
        producerId,
        version: 1,
        deliveredAt: '2026-03-14T10:00:00.000Z',
        lines: [{ productId: ids.vase, quantity: 100 }],
      });
    }
    await service.sync();

    const fairs = await get(`/fairs?organizerId=${ids.organizer}`);
    expect(fairs).toMatchObject({
      total: 1,
      items: [{ fairId: ids.fair, status: 'in-progress', organizerId: ids.organizer }],
    });
    const board = await get(`/fairs/${ids.fair}/board`);
    expect(board).toMatchObject({
      fairId: ids.fair,
      name: `Tuần hàng OCOP Hà Nội ${run}`,
      organizerId: ids.organizer,
      status: 'in-progress',
      booths: [
        { boothType: 'standard-3x3', total: 10, booked: 1, free: 9 },
        { boothType: 'corner', total: 2, booked: 1, free: 1 },
      ],
      bookings: { 'checked-in': 1, requested: 1, cancelled: 1 },
      checkIns: 1,
      meetings: { requested: 5, accepted: 2, held: 1, noShow: 1, declined: 1, cancelled: 1 },
      mous: {
        signed: 1,
        items: [
          {
            mouId: ids.mouAtFair,
            producerId: ids.coop,
            distributorId: ids.retail,
            status: 'active',
            overallPercent: 22.5,
          },
        ],
      },
      orders: { count: 2, delivered: 1, totalVnd: 75_000_000 },
    });
    expect(Object.keys(board.bookings as Row).sort()).toEqual([
      'cancelled',
      'checked-in',
      'requested',
    ]);
    const missing = await service.http().get(`/fairs/${randomUUID()}/board`);
    expect(missing.status).toBe(404);
  });

  it('counts the programme figures and lists certificates about to expire', async () => {
    const after = await get<Figures>('/programme/figures');
    const delta = (path: (f: Figures) => number | undefined) =>
      (path(after) ?? 0) - (path(before) ?? 0);
    expect(after.asOf).toBe('2026-03-15');
    // vase (4), bowl (5), tea (3); the plate's certificate was revoked.
    expect(delta((f) => f.certifiedProducts.total)).toBe(3);
    expect(delta((f) => f.certifiedProducts.byStars['3'])).toBe(1);
    expect(delta((f) => f.certifiedProducts.byStars['4'])).toBe(1);
    expect(delta((f) => f.certifiedProducts.byStars['5'])).toBe(1);
    expect(delta((f) => f.certifiedProducts.byGroup.handicraft)).toBe(2);
    expect(delta((f) => f.certifiedProducts.byGroup.beverage)).toBe(1);
    expect(after.certifiedProducts.byDistrict[ids.district]).toBe(2);
    expect(after.certifiedProducts.byDistrict[ids.teaDistrict]).toBe(1);
    expect(delta((f) => f.certifiedProducts.byProducerKind.cooperative)).toBe(2);
    expect(delta((f) => f.certifiedProducts.byProducerKind['household-business'])).toBe(1);
    // The vase (30 days) and the tea (78 days).
    expect(delta((f) => f.expiringWithin90Days)).toBe(2);
    expect(after.mousSigned.byFair[ids.fair]).toBe(1);
    expect(delta((f) => f.mousSigned.byMonth['2026-03'])).toBe(1);
    expect(delta((f) => f.modernChannel.producers)).toBe(2);
    // The cooperative signed with a retail chain; the household only dealt with a showroom.
    expect(delta((f) => f.modernChannel.withModernChannelMouOrOrder)).toBe(1);
    expect(after.modernChannel.target).toBe(0.5);
    expect(after.modernChannel.share).toBeCloseTo(
      after.modernChannel.withModernChannelMouOrOrder / after.modernChannel.producers,
      4,
    );

    const mine = (page: Answer) =>
      page.items.filter((i: Row) => [ids.vase, ids.tea, ids.bowl].some((id) => id === i.productId));
    const within90 = await get('/programme/expiring-certificates?limit=100');
    expect(mine(within90).map((i: Row) => [i.productId, i.daysToExpiry, i.producerName])).toEqual([
      [ids.vase, 30, 'HTX Gốm sứ Bát Tràng'],
      [ids.tea, 78, 'Hộ kinh doanh Chè Tân Cương'],
    ]);
    const within31 = await get('/programme/expiring-certificates?days=31&limit=100');
    expect(mine(within31).map((i: Row) => i.productId)).toEqual([ids.vase]);
  });

  it('searches the catalogue with or without diacritics, filters, sorts and pages', async () => {
    const search = async (query: string) =>
      (
        await get(`/catalogue/products?district=${encodeURIComponent(ids.district)}&${query}`)
      ).items.map((p: Row) => p.productId);
    expect(await search('q=gom%20su%20bat%20trang')).toEqual([ids.vase]);
    expect(await search(`q=${encodeURIComponent('Gốm sứ Bát Tràng')}`)).toEqual([ids.vase]);
    expect(await search('q=GOM&sort=name')).toEqual([ids.bowl, ids.vase, ids.jar]);
    expect(await search(`q=${encodeURIComponent('đĩa')}`)).toEqual([ids.plate]);
    expect(await search('q=dia')).toEqual([ids.plate]);
    expect(await search('stars=5')).toEqual([ids.bowl]);
    expect(await search('validCertificate=true')).toEqual([ids.bowl, ids.vase]);
    expect(await search('validCertificate=false')).toEqual([ids.jar, ids.plate]);
    expect(
      await search('craftVillage=bat%20trang&group=handicraft&sort=priceMinVnd&order=desc'),
    ).toEqual([ids.jar, ids.vase, ids.plate, ids.bowl]);
    const tea = await get(
      `/catalogue/products?province=Thai%20Nguyen&district=${encodeURIComponent(ids.teaDistrict)}&group=beverage`,
    );
    expect(tea).toMatchObject({
      total: 1,
      items: [
        {
          productId: ids.tea,
          producerName: 'Hộ kinh doanh Chè Tân Cương',
          province: 'Thái Nguyên',
          district: ids.teaDistrict,
          craftVillage: null,
          stars: 3,
          daysToExpiry: 78,
        },
      ],
    });
    const paged = await get(
      `/catalogue/products?district=${encodeURIComponent(ids.district)}&sort=priceMinVnd&order=asc&limit=3&page=2`,
    );
    expect(paged).toMatchObject({ page: 2, limit: 3, total: 4 });
    expect(paged.items.map((p: Row) => p.productId)).toEqual([ids.jar]);
  });

  it("reads one catalogue product, a producer's products, and producers' name cards without their contacts", async () => {
    await expect(get(`/catalogue/products/${ids.vase}`)).resolves.toMatchObject({
      productId: ids.vase,
      producerId: ids.coop,
      producerName: 'HTX Gốm sứ Bát Tràng',
      craftVillage: 'Bát Tràng',
    });
    const own = await get(`/catalogue/products?producerId=${ids.coop}&q=gom&sort=name`);
    expect(own.items.map((p: Row) => p.productId)).toEqual([ids.bowl, ids.vase, ids.jar]);
    const card = {
      producerId: ids.coop,
      name: 'HTX Gốm sứ Bát Tràng',
      kind: 'cooperative',
      province: 'Hà Nội',
      district: ids.district,
      commune: 'Bát Tràng',
      craftVillage: 'Bát Tràng',
    };
    await expect(get(`/catalogue/producers/${ids.coop}`)).resolves.toEqual(card);
    // Word starts, diacritics folded; other runs' producers of the same name may be listed too.
    const found = await get('/catalogue/producers?q=htx%20gom%20bat&limit=100');
    expect(found.items).toContainEqual(card);
    const tea = await get(`/catalogue/producers?q=${encodeURIComponent('Chè Tân')}&limit=100`);
    expect(tea.items.map((p: Row) => p.producerId)).toContain(ids.household);
    expect(tea.items.map((p: Row) => p.producerId)).not.toContain(ids.coop);
    for (const path of [
      `/catalogue/products/${randomUUID()}`,
      `/catalogue/producers/${randomUUID()}`,
    ]) {
      expect((await service.http().get(path)).status).toBe(404);
    }
  });

  it('refuses bad query parameters with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['/catalogue/products?sort=price', 'sort'],
      ['/catalogue/products?limit=0', 'limit'],
      ['/catalogue/products?limit=101', 'limit'],
      ['/catalogue/products?page=abc', 'page'],
      ['/catalogue/products?order=up', 'order'],
      ['/catalogue/products?stars=2', 'stars'],
      ['/catalogue/products?validCertificate=yes', 'validCertificate'],
      ['/catalogue/products?group=toys', 'group'],
      ['/catalogue/products?colour=red', 'colour'],
      ['/catalogue/products?producerId=abc', 'producerId'],
      ['/catalogue/producers?limit=500', 'limit'],
      [`/producers/${ids.coop}/orders?status=lost`, 'status'],
      [`/producers/${ids.coop}/obligations?status=late`, 'status'],
      [`/producers/${ids.coop}/mous?sort=title`, 'sort'],
      [`/distributors/${ids.retail}/sourcing-requests?sort=score`, 'sort'],
      ['/programme/expiring-certificates?days=-1', 'days'],
      ['/fairs?sort=venue', 'sort'],
    ];
    for (const [path, field] of cases) {
      const response = await service.http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect((response.body as { message: string[] }).message.join(' ')).toContain(field);
    }
  });

  it('changes nothing when events are delivered again', async () => {
    const views = () =>
      Promise.all([
        get(`/producers/${ids.coop}/products`),
        get(`/producers/${ids.coop}/mous`),
        get(`/producers/${ids.coop}/orders`),
        get(`/fairs/${ids.fair}/board`),
        get(`/distributors/${ids.retail}/sourcing-requests`),
      ]);
    const first = await views();
    const again = service.feed.published.filter((e) =>
      [
        'MouFulfilmentRecorded',
        'OrderPlaced',
        'BoothBooked',
        'BoothBookingCancelled',
        'ProductCertified',
        'CertificationRevoked',
        'MatchesProposed',
        'MeetingRequested',
        'MouActivated',
      ].includes(e.type),
    );
    for (const event of again) await service.feed.redeliver(event);
    await service.sync();
    expect(await views()).toEqual(first);

    // Even past the runner's checkpoints (as after a crash between the writes and the checkpoint),
    // the documents' own versions keep older events from undoing later ones.
    const earlier = service.feed.published.filter(
      (e) =>
        [
          ids.coop,
          ids.mouAtFair,
          ids.orderDelivered,
          ids.bookingCancelled,
          ids.meetingHeld,
          ids.fair,
        ].includes(e.aggregateId as never) && e.type !== 'ProducerRegistered',
    );
    await service.db.collection('projection_checkpoints').deleteMany({
      _id: {
        $in: [
          `catalogue:${ids.coop}`,
          `mous:${ids.mouAtFair}`,
          `orders:${ids.orderDelivered}`,
          `fair-board:${ids.bookingCancelled}`,
          `fair-board:${ids.meetingHeld}`,
          `fair-board:${ids.fair}`,
        ] as never[],
      },
    });
    for (const event of earlier) await service.feed.redeliver(event);
    await service.sync();
    expect(await views()).toEqual(first);
  }, 600_000);

  it("exposes each projection's lag on /metrics", async () => {
    const metrics = await service.http().get('/metrics').expect(200);
    for (const name of ['catalogue', 'mous', 'fair-board', 'orders', 'sourcing-matches']) {
      expect(metrics.text).toMatch(
        new RegExp(`ocop_projection_lag_seconds\\{[^}]*projection="${name}"[^}]*\\} \\d`),
      );
    }
  });
});
