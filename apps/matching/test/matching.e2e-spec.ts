import { EventEnvelope, MatchesProposed, MeetingPlanProposed } from '@ocop/events';
import { waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { MatchingIndex } from '../src/infrastructure/matching-index';
import { MatchingRepositories } from '../src/infrastructure/repositories';
import { certificate, inDays, MatchingApp, startMatching } from './matching-app';
import { vietnamDay, vietnamMonth } from '@ocop/contracts';

/** The matching service fed by events over Kafka, answering over HTTP, publishing its own. */
describe('matching service', () => {
  let service: MatchingApp;

  beforeAll(async () => {
    service = await startMatching();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  afterEach(() => service.clock.reset());

  const http = () => service.http();
  const proposals = async (requestId: string) =>
    (await service.storedEvents(requestId)).filter((e) => e.type === 'MatchesProposed');
  const lastProposal = async (requestId: string) =>
    (await proposals(requestId)).at(-1)?.payload as unknown as MatchesProposed;

  describe('sourcing requests', () => {
    it('proposes the top matches of a published request, keywords with or without diacritics', async () => {
      const hanoi = { province: 'Hà Nội', district: 'Gia Lâm', craftVillage: 'Bát Tràng' };
      const batTrang = await service.producer(hanoi, [
        { name: 'Bình gốm Bát Tràng men lam', stars: 5 },
        { name: 'Khăn lụa', subgroup: 'Dệt may' },
      ]);
      const elsewhere = await service.producer({ province: 'Vĩnh Long', district: 'Mang Thít' }, [
        { name: 'Chum gốm đỏ', stars: 3 },
      ]);
      const uncertified = await service.producer(hanoi, [{ name: 'Đĩa gốm Bát Tràng' }], {
        certify: false,
      });

      const { requestId, distributorId } = await service.sourcingRequest({
        keywords: ['gom bat trang'],
      });
      const proposal = await lastProposal(requestId);
      expect(proposal.distributorId).toBe(distributorId);
      // Other tests' products share the topics: rank this test's own products among themselves.
      const own = new Set<string>([
        ...batTrang.productIds,
        ...elsewhere.productIds,
        ...uncertified.productIds,
      ]);
      const ids = proposal.matches.map((match) => match.productId).filter((id) => own.has(id));
      // The silk scarf only carries "bát tràng" from its village; the vase carries all words.
      expect(ids[0]).toBe(batTrang.productIds[0]);
      expect(ids).toContain(elsewhere.productIds[0]);
      expect(ids).not.toContain(uncertified.productIds[0]);
      const vase = proposal.matches.find((match) => match.productId === batTrang.productIds[0]);
      expect(vase?.factors).toMatchObject({ keywordFit: 1, groupFit: 1 });

      const answer = await http().get(`/sourcing-requests/${requestId}/matches`).expect(200);
      expect(answer.body).toEqual({ requestId, distributorId, matches: proposal.matches });

      // It reaches Kafka (the query side) through the outbox.
      await service.probe.next(
        'MatchesProposed on Kafka',
        (e) => e.type === 'MatchesProposed' && e.aggregateId === requestId,
      );
      // The matched producers are told (a BullMQ job writing their inbox).
      await waitFor('the producer notification', async () =>
        service.db.collection('producer_notifications').findOne({
          requestId,
          productId: batTrang.productIds[0],
          producerId: batTrang.producerId,
        }),
      );
    });

    it('rebuilds the same in-memory index from its database on start', async () => {
      const { requestId } = await service.sourcingRequest({ keywords: ['gốm'] });
      const proposed = await lastProposal(requestId);
      expect(proposed.matches.length).toBeGreaterThan(0);
      // What a restarted instance loads: a fresh index over the service's collections.
      const fresh = new MatchingIndex(service.app.get<Connection>(getConnectionToken()));
      await fresh.onModuleInit();
      const request = fresh.request(requestId)!;
      expect(request.status).toBe('open');
      expect([...request.matched].sort()).toEqual(proposed.matches.map((m) => m.productId).sort());
      const now = service.clock.now();
      const today = vietnamDay(now);
      const month = vietnamMonth(now);
      expect(fresh.supply.rank(request.demand, 20, today, month)).toEqual(proposed.matches);

      // Producer records are stored with their products as one JSON text; a record stored before
      // that (products as a document) is read the same.
      const [match] = proposed.matches;
      const stored = await service.db
        .collection('supply_producers')
        .findOne({ _id: match.producerId as never });
      expect(typeof stored?.productsJson).toBe('string');
      const { producerId, ...record } = fresh.supply.record(match.producerId);
      const legacyId = randomUUID();
      await service.db
        .collection('supply_producers')
        .insertOne({ ...record, _id: legacyId as never, version: 1 });
      const reloaded = new MatchingIndex(service.app.get<Connection>(getConnectionToken()));
      await reloaded.onModuleInit();
      expect(reloaded.supply.record(legacyId)).toEqual({
        ...record,
        producerId: legacyId,
        version: 1,
      });
      expect(reloaded.supply.record(producerId)).toEqual(fresh.supply.record(producerId));
      await service.db.collection('supply_producers').deleteOne({ _id: legacyId as never });
    });

    it('keeps a request whose proposal keeps failing, so a restart still knows it', async () => {
      const requestId = randomUUID();
      const matches = service.app.get(MatchingRepositories).matches;
      const save = matches.save.bind(matches);
      const failing = jest
        .spyOn(matches, 'save')
        .mockImplementation((aggregate, meta) =>
          aggregate.id === requestId
            ? Promise.reject(new Error('event store unavailable'))
            : save(aggregate, meta),
        );
      try {
        await service.probe.publish({
          type: 'SourcingRequestPublished',
          aggregateType: 'sourcing-request',
          aggregateId: requestId,
          aggregateVersion: 1,
          payload: {
            distributorId: randomUUID(),
            group: 'handicraft',
            keywords: ['gốm'],
            minStars: 3,
            quantity: 100,
            unit: 'chiếc',
            deliveryProvince: 'Hà Nội',
            deadline: inDays(30),
          },
        });
        await waitFor('the request stored without its proposal', () =>
          service.db.collection('demand_requests').findOne({ _id: requestId as never }),
        );
      } finally {
        failing.mockRestore();
      }
      expect(await proposals(requestId)).toEqual([]);
      const fresh = new MatchingIndex(service.app.get<Connection>(getConnectionToken()));
      await fresh.onModuleInit();
      expect(fresh.request(requestId)?.status).toBe('open');
    });

    it('answers 404 for an unknown request and 400 for a malformed id', async () => {
      await http().get(`/sourcing-requests/${randomUUID()}/matches`).expect(404);
      const bad = await http().get('/sourcing-requests/not-a-uuid/matches');
      expect(bad.status).toBe(400);
    });

    it('matches a newly certified product against open requests and withdraws it on expiry', async () => {
      const keyword = `glaze${randomUUID().slice(0, 8)}`; // one word no other product has
      const { requestId } = await service.sourcingRequest({ keywords: [keyword] });
      expect((await lastProposal(requestId)).matches).toEqual([]);

      const { producerId, productIds } = await service.producer(
        { province: 'Hà Nội', district: 'Gia Lâm' },
        [{ name: `Bình ${keyword}` }],
        { certify: false },
      );
      await service.stream('producer', producerId, [
        ['ProductCertified', certificate(productIds[0], 4, '2035-01-10')],
      ]);
      const proposed = await lastProposal(requestId);
      expect(proposed.matches.map((m) => m.productId)).toEqual(productIds);
      // On its expiry day the certificate is no longer shown, even before the event arrives.
      service.clock.set('2035-01-10T08:00:00Z');
      const lapsed = await http().get(`/sourcing-requests/${requestId}/matches`).expect(200);
      expect(lapsed.body.matches).toEqual([]);
      service.clock.reset();

      await service.stream('producer', producerId, [
        [
          'CertificationExpired',
          { productId: productIds[0], decisionNumber: 'QĐ-1', expiredOn: '2035-01-10' },
        ],
      ]);
      const events = await service.storedEvents(requestId);
      expect(events.at(-1)).toMatchObject({
        type: 'MatchWithdrawn',
        payload: { productId: productIds[0], producerId, reason: 'certificate-expired' },
      });
      const answer = await http().get(`/sourcing-requests/${requestId}/matches`).expect(200);
      expect(answer.body.matches).toEqual([]);

      // A redelivered certificate of the same version changes nothing.
      const again = await service.probe.publish({
        type: 'ProductCertified',
        aggregateType: 'producer',
        aggregateId: producerId,
        aggregateVersion: 3,
        payload: certificate(productIds[0], 4, '2035-01-10'),
      });
      await service.handled(again);
      expect(await service.storedEvents(requestId)).toHaveLength(events.length);
    });
  });

  describe('fair meeting plans', () => {
    async function fairWithParties(producers: number, distributors: number) {
      const fairId = randomUUID();
      await service.stream('fair', fairId, [
        [
          'FairScheduled',
          {
            kind: 'b2b-matchmaking',
            name: 'Kết nối cung cầu OCOP',
            organiserId: 'officer-1',
            venue: 'Trung tâm Hội chợ',
            province: 'Hà Nội',
            bookingOpensAt: inDays(1),
            bookingClosesAt: inDays(8),
            startsAt: inDays(10),
            endsAt: inDays(10.1),
            boothTypes: [],
            meetingSlots: {
              lengthMinutes: 60,
              tables: 2,
              dailyStart: '09:00',
              dailyEnd: '12:00',
              utcOffset: '+07:00',
            },
          },
        ],
      ]);
      const producerIds: string[] = [];
      for (let p = 0; p < producers; p++) {
        const { producerId, productIds } = await service.producer(
          { province: 'Hà Nội', district: 'Gia Lâm' },
          [{ name: 'Bình gốm', stars: p % 2 === 0 ? 5 : 3 }],
        );
        producerIds.push(producerId);
        await service.stream('booth-booking', randomUUID(), [
          [
            'BoothBooked',
            { fairId, producerId, boothType: 'std', boothNumber: p + 1, productIds, priceVnd: 0 },
          ],
        ]);
      }
      const distributorIds: string[] = [];
      for (let d = 0; d < distributors; d++) {
        const distributorId = randomUUID();
        distributorIds.push(distributorId);
        await service.stream('distributor', distributorId, [
          [
            'DistributorRegistered',
            {
              kind: 'retail-chain',
              name: `Chuỗi ${d}`,
              registrationNumber: `01${Math.floor(Math.random() * 1e8)}`,
              channels: ['supermarket'],
              provincesServed: ['Hà Nội'],
            },
          ],
        ]);
        await service.stream('fair-attendee', randomUUID(), [
          ['FairAttendeeRegistered', { fairId, distributorId }],
        ]);
      }
      return { fairId, producerIds, distributorIds };
    }

    it('proposes a conflict-free plan, publishes it once, and refuses bad input', async () => {
      const { fairId, producerIds, distributorIds } = await fairWithParties(4, 3);
      await http().get(`/fairs/${fairId}/meeting-plan`).expect(404);
      await http().post(`/fairs/${fairId}/meeting-plan/publish`).expect(409);
      const tooMany = await http()
        .post(`/fairs/${fairId}/meeting-plan`)
        .send({ maxMeetingsPerParty: 17 });
      expect(tooMany.status).toBe(400);
      await http().post(`/fairs/${randomUUID()}/meeting-plan`).send({}).expect(404);

      const proposed = await http()
        .post(`/fairs/${fairId}/meeting-plan`)
        .send({ maxMeetingsPerParty: 2 })
        .expect(201);
      const plan = proposed.body as MeetingPlanProposed & { fairId: string; status: string };
      expect(plan).toMatchObject({ fairId, status: 'proposed', maxMeetingsPerParty: 2 });
      // 3 slots x 2 tables = 6 meetings at most; 4 producers and 3 distributors at 2 each allow 6.
      expect(plan.meetings).toHaveLength(6);
      expect(plan.totalScore).toBeGreaterThanOrEqual(plan.greedyScore);
      const taken = new Set<string>();
      for (const meeting of plan.meetings) {
        expect(producerIds).toContain(meeting.producerId);
        expect(distributorIds).toContain(meeting.distributorId);
        for (const key of [
          `p${meeting.producerId}@${meeting.slotId}`,
          `d${meeting.distributorId}@${meeting.slotId}`,
          `t${meeting.tableNumber}@${meeting.slotId}`,
        ]) {
          expect(taken.has(key)).toBe(false);
          taken.add(key);
        }
      }
      expect((await http().get(`/fairs/${fairId}/meeting-plan`).expect(200)).body).toEqual(
        proposed.body,
      );

      const published = await http().post(`/fairs/${fairId}/meeting-plan/publish`).expect(200);
      expect(published.body).toMatchObject({
        fairId,
        status: 'published',
        meetings: plan.meetings,
      });
      await http().post(`/fairs/${fairId}/meeting-plan/publish`).expect(409);
      await http().post(`/fairs/${fairId}/meeting-plan`).send({}).expect(409);
      const event: EventEnvelope = await service.probe.next(
        'MeetingPlanPublished on Kafka',
        (e) => e.type === 'MeetingPlanPublished' && e.aggregateId === fairId,
      );
      expect(event.payload).toMatchObject({ meetings: plan.meetings, totalScore: plan.totalScore });
    });
  });
});
