import { decodeCommit, StoredCommit } from '@ocop/event-sourcing';
import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { SOURCING_DEADLINE_QUEUE } from '../src/jobs/sourcing-request-deadline.processor';
import {
  DistributorsApp,
  registeredDistributor,
  registration,
  startDistributors,
} from './distributors-app';

/** Distributors and sourcing requests over the service's HTTP API, on the real servers. */
describe('distributors service: distributors and sourcing requests', () => {
  let service: DistributorsApp;

  beforeAll(async () => {
    service = await startDistributors();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();

  describe('distributors', () => {
    it('registers a distributor (201) and shows it', async () => {
      const data = registration({ kind: 'e-commerce', name: '  Postmart  ' });
      const created = await http().post('/distributors').send(data);
      expect(created.status).toBe(201);
      const { distributorId } = created.body;
      expect(created.body).toMatchObject({
        distributorId: expect.any(String),
        location: `/distributors/${distributorId}`,
        name: 'Postmart',
      });

      const shown = await http().get(`/distributors/${distributorId}`);
      expect(shown.status).toBe(200);
      expect(shown.body).toEqual({
        distributorId,
        kind: 'e-commerce',
        name: 'Postmart',
        registrationNumber: data.registrationNumber,
        channels: data.channels,
        provincesServed: data.provincesServed,
        version: 1,
      });
      const published = await service.probe.next(
        'DistributorRegistered on Kafka',
        (e) => e.type === 'DistributorRegistered' && e.aggregateId === distributorId,
      );
      expect(published.payload).toMatchObject({ registrationNumber: data.registrationNumber });
    });

    it('answers 409 for a registration number already taken, however it is written', async () => {
      const data = registration();
      await http().post('/distributors').send(data).expect(201);
      const again = await http()
        .post('/distributors')
        .send(registration({ registrationNumber: ` ${data.registrationNumber.toLowerCase()} ` }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(again.body.message[0]).toContain(
        `business registration ${data.registrationNumber} is already registered`,
      );
    });

    it('lets exactly one of several simultaneous registrations of a number win', async () => {
      const registrationNumber = registration().registrationNumber;
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          http()
            .post('/distributors')
            .send(registration({ registrationNumber, name: `Chain ${i}` })),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const commits = await service.db
        .collection<StoredCommit>('event_commits')
        .find({ aggregateType: 'distributor' })
        .toArray();
      const registered = commits
        .flatMap((commit) => decodeCommit(commit).events)
        .filter(
          (event) =>
            (event.payload as { registrationNumber?: string }).registrationNumber ===
            registrationNumber,
        );
      expect(registered).toHaveLength(1);
    });

    it('takes over a claim left by a registration that never reached the event store', async () => {
      const claims = service.db.collection<{ _id: string; distributorId: string; claimedAt: Date }>(
        'distributor_registration_claims',
      );
      const stale = registration().registrationNumber;
      const fresh = registration().registrationNumber;
      await claims.insertMany([
        { _id: stale, distributorId: randomUUID(), claimedAt: new Date(Date.now() - 120_000) },
        { _id: fresh, distributorId: randomUUID(), claimedAt: new Date() },
      ]);
      const takenOver = await http()
        .post('/distributors')
        .send(registration({ registrationNumber: stale }));
      expect(takenOver.status).toBe(201);
      expect(await claims.findOne({ _id: stale })).toMatchObject({
        distributorId: takenOver.body.distributorId,
      });
      // A fresh claim may belong to a registration still under way: not taken.
      const inFlight = await http()
        .post('/distributors')
        .send(registration({ registrationNumber: fresh }));
      expect(inFlight.status).toBe(409);
    });

    it('records the caller the gateway names and the correlation id in the event', async () => {
      const created = await http()
        .post('/distributors')
        .set('x-actor-id', 'buyer-17')
        .set('x-actor-role', 'distributor')
        .set('x-correlation-id', 'register-hapro-1')
        .send(registration());
      expect(created.status).toBe(201);
      expect(created.headers['x-correlation-id']).toBe('register-hapro-1');
      const [event] = await service.storedEvents(created.body.distributorId);
      expect(event).toMatchObject({
        type: 'DistributorRegistered',
        aggregateType: 'distributor',
        correlationId: 'register-hapro-1',
        causationId: null,
        actor: { id: 'buyer-17', role: 'distributor' },
      });
    });

    it('names every wrong field of a registration, and refuses unknown ones', async () => {
      const bad = await http()
        .post('/distributors')
        .send({
          kind: 'supermarket',
          name: '   ',
          registrationNumber: 'no',
          channels: [],
          provincesServed: ['Hà Nội', 7],
          rating: 5,
        });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const text = (bad.body.message as string[]).join('\n');
      for (const field of [
        'kind',
        'name',
        'registrationNumber',
        'channels',
        'provincesServed',
        'rating',
      ]) {
        expect(text).toContain(field);
      }
    });

    it('answers 404 for an unknown distributor and 400 for an id that is not a uuid', async () => {
      const unknown = await http().get(`/distributors/${randomUUID()}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.message[0]).toMatch(/^distributor .* not found$/);
      expect((await http().get('/distributors/abc')).status).toBe(400);
    });
  });

  describe('sourcing requests', () => {
    let distributorId: string;
    const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const need = (overrides: Record<string, unknown> = {}) => ({
      distributorId,
      group: 'beverage',
      subgroup: 'tea',
      keywords: ['chè Thái Nguyên', 'chè tân cương'],
      minStars: 4,
      quantity: 500,
      unit: 'kg',
      targetPriceVnd: 350_000,
      deliveryProvince: 'Hà Nội',
      deadline: inSeconds(3600),
      ...overrides,
    });
    const publish = async (overrides: Record<string, unknown> = {}) => {
      const response = await http().post('/sourcing-requests').send(need(overrides));
      expect(response.status).toBe(201);
      return response.body.sourcingRequestId as string;
    };
    const show = async (id: string) => (await http().get(`/sourcing-requests/${id}`)).body;

    beforeAll(async () => {
      distributorId = await registeredDistributor(service);
    });

    it('publishes (201), updates (200) and closes (200) a request', async () => {
      const created = await http().post('/sourcing-requests').send(need());
      expect(created.status).toBe(201);
      const id = created.body.sourcingRequestId;
      expect(created.body).toMatchObject({
        status: 'open',
        location: `/sourcing-requests/${id}`,
        distributorId,
        quantity: 500,
      });

      const deadline = inSeconds(7200);
      const updated = await http()
        .patch(`/sourcing-requests/${id}`)
        .send({ quantity: 800, minStars: 5, deadline });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ quantity: 800, minStars: 5, deadline, version: 2 });

      const closed = await http().post(`/sourcing-requests/${id}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'by-buyer', version: 3 });
      expect(await show(id)).toMatchObject({ status: 'closed', closedReason: 'by-buyer' });

      expect((await service.storedEvents(id)).map((e) => e.type)).toEqual([
        'SourcingRequestPublished',
        'SourcingRequestUpdated',
        'SourcingRequestClosed',
      ]);
      await service.probe.next(
        'SourcingRequestClosed on Kafka',
        (e) => e.type === 'SourcingRequestClosed' && e.aggregateId === id,
      );
    });

    it('answers 409 naming the state for a change or a close after closing', async () => {
      const id = await publish();
      await http().post(`/sourcing-requests/${id}/close`).expect(200);
      const again = await http().post(`/sourcing-requests/${id}/close`);
      expect(again.status).toBe(409);
      expect(again.body.message[0]).toContain('(current state: closed)');
      const update = await http().patch(`/sourcing-requests/${id}`).send({ quantity: 1 });
      expect(update.status).toBe(409);
      expect(update.body.message[0]).toContain('(current state: closed)');
    });

    it('answers 422 for a distributor that is not registered, a past deadline or an empty update', async () => {
      const stranger = randomUUID();
      const unregistered = await http()
        .post('/sourcing-requests')
        .send(need({ distributorId: stranger }));
      expect(unregistered.status).toBe(422);
      expect(unregistered.body.message).toEqual([
        `distributor ${stranger} is not registered: only a registered distributor may publish a sourcing request`,
      ]);

      const past = await http()
        .post('/sourcing-requests')
        .send(need({ deadline: inSeconds(-60) }));
      expect(past.status).toBe(422);
      expect(past.body.message[0]).toMatch(/deadline .* must be in the future/);

      const id = await publish();
      const empty = await http().patch(`/sourcing-requests/${id}`).send({});
      expect(empty.status).toBe(422);
      expect(
        (
          await http()
            .patch(`/sourcing-requests/${id}`)
            .send({ deadline: inSeconds(-5) })
        ).status,
      ).toBe(422);
      expect((await show(id)).version).toBe(1);
    });

    it('names every wrong field, and refuses fields that cannot change', async () => {
      const bad = await http()
        .post('/sourcing-requests')
        .send({
          ...need(),
          distributorId: 'someone',
          group: 'electronics',
          minStars: 2,
          quantity: 2.5,
          targetPriceVnd: -1,
          deadline: '2025-02-30',
          keywords: 'tea',
        });
      expect(bad.status).toBe(400);
      const text = (bad.body.message as string[]).join('\n');
      for (const field of [
        'distributorId',
        'group',
        'minStars',
        'quantity',
        'targetPriceVnd',
        'deadline',
        'keywords',
      ]) {
        expect(text).toContain(field);
      }

      const id = await publish();
      const fixed = await http()
        .patch(`/sourcing-requests/${id}`)
        .send({ group: 'food', deliveryProvince: 'Huế' });
      expect(fixed.status).toBe(400);
      expect(fixed.body.message).toEqual([
        'property group should not exist',
        'property deliveryProvince should not exist',
      ]);
    });

    it('answers 404 for an unknown request', async () => {
      const id = randomUUID();
      expect((await http().get(`/sourcing-requests/${id}`)).status).toBe(404);
      expect((await http().patch(`/sourcing-requests/${id}`).send({ quantity: 3 })).status).toBe(
        404,
      );
      expect((await http().post(`/sourcing-requests/${id}/close`)).status).toBe(404);
    });

    it('closes a request at its deadline through the delayed job', async () => {
      const id = await publish({ deadline: inSeconds(2) });
      const closed = await waitFor(
        'the deadline job to close the request',
        async () => {
          const view = await show(id);
          return view.status === 'closed' ? view : false;
        },
        { timeoutMs: 20_000 },
      );
      expect(closed).toMatchObject({ closedReason: 'deadline', version: 2 });
      await service.probe.next(
        'SourcingRequestClosed (deadline) on Kafka',
        (e) => e.type === 'SourcingRequestClosed' && e.aggregateId === id,
      );
    });

    it('moves the job with the deadline, later and then earlier', async () => {
      const id = await publish({ deadline: inSeconds(2) });
      await http()
        .patch(`/sourcing-requests/${id}`)
        .send({ deadline: inSeconds(600) })
        .expect(200);
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      expect(await show(id)).toMatchObject({ status: 'open', version: 2 });

      await http()
        .patch(`/sourcing-requests/${id}`)
        .send({ deadline: inSeconds(1.5) })
        .expect(200);
      const closed = await waitFor(
        'the moved deadline to close the request',
        async () => {
          const view = await show(id);
          return view.status === 'closed' ? view : false;
        },
        { timeoutMs: 20_000 },
      );
      expect(closed).toMatchObject({ closedReason: 'deadline', version: 4 });
    });

    it('runs the deadline job safely twice, and after the buyer closed the request', async () => {
      const queue = service.queue(SOURCING_DEADLINE_QUEUE);
      const runJob = async (sourcingRequestId: string, jobId: string) => {
        const job = await queue.add(
          'close-at-deadline',
          { sourcingRequestId, deadline: new Date().toISOString(), correlationId: 'test' },
          { jobId },
        );
        await waitFor(`job ${jobId} to finish`, async () =>
          (await queue.getJobState(job.id!)) === 'completed' ? true : false,
        );
        return (await queue.getJob(job.id!))?.returnvalue as unknown;
      };

      const byDeadline = await publish({ deadline: inSeconds(1) });
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      // Whichever of the scheduled job and these two runs first closes it; the others find it closed.
      const outcomes = [
        await runJob(byDeadline, `again-1-${byDeadline}`),
        await runJob(byDeadline, `again-2-${byDeadline}`),
      ];
      expect(outcomes).toContain('already-closed');
      await waitFor('the request to be closed', async () => (await show(byDeadline)).version === 2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await show(byDeadline)).toMatchObject({
        status: 'closed',
        closedReason: 'deadline',
        version: 2,
      });

      const byBuyer = await publish({ deadline: inSeconds(1) });
      await http().post(`/sourcing-requests/${byBuyer}/close`).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(await runJob(byBuyer, `after-close-${byBuyer}`)).toBe('already-closed');
      expect(await show(byBuyer)).toMatchObject({ closedReason: 'by-buyer', version: 2 });

      expect(await runJob(randomUUID(), `unknown-${randomUUID()}`)).toBe('unknown');
    });
  });
});
