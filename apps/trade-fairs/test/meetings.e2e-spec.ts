import { randomUUID } from 'node:crypto';
import { startTradeFairs, TradeFairsApp } from './trade-fairs-app';

/** Distributors attending, and B2B meetings in slots and at tables, over the HTTP API. */
describe('trade-fairs service: B2B meetings', () => {
  let service: TradeFairsApp;

  beforeAll(async () => {
    service = await startTradeFairs();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  afterEach(() => service.clock.reset());

  const http = () => service.http();

  /** A B2B matchmaking session: 30-minute slots 09:00-12:00 on each of its days, at `tables` tables. */
  const session = (tables = 2) =>
    service.scheduledFair({
      kind: 'b2b-matchmaking',
      boothTypes: [],
      meetingSlots: { lengthMinutes: 30, tables, dailyStart: '09:00', dailyEnd: '12:00' },
    });

  async function attendee(fairId: string): Promise<string> {
    const distributorId = await service.registeredDistributor();
    await http().post(`/fairs/${fairId}/attendees`).send({ distributorId }).expect(201);
    return distributorId;
  }

  const producer = async () => (await service.certifiedProducer()).producerId;

  async function requested(
    fairId: string,
    parties: { producerId: string; distributorId: string },
    slots: number[],
    requestedBy: 'producer' | 'distributor' = 'distributor',
  ): Promise<string> {
    const response = await http()
      .post(`/fairs/${fairId}/meetings`)
      .send({ ...parties, requestedBy, slots });
    expect(response.status).toBe(201);
    return response.body.meetingId as string;
  }

  const accept = (fairId: string, meetingId: string, slot: number, by = 'producer') =>
    http().post(`/fairs/${fairId}/meetings/${meetingId}/accept`).send({ by, slot });

  async function scheduled(
    fairId: string,
    slot: number,
    parties?: { producerId: string; distributorId: string },
  ) {
    const both = parties ?? { producerId: await producer(), distributorId: await attendee(fairId) };
    const meetingId = await requested(fairId, both, [slot]);
    const response = await accept(fairId, meetingId, slot);
    expect(response.status).toBe(200);
    return { meetingId, ...both, view: response.body };
  }

  describe('attendees', () => {
    it('registers a distributor known from DistributorRegistered, once', async () => {
      const fair = await session();
      const stranger = randomUUID();
      const unknown = await http()
        .post(`/fairs/${fair.fairId}/attendees`)
        .send({ distributorId: stranger });
      expect(unknown.status).toBe(422);
      expect(unknown.body.message[0]).toContain(`distributor ${stranger} is not known here`);

      const distributorId = await service.registeredDistributor();
      const registered = await http()
        .post(`/fairs/${fair.fairId}/attendees`)
        .send({ distributorId });
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ fairId: fair.fairId, distributorId, version: 1 });
      const twice = await Promise.all(
        [1, 2].map(() => http().post(`/fairs/${fair.fairId}/attendees`).send({ distributorId })),
      );
      expect(twice.map((r) => r.status)).toEqual([409, 409]);
      expect(twice[0].body.message).toEqual([
        `distributor ${distributorId} is registered for fair ${fair.fairId} already`,
      ]);
      await attendee(fair.fairId);
      const list = await http().get(`/fairs/${fair.fairId}/attendees?limit=1`);
      expect(list.body).toMatchObject({ total: 2, page: 1, limit: 1 });
      expect(list.body.items).toHaveLength(1);
      expect(
        (await http().post(`/fairs/${randomUUID()}/attendees`).send({ distributorId })).status,
      ).toBe(404);
    });
  });

  describe('requests and answers', () => {
    it('either side requests offering slots; the other accepts one, at a table: MeetingScheduled', async () => {
      const fair = await session();
      const producerId = await producer();
      const distributorId = await attendee(fair.fairId);
      const response = await http()
        .post(`/fairs/${fair.fairId}/meetings`)
        .send({
          producerId,
          distributorId,
          requestedBy: 'producer',
          slots: [7, 2],
          note: 'Mẫu chè mới',
        });
      expect(response.status).toBe(201);
      const { meetingId } = response.body;
      expect(response.body).toMatchObject({
        location: `/fairs/${fair.fairId}/meetings/${meetingId}`,
        status: 'requested',
        requestedBy: 'producer',
        offeredSlots: [2, 7],
        note: 'Mẫu chè mới',
      });
      const own = await accept(fair.fairId, meetingId, 2, 'producer');
      expect(own.status).toBe(422);
      expect(own.body.message).toEqual([
        `the producer requested meeting ${meetingId}; only the distributor can accept it`,
      ]);
      const notOffered = await accept(fair.fairId, meetingId, 3, 'distributor');
      expect(notOffered.status).toBe(422);

      const accepted = await accept(fair.fairId, meetingId, 7, 'distributor');
      expect(accepted.status).toBe(200);
      const slot = (await http().get(`/fairs/${fair.fairId}/slots?page=8&limit=1`)).body;
      expect(slot).toMatchObject({ total: 18, page: 8, limit: 1 });
      expect(slot.items[0]).toMatchObject({ slot: 7, tables: 2, tablesTaken: 1 });
      expect(accepted.body).toMatchObject({
        status: 'scheduled',
        slot: 7,
        table: 1,
        acceptedBy: 'distributor',
        startsAt: slot.items[0].startsAt,
        endsAt: slot.items[0].endsAt,
      });
      const event = await service.probe.next(
        'MeetingScheduled on Kafka',
        (e) => e.type === 'MeetingScheduled' && e.aggregateId === meetingId,
      );
      expect(event).toMatchObject({
        aggregateType: 'fair-meeting',
        payload: { fairId: fair.fairId, producerId, distributorId, slot: 7, table: 1 },
      });
      expect((await accept(fair.fairId, meetingId, 2, 'distributor')).status).toBe(409);
    });

    it('refuses requests from a distributor not attending, a producer without a valid certificate, slots that do not exist or started', async () => {
      const fair = await session();
      const producerId = await producer();
      const outsider = await service.registeredDistributor();
      const stranger = randomUUID();
      const refused = await http()
        .post(`/fairs/${fair.fairId}/meetings`)
        .send({
          producerId: stranger,
          distributorId: outsider,
          requestedBy: 'distributor',
          slots: [1, 99],
        });
      expect(refused.status).toBe(422);
      expect((refused.body.message[0] as string).split('; ')).toEqual([
        'slot 99 does not exist: the fair has slots 0 to 17',
        `distributor ${outsider} is not registered to attend fair ${fair.fairId}`,
        `producer ${stranger} is not known here (no ProducerRegistered)`,
      ]);

      const distributorId = await attendee(fair.fairId);
      const slots = (await http().get(`/fairs/${fair.fairId}/slots?limit=2`)).body.items;
      service.clock.set(slots[1].startsAt);
      const started = await http()
        .post(`/fairs/${fair.fairId}/meetings`)
        .send({ producerId, distributorId, requestedBy: 'distributor', slots: [0, 2] });
      expect(started.status).toBe(422);
      expect(started.body.message).toEqual([`slot 0 started at ${slots[0].startsAt}`]);

      const bad = await http()
        .post(`/fairs/${fair.fairId}/meetings`)
        .send({ producerId, distributorId: 'hapro', requestedBy: 'buyer', slots: [-1] });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(
        expect.arrayContaining([
          'distributorId must be a UUID',
          expect.stringMatching(/^requestedBy must be one of the following values/),
          'each value in slots must not be less than 0',
        ]),
      );
      service.clock.reset();
      const noSlots = await service.scheduledFair({ meetingSlots: undefined });
      const none = await http()
        .post(`/fairs/${noSlots.fairId}/meetings`)
        .send({ producerId, distributorId, requestedBy: 'distributor', slots: [0] });
      expect(none.status).toBe(422);
      expect(none.body.message).toEqual([`fair ${noSlots.fairId} has no meeting slots`]);
    });

    it('is declined by the other side; declined is final', async () => {
      const fair = await session();
      const parties = { producerId: await producer(), distributorId: await attendee(fair.fairId) };
      const meetingId = await requested(fair.fairId, parties, [3]);
      const declined = await http()
        .post(`/fairs/${fair.fairId}/meetings/${meetingId}/decline`)
        .send({ by: 'producer', reason: 'hết hàng vụ này' });
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ status: 'declined', declinedBy: 'producer' });
      const late = await accept(fair.fairId, meetingId, 3);
      expect(late.status).toBe(409);
      expect(late.body.message[0]).toContain('(current state: declined)');
      expect((await http().get(`/fairs/${fair.fairId}/meetings/${randomUUID()}`)).status).toBe(404);
    });
  });

  describe('scheduling conflicts', () => {
    it('a producer has one meeting per slot', async () => {
      const fair = await session();
      const first = await scheduled(fair.fairId, 4);
      const other = await attendee(fair.fairId);
      const meetingId = await requested(
        fair.fairId,
        { producerId: first.producerId, distributorId: other },
        [4, 5],
      );
      const clash = await accept(fair.fairId, meetingId, 4);
      expect(clash.status).toBe(409);
      expect(clash.body.message).toEqual([
        `the producer ${first.producerId} already has a meeting in slot 4 (meeting ${first.meetingId})`,
      ]);
      expect((await accept(fair.fairId, meetingId, 5)).body).toMatchObject({
        status: 'scheduled',
        slot: 5,
      });
    });

    it('a distributor has one meeting per slot', async () => {
      const fair = await session();
      const first = await scheduled(fair.fairId, 6);
      const meetingId = await requested(
        fair.fairId,
        { producerId: await producer(), distributorId: first.distributorId },
        [6],
        'producer',
      );
      const clash = await accept(fair.fairId, meetingId, 6, 'distributor');
      expect(clash.status).toBe(409);
      expect(clash.body.message).toEqual([
        `the distributor ${first.distributorId} already has a meeting in slot 6 (meeting ${first.meetingId})`,
      ]);
      expect((await http().get(`/fairs/${fair.fairId}/meetings/${meetingId}`)).body.status).toBe(
        'requested',
      );
    });

    it('a table hosts one meeting per slot; cancelling frees it', async () => {
      const fair = await session(1);
      const first = await scheduled(fair.fairId, 2);
      const parties = { producerId: await producer(), distributorId: await attendee(fair.fairId) };
      const meetingId = await requested(fair.fairId, parties, [2]);
      const full = await accept(fair.fairId, meetingId, 2);
      expect(full.status).toBe(409);
      expect(full.body.message).toEqual(['all 1 tables are taken in slot 2']);

      const cancelled = await http()
        .post(`/fairs/${fair.fairId}/meetings/${first.meetingId}/cancel`)
        .send({ by: 'distributor', reason: 'đổi lịch' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'distributor' });
      expect((await accept(fair.fairId, meetingId, 2)).body).toMatchObject({
        status: 'scheduled',
        table: 1,
      });
      // The first pair is free again in that slot too.
      const again = await requested(
        fair.fairId,
        { producerId: first.producerId, distributorId: first.distributorId },
        [3],
      );
      expect((await accept(fair.fairId, again, 3)).status).toBe(200);
    });

    it('of ten meetings accepted at once for one producer in one slot, exactly one is scheduled', async () => {
      const fair = await session(20);
      const producerId = await producer();
      const meetings: string[] = [];
      for (let i = 0; i < 10; i++) {
        meetings.push(
          await requested(
            fair.fairId,
            { producerId, distributorId: await attendee(fair.fairId) },
            [9],
          ),
        );
      }
      const answers = await Promise.all(meetings.map((id) => accept(fair.fairId, id, 9)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      const list = await http().get(`/fairs/${fair.fairId}/meetings?slot=9&status=scheduled`);
      expect(list.body.total).toBe(1);
      expect(
        await service.db.collection('meeting_claims').countDocuments({ fairId: fair.fairId }),
      ).toBe(3);
    });
  });

  describe('held and no-show', () => {
    it('are recorded once the slot has started, and counted for the fair', async () => {
      const fair = await session();
      const held = await scheduled(fair.fairId, 1);
      const missed = await scheduled(fair.fairId, 1);
      await scheduled(fair.fairId, 8);
      const early = await http().post(`/fairs/${fair.fairId}/meetings/${held.meetingId}/held`);
      expect(early.status).toBe(422);
      expect(early.body.message[0]).toContain('before its slot starts');

      service.clock.set(new Date(Date.parse(held.view.startsAt) + 5 * 60_000));
      const cancel = await http()
        .post(`/fairs/${fair.fairId}/meetings/${held.meetingId}/cancel`)
        .send({ by: 'producer', reason: 'muộn' });
      expect(cancel.status).toBe(422);
      const recorded = await http().post(`/fairs/${fair.fairId}/meetings/${held.meetingId}/held`);
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({ status: 'held', slot: 1 });
      const noShow = await http()
        .post(`/fairs/${fair.fairId}/meetings/${missed.meetingId}/no-show`)
        .send({ absent: 'distributor' });
      expect(noShow.status).toBe(200);
      expect(noShow.body).toMatchObject({ status: 'missed', absent: 'distributor' });
      const bad = await http()
        .post(`/fairs/${fair.fairId}/meetings/${missed.meetingId}/no-show`)
        .send({ absent: 'nobody' });
      expect(bad.status).toBe(400);
      expect(
        (await http().post(`/fairs/${fair.fairId}/meetings/${missed.meetingId}/held`)).status,
      ).toBe(409);
      await service.probe.next(
        'MeetingMissed on Kafka',
        (e) => e.type === 'MeetingMissed' && e.aggregateId === missed.meetingId,
      );

      expect((await http().get(`/fairs/${fair.fairId}`)).body.meetings).toEqual({
        requested: 0,
        scheduled: 1,
        declined: 0,
        cancelled: 0,
        held: 1,
        missed: 1,
      });
      const mine = await http().get(
        `/fairs/${fair.fairId}/meetings?producerId=${held.producerId}&status=held`,
      );
      expect((mine.body.items as Array<{ meetingId: string }>).map((m) => m.meetingId)).toEqual([
        held.meetingId,
      ]);
      const page = await http().get(`/fairs/${fair.fairId}/meetings?limit=2&page=2`);
      expect(page.body).toMatchObject({ total: 3, page: 2, limit: 2 });
      expect(page.body.items).toHaveLength(1);
    });
  });
});
