import { decodeCommit, StoredCommit } from '@ocop/event-sourcing';
import { EventEnvelope } from '@ocop/events';
import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { certified, producerRegistered, startTradeFairs, TradeFairsApp } from './trade-fairs-app';

/** Runs `tasks` with at most `width` of them in flight at once, keeping their order in the answers. */
async function pooled<T>(width: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

/**
 * The booth inventory under contention, through the HTTP API: 1,000 booking attempts for 100
 * booths end with exactly 100 booked and 900 clear "sold out" refusals.
 */
describe('trade-fairs service: 1,000 booking attempts for 100 booths', () => {
  const PRODUCERS = 200;
  const ATTEMPTS = 1_000;
  const BOOTHS = 100;
  let service: TradeFairsApp;
  let producers: Array<{ producerId: string; productId: string }>;

  beforeAll(async () => {
    service = await startTradeFairs({ LOG_LEVEL: 'error' });
    // 200 producers with a certified product each, known only from their events.
    producers = Array.from({ length: PRODUCERS }, () => ({
      producerId: randomUUID(),
      productId: randomUUID(),
    }));
    const events: EventEnvelope[] = (
      await pooled(
        20,
        producers.map(
          ({ producerId, productId }) =>
            () =>
              service.producerEvents(producerId, [
                ['ProducerRegistered', producerRegistered()],
                ['ProductCertified', certified(productId, `QĐ-${productId.slice(0, 8)}`)],
              ]),
        ),
      )
    ).flat();
    await service.handled(...events);
  }, 120_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();

  it('books exactly 100, refuses 900 as sold out, and loses or doubles none', async () => {
    const fair = await service.openFair({
      boothTypes: [
        { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: BOOTHS, priceVnd: 4_500_000 },
      ],
      meetingSlots: undefined,
    });
    const attempt = (i: number) => async () => {
      const { producerId, productId } = producers[i % PRODUCERS];
      const response = await http()
        .post(`/fairs/${fair.fairId}/bookings`)
        .send({ producerId, boothType: 'standard-3x3', productIds: [productId] });
      return {
        status: response.status,
        body: response.body as { bookingId?: string; boothNumber?: number; message?: string[] },
      };
    };
    const started = Date.now();
    const answers = await pooled(
      50,
      Array.from({ length: ATTEMPTS }, (_, i) => attempt(i)),
    );
    const elapsed = Date.now() - started;

    const booked = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 409);
    expect({
      booked: booked.length,
      refused: refused.length,
      elapsedUnder: elapsed < 120_000,
    }).toEqual({
      booked: BOOTHS,
      refused: ATTEMPTS - BOOTHS,
      elapsedUnder: true,
    });
    // Every refusal says why: sold out, not a lost race.
    const soldOut = `sold out: all ${BOOTHS} standard-3x3 booths of fair ${fair.fairId} are booked`;
    expect(new Set(refused.map((a) => a.body.message?.join()))).toEqual(new Set([soldOut]));
    // Each booth once, every booth taken.
    const numbers = booked.map((a) => a.body.boothNumber!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: BOOTHS }, (_, i) => i + 1));
    const bookingIds = new Set(booked.map((a) => a.body.bookingId!));
    expect(bookingIds.size).toBe(BOOTHS);

    // The store, the inventory and the views all say the same.
    const commits = (
      await service.db
        .collection<StoredCommit>('event_commits')
        .find({ aggregateType: 'booth-booking' })
        .toArray()
    ).map(decodeCommit);
    expect(commits).toHaveLength(BOOTHS);
    expect(new Set(commits.map((c) => c.aggregateId))).toEqual(bookingIds);
    expect(commits.every((c) => c.events[0].type === 'BoothBooked')).toBe(true);
    expect(
      await service.db.collection('booth_claims').countDocuments({ fairId: fair.fairId }),
    ).toBe(BOOTHS);
    const details = (await http().get(`/fairs/${fair.fairId}`)).body;
    expect(details.boothTypes[0]).toMatchObject({ count: BOOTHS, held: BOOTHS, available: 0 });
    const listed = (await http().get(`/fairs/${fair.fairId}/bookings?limit=100`)).body;
    expect(listed.total).toBe(BOOTHS);
    // And every booking reached Kafka once the relay caught up.
    await waitFor(
      'all 100 BoothBooked on Kafka',
      () =>
        new Set(
          service.probe.seen
            .filter((e) => e.type === 'BoothBooked' && e.payload.fairId === fair.fairId)
            .map((e) => e.aggregateId),
        ).size === BOOTHS,
      { timeoutMs: 60_000 },
    );

    // Ten cancellations free ten booths; 200 producers race for them, all at once: exactly 10 win.
    const cancelled = [...bookingIds].slice(0, 10);
    for (const bookingId of cancelled) {
      await http()
        .post(`/fairs/${fair.fairId}/bookings/${bookingId}/cancel`)
        .send({ reason: 'không tham gia được' })
        .expect(200);
    }
    const freed = booked
      .filter((a) => cancelled.includes(a.body.bookingId!))
      .map((a) => a.body.boothNumber!)
      .sort((a, b) => a - b);
    const second = await Promise.all(Array.from({ length: PRODUCERS }, (_, i) => attempt(i)()));
    const winners = second.filter((a) => a.status === 201);
    expect(winners).toHaveLength(10);
    expect(second.filter((a) => a.status === 409)).toHaveLength(PRODUCERS - 10);
    expect(winners.map((a) => a.body.boothNumber!).sort((a, b) => a - b)).toEqual(freed);
    expect((await http().get(`/fairs/${fair.fairId}`)).body.boothTypes[0]).toMatchObject({
      held: BOOTHS,
      available: 0,
    });
  }, 240_000);
});
