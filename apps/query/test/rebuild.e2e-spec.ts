import { AGGREGATE_TYPES } from '@ocop/events';
import { TestClock, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../src/read-models/collections';
import { READ_MODELS } from '../src/projections';
import { QueryApp, startQuery } from './query-app';
import { programme, Programme } from './scenario';

interface RebuildJob {
  state: string;
  progress: {
    read: number;
    target: number;
    projections?: Record<string, { read: number; target: number }>;
  };
  result: { events: number } | null;
}

/**
 * After a mixed workload, dropping the read models and replaying every event from the start of
 * the topics (one projection, then all of them, as an admin asks over HTTP) ends in exactly the
 * state the live projections had.
 */
describe('query service: rebuilding the read models', () => {
  const clock = new TestClock(new Date('2026-03-15T03:00:00.000Z'));
  let service: QueryApp;
  const runs: Programme[] = [];

  beforeAll(async () => {
    service = await startQuery(clock);
  }, 900_000);

  afterAll(async () => {
    await service?.close();
  });

  /** Every read-model document, collection by collection, in _id order. */
  const readModels = async () => {
    const state: Record<string, unknown[]> = {};
    for (const name of Object.values(COLLECTIONS)) {
      state[name] = await service.db.collection(name).find().sort({ _id: 1 }).toArray();
    }
    return state;
  };

  /** What the HTTP views answer about the workload's parties. */
  const views = async () => {
    const paths = runs.flatMap((ids) => [
      `/producers/${ids.coop}/products`,
      `/producers/${ids.coop}/bookings`,
      `/producers/${ids.coop}/mous`,
      `/producers/${ids.coop}/obligations`,
      `/producers/${ids.household}/orders`,
      `/distributors/${ids.retail}/sourcing-requests`,
      `/distributors/${ids.retail}/orders`,
      `/distributors/${ids.showroom}/mous`,
      `/fairs/${ids.fair}/board`,
      `/catalogue/products?district=${encodeURIComponent(ids.district)}`,
      `/producers?district=${encodeURIComponent(ids.district)}`,
      `/producers/${ids.coop}/sourcing-requests`,
    ]);
    // Retail chains only: the sync markers are wholesalers, and more come with every sync.
    paths.push('/distributors?kind=retail-chain&limit=100');
    paths.push('/programme/figures', '/programme/expiring-certificates?limit=100');
    const answers: Record<string, unknown> = {};
    for (const path of paths) answers[path] = (await service.http().get(path).expect(200)).body;
    return answers;
  };

  const rebuild = async (name: string) => {
    const started = await service.http().post(`/admin/projections/${name}/rebuild`).expect(202);
    const location = (started.body as { location: string }).location;
    return waitFor(
      `the rebuild of ${name} to finish`,
      async () => {
        const job = (await service.http().get(location).expect(200)).body as RebuildJob;
        if (job.state === 'failed') throw new Error(`rebuild of ${name} failed`);
        return job.state === 'completed' ? job : false;
      },
      { timeoutMs: 900_000, intervalMs: 500 },
    );
  };

  it('ends in the same state as the live projections after a mixed workload', async () => {
    runs.push(await programme(service.feed, randomUUID().slice(0, 8)));
    runs.push(await programme(service.feed, randomUUID().slice(0, 8)));
    // More of the same across both: a later delivery, a termination, a closed request.
    const [first, second] = runs;
    await service.feed.emit(AGGREGATE_TYPES.purchaseOrder, first.orderShipped, 'OrderDelivered', {
      producerId: first.coop,
      mouId: first.mouAtFair,
      lines: [
        { productId: first.vase, quantity: 40, unitPriceVnd: 450_000, lineTotalVnd: 18_000_000 },
      ],
    });
    await service.feed.emit(AGGREGATE_TYPES.mou, first.mouAtFair, 'MouFulfilmentRecorded', {
      orderId: first.orderShipped,
      producerId: first.coop,
      version: 1,
      deliveredAt: '2026-03-15T01:00:00.000Z',
      lines: [{ productId: first.vase, quantity: 40 }],
    });
    await service.feed.emit(AGGREGATE_TYPES.mou, first.mouAtFair, 'ObligationMet', {
      version: 1,
      obligationId: 'o1',
      by: 'deliveries',
      metAt: '2026-03-15T01:00:00.000Z',
      late: true,
    });
    await service.feed.emit(AGGREGATE_TYPES.mou, second.mouDraft, 'MouTerminated', {
      reason: 'không thống nhất giá',
      previousStatus: 'drafted',
    });
    await service.feed.emit(
      AGGREGATE_TYPES.sourcingRequest,
      second.request,
      'SourcingRequestClosed',
      {
        reason: 'deadline',
      },
    );
    await service.feed.emit(AGGREGATE_TYPES.producer, second.household, 'ProducerDeactivated', {
      reason: 'ngừng sản xuất',
    });
    // The second MOU amended (a bigger vase target, the first delivery obligation carried over,
    // reported overdue under version 1) and the amendment signed by everyone.
    await service.feed.emit(AGGREGATE_TYPES.mou, second.mouAtFair, 'MouAmended', {
      version: 2,
      basedOn: 1,
      changes: ['targets', 'obligations'],
      terms: {
        products: [second.vase],
        productGroups: [],
        targets: [{ productId: second.vase, quantity: 600, unit: 'chiếc' }],
        priceTerms: { text: 'Giá cố định trong kỳ' },
        startDate: '2026-03-12',
        endDate: '2026-12-31',
        obligations: [
          {
            obligationId: 'o1',
            kind: 'delivery',
            description: 'Lô đầu tiên 100 bình',
            dueDate: '2026-03-14',
            productId: second.vase,
            quantity: 100,
          },
        ],
      },
    });
    await service.feed.emit(AGGREGATE_TYPES.mou, second.mouAtFair, 'MouActivated', {
      version: 2,
      previousVersion: 1,
      carriedObligations: [{ obligationId: 'o1', previousObligationId: 'o1' }],
      activatedAt: '2026-03-15T02:00:00.000Z',
      startDate: '2026-03-12',
      endDate: '2026-12-31',
    });
    await service.sync();

    const liveModels = await readModels();
    const liveViews = await views();
    expect(liveModels[COLLECTIONS.mous].length).toBeGreaterThanOrEqual(4);
    expect(liveViews[`/producers/${first.coop}/mous`]).toMatchObject({
      items: [
        {
          products: [{ deliveredQuantity: 100 }, { deliveredQuantity: 250 }],
          overdueObligations: 0,
        },
      ],
    });

    expect(liveViews[`/producers/${second.coop}/mous`]).toMatchObject({
      items: [
        {
          version: 2,
          signedAt: '2026-03-12T03:00:00.000Z',
          products: [
            { productId: second.vase, targetQuantity: 600, deliveredQuantity: 60, percent: 10 },
          ],
          overallPercent: 10,
          overdueObligations: 1,
        },
      ],
    });

    // One projection.
    const one = await rebuild('mous');
    expect(one.progress.read).toBe(one.progress.target);
    expect(await readModels()).toEqual(liveModels);

    // All of them, one after the other, with each one's progress.
    const all = await rebuild('all');
    expect(Object.keys(all.progress.projections ?? {}).sort()).toEqual(
      READ_MODELS.map((p) => p.name).sort(),
    );
    expect(all.progress).toMatchObject({ done: READ_MODELS.length, of: READ_MODELS.length });
    expect(all.progress.read).toBe(all.progress.target);
    expect(all.result).toEqual({ events: all.progress.read });
    const statuses = (await service.http().get('/admin/projections').expect(200)).body as Array<{
      _id: string;
      status: string;
      generation: number;
    }>;
    expect(statuses.map((s) => [s._id, s.status, s.generation]).sort()).toEqual(
      READ_MODELS.map((p) => [p.name, 'live', p.name === 'mous' ? 3 : 2]).sort(),
    );
    expect(await readModels()).toEqual(liveModels);
    expect(await views()).toEqual(liveViews);
  }, 2_400_000);
});
