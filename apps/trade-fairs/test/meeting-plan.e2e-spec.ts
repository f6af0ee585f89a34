import { plannedMeetingId } from '../src/reactions/meeting-plan-published.reaction';
import { startTradeFairs, TradeFairsApp } from './trade-fairs-app';

/** matching's published meeting plan → meeting requests, once each. */
describe('trade-fairs service: published meeting plans', () => {
  let service: TradeFairsApp;

  beforeAll(async () => {
    service = await startTradeFairs();
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const http = () => service.http();

  it('requests each planned meeting once, and skips one the rules refuse', async () => {
    const fair = await service.scheduledFair({
      kind: 'b2b-matchmaking',
      boothTypes: [],
      meetingSlots: { lengthMinutes: 30, tables: 2, dailyStart: '09:00', dailyEnd: '12:00' },
    });
    const fairId = fair.fairId;
    const producers = [
      (await service.certifiedProducer()).producerId,
      (await service.certifiedProducer()).producerId,
    ];
    const distributorId = await service.registeredDistributor();
    await http().post(`/fairs/${fairId}/attendees`).send({ distributorId }).expect(201);
    const stranger = await service.registeredDistributor(); // never registered to attend

    const meetings = [
      { producerId: producers[0], distributorId, slotId: 0, tableNumber: 1, score: 0.9 },
      { producerId: producers[1], distributorId, slotId: 1, tableNumber: 1, score: 0.7 },
      { producerId: producers[1], distributorId: stranger, slotId: 0, tableNumber: 2, score: 0.5 },
    ];
    const publish = () =>
      service.probe.publish({
        type: 'MeetingPlanPublished',
        aggregateType: 'meeting-plan',
        aggregateId: fairId,
        aggregateVersion: 2,
        payload: { meetings, totalScore: 2.1 },
      });
    await service.handled(await publish());
    // The same fact again under another event id (e.g. re-published from the event store).
    await service.handled(await publish());

    for (const meeting of meetings.slice(0, 2)) {
      const id = plannedMeetingId(fairId, meeting.producerId, distributorId, meeting.slotId);
      const events = await service.storedEvents(id);
      expect(events.map((event) => event.type)).toEqual(['MeetingRequested']);
      expect(events[0].payload).toMatchObject({
        producerId: meeting.producerId,
        distributorId,
        requestedBy: 'distributor',
        offeredSlots: [meeting.slotId],
      });
    }
    const refused = plannedMeetingId(fairId, producers[1], stranger, 0);
    expect(await service.storedEvents(refused)).toEqual([]);

    const id = plannedMeetingId(fairId, producers[0], distributorId, 0);
    const accepted = await http()
      .post(`/fairs/${fairId}/meetings/${id}/accept`)
      .send({ by: 'producer', slot: 0 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'scheduled', slot: 0 });
  });
});
