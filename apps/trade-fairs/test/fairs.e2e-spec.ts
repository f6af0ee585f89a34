import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { FAIR_LIFECYCLE_QUEUE, phaseJobId } from '../src/jobs/fair-lifecycle.processor';
import { fairRequest, inDays, startTradeFairs, TradeFairsApp } from './trade-fairs-app';

/** Fairs over the service's HTTP API, and their lifecycle driven by BullMQ jobs. */
describe('trade-fairs service: fairs and their lifecycle', () => {
  let service: TradeFairsApp;

  beforeAll(async () => {
    service = await startTradeFairs();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();
  const show = async (fairId: string) => (await http().get(`/fairs/${fairId}`)).body;
  const queue = () => service.queue(FAIR_LIFECYCLE_QUEUE);

  describe('scheduling', () => {
    it('answers 201 with the fair, its booth inventory and slots, and publishes FairScheduled', async () => {
      const request = fairRequest();
      const response = await http().post('/fairs').send(request);
      expect(response.status).toBe(201);
      const { fairId } = response.body;
      expect(response.body).toMatchObject({
        fairId,
        location: `/fairs/${fairId}`,
        kind: 'ocop-product-week',
        status: 'scheduled',
        startsAt: request.startsAt,
        meetingSlots: { lengthMinutes: 30, tables: 2, utcOffset: '+07:00', slotsPerDay: 6 },
        phases: [],
        version: 1,
      });
      expect(await show(fairId)).toMatchObject({
        boothTypes: [
          { code: 'standard-3x3', count: 100, priceVnd: 4_500_000, held: 0, available: 100 },
          { code: 'corner', count: 2, priceVnd: 6_000_000, held: 0, available: 2 },
        ],
        meetings: { requested: 0, scheduled: 0, held: 0, missed: 0 },
      });
      const event = await service.probe.next(
        'FairScheduled on Kafka',
        (e) => e.type === 'FairScheduled' && e.aggregateId === fairId,
      );
      expect(event).toMatchObject({ aggregateType: 'fair', aggregateVersion: 1 });
      expect(event.payload).toMatchObject({
        organiserId: 'officer-17',
        bookingOpensAt: request.bookingOpensAt,
      });
    });

    it('answers 400 naming every wrong field, nested ones by path', async () => {
      const bad = await http()
        .post('/fairs')
        .send(
          fairRequest({
            kind: 'bazaar',
            startsAt: 'next monday',
            boothTypes: [{ code: 'Standard 3x3', name: 'x', count: 0, priceVnd: 1.5 }],
            meetingSlots: { lengthMinutes: 30, tables: 2, dailyStart: '9h', dailyEnd: '12:00' },
            sponsor: 'Agribank',
          }),
        );
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'property sponsor should not exist',
          expect.stringMatching(/^kind must be one of the following values/),
          'startsAt must be a valid ISO 8601 date string',
          'boothTypes.0.code must be lower-case letters, digits and dashes, e.g. standard-3x3',
          'boothTypes.0.count must not be less than 1',
          'boothTypes.0.priceVnd must be an integer number',
          'meetingSlots.dailyStart must be a time of day, HH:mm',
        ]),
      );
    });

    it('answers 422 for a schedule out of order, and for a b2b session without slots', async () => {
      const order = await http()
        .post('/fairs')
        .send(fairRequest({ bookingClosesAt: inDays(11) }));
      expect(order.status).toBe(422);
      expect(order.body.message).toEqual(['bookingClosesAt must not be after startsAt']);
      const b2b = await http()
        .post('/fairs')
        .send(fairRequest({ kind: 'b2b-matchmaking', meetingSlots: undefined }));
      expect(b2b.status).toBe(422);
      expect(b2b.body.message).toEqual(['a b2b-matchmaking session needs meetingSlots']);
    });

    it('answers 404 for an unknown fair and 400 for an id that is not a uuid', async () => {
      const id = randomUUID();
      const missing = await http().get(`/fairs/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body.message).toEqual([`fair ${id} not found`]);
      expect((await http().post(`/fairs/${id}/start`)).status).toBe(404);
      expect(
        (
          await http()
            .patch(`/fairs/${id}`)
            .send({ endsAt: inDays(13) })
        ).status,
      ).toBe(404);
      expect((await http().get('/fairs/42')).status).toBe(400);
    });

    it('lists fairs a page at a time, filtered', async () => {
      const organiserId = `officer-${randomUUID().slice(0, 6)}`;
      for (const kind of ['trade-fair', 'exhibition', 'trade-fair', 'trade-fair']) {
        await service.scheduledFair({ kind, organiserId });
      }
      const first = await http().get(`/fairs?organiserId=${organiserId}&kind=trade-fair&limit=2`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ total: 3, page: 1, limit: 2 });
      expect(first.body.items).toHaveLength(2);
      const second = await http().get(
        `/fairs?organiserId=${organiserId}&kind=trade-fair&limit=2&page=2`,
      );
      expect(second.body.items).toHaveLength(1);
      const ids = [...first.body.items, ...second.body.items].map(
        (f: { fairId: string }) => f.fairId,
      );
      expect(new Set(ids).size).toBe(3);
      const bad = await http().get('/fairs?limit=0&offset=&colour=red&sort=colour');
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'property colour should not exist',
          'property offset should not exist',
          'limit must not be less than 1',
          expect.stringMatching(/^sort must be one of the following values/),
        ]),
      );
    });

    it('pages every list one way: page (from 1) and limit (1 to 100), each wrong value named', async () => {
      for (const [query, field] of [
        ['limit=101', 'limit must not be greater than 100'],
        ['limit=0', 'limit must not be less than 1'],
        ['page=abc', 'page must be an integer number'],
        ['page=0', 'page must not be less than 1'],
        ['order=up', 'order must be one of the following values: asc, desc'],
        ['offset=5', 'property offset should not exist'],
      ]) {
        const bad = await http().get(`/fairs?${query}`);
        expect(bad.status).toBe(400);
        expect(bad.body.message).toContain(field);
      }
      const organiserId = `officer-${randomUUID().slice(0, 6)}`;
      const names = ['Hội chợ B', 'Hội chợ A', 'Hội chợ C'];
      for (const name of names) await service.scheduledFair({ name, organiserId });
      const byName = await http().get(`/fairs?organiserId=${organiserId}&sort=name&order=desc`);
      expect(byName.body).toMatchObject({ page: 1, limit: 20, total: 3 });
      expect((byName.body.items as Array<{ name: string }>).map((fair) => fair.name)).toEqual([
        'Hội chợ C',
        'Hội chợ B',
        'Hội chợ A',
      ]);
    });
  });

  describe('the lifecycle', () => {
    const steps = [
      ['booking-open', 'bookingOpensAt', 'FairBookingOpened'],
      ['booking-closed', 'bookingClosesAt', 'FairBookingClosed'],
      ['in-progress', 'startsAt', 'FairOpened'],
      ['closed', 'endsAt', 'FairClosed'],
    ] as const;

    it('queues one delayed job per step and moves on as each runs at its time (promoted)', async () => {
      const fair = await service.scheduledFair();
      for (const [status, field] of steps) {
        const job = await queue().getJob(phaseJobId(fair.fairId, status, fair[field] as string));
        expect(await job?.getState()).toBe('delayed');
        expect(job!.delay).toBeGreaterThan(0);
      }
      for (const [status, field, type] of steps) {
        const job = await queue().getJob(phaseJobId(fair.fairId, status, fair[field] as string));
        await job!.promote(); // "it is that time now"
        await waitFor(`the fair to be ${status}`, async () =>
          (await show(fair.fairId)).status === status ? true : false,
        );
        await service.probe.next(type, (e) => e.type === type && e.aggregateId === fair.fairId);
      }
      const view = await show(fair.fairId);
      expect(view.phases).toEqual(
        steps.map(([status, field]) => ({ status, trigger: 'schedule', effectiveAt: fair[field] })),
      );
      expect(view.version).toBe(5);
    });

    it('runs the jobs on their own when their times come', async () => {
      const at = (seconds: number) => new Date(Date.now() + seconds * 1_000).toISOString();
      const fair = await service.scheduledFair({
        bookingOpensAt: at(1),
        bookingClosesAt: at(2),
        startsAt: at(3),
        endsAt: at(4),
        meetingSlots: undefined,
      });
      await waitFor(
        'the fair to close on its own',
        async () => ((await show(fair.fairId)).status === 'closed' ? true : false),
        { timeoutMs: 30_000 },
      );
      const types = (await service.storedEvents(fair.fairId)).map((e) => e.type);
      expect(types).toEqual([
        'FairScheduled',
        'FairBookingOpened',
        'FairBookingClosed',
        'FairOpened',
        'FairClosed',
      ]);
    });

    it('a job run twice, or after the officer went ahead, changes nothing', async () => {
      const fair = await service.scheduledFair();
      const opened = await http().post(`/fairs/${fair.fairId}/open-booking`);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({
        status: 'booking-open',
        phases: [{ status: 'booking-open', trigger: 'officer' }],
      });
      const again = await http().post(`/fairs/${fair.fairId}/open-booking`);
      expect(again.status).toBe(409);
      expect(again.body.message).toEqual([
        `cannot open booking of fair ${fair.fairId}: it is past that step (current state: booking-open)`,
      ]);

      for (let i = 0; i < 2; i++) {
        const job = await queue().add(
          'booking-open',
          {
            fairId: fair.fairId,
            status: 'booking-open',
            dueAt: fair.bookingOpensAt as string,
            correlationId: 'test',
          },
          { jobId: `manual-${fair.fairId}-${i}` },
        );
        await waitFor('the job to finish', async () =>
          (await queue().getJobState(job.id!)) === 'completed' ? true : false,
        );
        expect((await queue().getJob(job.id!))?.returnvalue).toMatchObject({
          outcome: 'nothing-due',
          current: true,
          status: 'booking-open',
        });
      }
      expect(await show(fair.fairId)).toMatchObject({ status: 'booking-open', version: 2 });

      // The officer may also start the fair early: booking closes on the way.
      const started = await http().post(`/fairs/${fair.fairId}/start`);
      expect((started.body.phases as Array<{ status: string }>).map((p) => p.status)).toEqual([
        'booking-open',
        'booking-closed',
        'in-progress',
      ]);
      expect((await http().post(`/fairs/${fair.fairId}/close`)).body.status).toBe('closed');
      expect((await http().post(`/fairs/${fair.fairId}/close`)).status).toBe(409);
    });

    it('rescheduling moves the jobs; a job of the old time does nothing', async () => {
      const fair = await service.scheduledFair();
      const oldClose = fair.bookingClosesAt as string;
      const newClose = inDays(9);
      const moved = await http().patch(`/fairs/${fair.fairId}`).send({ bookingClosesAt: newClose });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ bookingClosesAt: newClose, version: 2 });
      await service.probe.next(
        'FairRescheduled',
        (e) => e.type === 'FairRescheduled' && e.aggregateId === fair.fairId,
      );

      expect(
        await queue().getJob(phaseJobId(fair.fairId, 'booking-closed', oldClose)),
      ).toBeUndefined();
      const newJob = await queue().getJob(phaseJobId(fair.fairId, 'booking-closed', newClose));
      expect(await newJob?.getState()).toBe('delayed');
      expect(newJob!.delay).toBeGreaterThan(8 * 86_400_000);

      // A job for the old time that was already running (or not removed) acts only on the clock.
      const stale = await queue().add(
        'booking-closed',
        { fairId: fair.fairId, status: 'booking-closed', dueAt: oldClose, correlationId: 'test' },
        { jobId: `stale-${fair.fairId}` },
      );
      await waitFor('the stale job to finish', async () =>
        (await queue().getJobState(stale.id!)) === 'completed' ? true : false,
      );
      expect((await queue().getJob(stale.id!))?.returnvalue).toMatchObject({
        outcome: 'nothing-due',
        current: false,
      });
      expect((await show(fair.fairId)).status).toBe('scheduled');

      // The moved job, when its time comes, closes booking (opening it first: it was due too).
      await newJob!.promote();
      await waitFor('booking to close at the new time', async () =>
        (await show(fair.fairId)).status === 'booking-closed' ? true : false,
      );
      expect((await show(fair.fairId)).phases[1]).toEqual({
        status: 'booking-closed',
        trigger: 'schedule',
        effectiveAt: newClose,
      });
    });

    it('refuses to move a step already taken (409), out of order or changing the slot days (422)', async () => {
      const fair = await service.openFair();
      const opens = await http()
        .patch(`/fairs/${fair.fairId}`)
        .send({ bookingOpensAt: inDays(2) });
      expect(opens.status).toBe(409);
      expect(opens.body.message[0]).toContain('cannot move bookingOpensAt');
      const order = await http()
        .patch(`/fairs/${fair.fairId}`)
        .send({ startsAt: inDays(7) });
      expect(order.status).toBe(422);
      expect(order.body.message).toEqual(['bookingClosesAt must not be after startsAt']);
      const days = await http()
        .patch(`/fairs/${fair.fairId}`)
        .send({ endsAt: inDays(20) });
      expect(days.status).toBe(422);
      expect(days.body.message[0]).toContain('a new schedule must keep');
      const bad = await http().patch(`/fairs/${fair.fairId}`).send({ endsAt: 'soon' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['endsAt must be a valid ISO 8601 date string']);
    });
  });
});
