import { EventEnvelope } from '@ocop/events';
import { TestClock } from '@ocop/testing';
import { expiryJobId, MOU_EXPIRY_QUEUE } from '../src/jobs/mou-expiry.processor';
import {
  deadlineJobId,
  OBLIGATION_DEADLINE_QUEUE,
} from '../src/jobs/obligation-deadline.processor';
import {
  OBLIGATION_REMINDER_QUEUE,
  reminderJobId,
} from '../src/jobs/obligation-reminder.processor';
import { MouApp, mouIn, orderDelivered, signer, startMou } from './mou-app';

/**
 * Expiry and obligation deadlines are BullMQ delayed jobs due at the end of a Vietnam day. The
 * service's clock stands on 1 September 2025, months before those days: a test runs a job now
 * (promote), and the job acts as at its due time.
 */
describe('mou service: expiry and obligation deadlines as jobs', () => {
  const clock = new TestClock(new Date('2025-09-01T03:00:00.000Z'));
  let service: MouApp;

  beforeAll(async () => {
    service = await startMou(clock);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  beforeEach(() => clock.set('2025-09-01T03:00:00.000Z'));

  const http = () => service.http();
  const show = async (mouId: string) => (await http().get(`/mous/${mouId}`).expect(200)).body;
  const onKafka = (
    type: string,
    mouId: string,
    match: (e: EventEnvelope) => boolean = () => true,
  ) =>
    service.probe.next(
      `${type} of ${mouId} on Kafka`,
      (e) => e.type === type && e.aggregateId === mouId && match(e),
    );
  const types = async (mouId: string) => (await service.storedEvents(mouId)).map((e) => e.type);

  it('waits until the end of the end date, then expires the MOU', async () => {
    const { mouId, coop, tea } = await mouIn(service, 'active');
    const job = await service.queue(MOU_EXPIRY_QUEUE).getJob(expiryJobId(mouId, '2025-12-31'));
    expect(job).toBeDefined();
    expect(await job!.getState()).toBe('delayed');
    // Due at 24:00 on 31 December in Hà Nội, counted from the service's clock.
    expect(job!.opts.delay).toBe(Date.parse('2025-12-31T17:00:00.000Z') - clock.now().getTime());

    expect(await service.runJobNow(MOU_EXPIRY_QUEUE, expiryJobId(mouId, '2025-12-31'))).toEqual({
      removed: true,
    });
    await onKafka('MouExpired', mouId);
    expect(await show(mouId)).toMatchObject({
      status: 'expired',
      expiredAt: '2025-12-31T17:00:00.000Z',
    });
    expect((await onKafka('MouExpired', mouId)).payload).toEqual({
      version: 1,
      endDate: '2025-12-31',
      expiredAt: '2025-12-31T17:00:00.000Z',
      previousStatus: 'active',
    });

    // Ended: a late delivery does not count, a command answers 409, the job again does nothing.
    await service.handled(
      await orderDelivered(service, {
        mouId,
        producerId: coop,
        lines: [{ productId: tea, quantity: 5 }],
      }),
    );
    const late = await http().post(`/mous/${mouId}/terminate`).send({ reason: 'x' }).expect(409);
    expect(late.body.message[0]).toMatch(/\(current state: expired\)$/);
    await service
      .queue(MOU_EXPIRY_QUEUE)
      .add(
        'expire-at-end-date',
        { mouId, endDate: '2025-12-31', dueAt: '2025-12-31T17:00:00.000Z', correlationId: 'again' },
        { jobId: `${expiryJobId(mouId, '2025-12-31')}-again`, removeOnComplete: false },
      );
    expect(
      await service.runJobNow(MOU_EXPIRY_QUEUE, `${expiryJobId(mouId, '2025-12-31')}-again`),
    ).toEqual({ result: 'ended' });
    expect(await types(mouId)).toEqual([
      'MouDrafted',
      'MouProposed',
      'MouSigned',
      'MouSigned',
      'MouSigned',
      'MouActivated',
      'MouExpired',
    ]);
  });

  it('follows an end date moved by an amendment once it is in force', async () => {
    const { mouId, distributorId, coop, farm } = await mouIn(service, 'active');
    await http().post(`/mous/${mouId}/amend`).send({ endDate: '2026-02-28' }).expect(200);
    for (const [type, id] of [
      ['producer', coop],
      ['producer', farm],
      ['distributor', distributorId],
    ] as const) {
      await http().post(`/mous/${mouId}/sign`).send(signer(type, id)).expect(200);
    }
    expect((await show(mouId)).versionInForce.version).toBe(2);

    // The old end date's job finds the MOU not due: version 2 ends on 28 February.
    await service.runJobNow(MOU_EXPIRY_QUEUE, expiryJobId(mouId, '2025-12-31'));
    expect((await show(mouId)).status).toBe('active');
    await service.runJobNow(MOU_EXPIRY_QUEUE, expiryJobId(mouId, '2026-02-28'));
    expect(await show(mouId)).toMatchObject({
      status: 'expired',
      expiredAt: '2026-02-28T17:00:00.000Z',
    });
  });

  it('reports an unmet obligation overdue at its due time, reminds the parties, and stops once met', async () => {
    const { mouId, distributorId, coop, farm } = await mouIn(service, 'active');
    const o2 = deadlineJobId(mouId, 1, 'o2');
    const waiting = await service.queue(OBLIGATION_DEADLINE_QUEUE).getJob(o2);
    expect(await waiting!.getState()).toBe('delayed');
    expect(waiting!.data).toMatchObject({
      dueDate: '2025-10-15',
      dueAt: '2025-10-15T17:00:00.000Z',
    });

    await service.runJobNow(OBLIGATION_DEADLINE_QUEUE, o2);
    const overdue = await onKafka('ObligationOverdue', mouId);
    expect(overdue.payload).toEqual({
      version: 1,
      obligationId: 'o2',
      kind: 'action',
      description: 'Bố trí kệ trưng bày OCOP tại 10 siêu thị',
      dueDate: '2025-10-15',
    });
    expect((await show(mouId)).obligations[1]).toMatchObject({
      obligationId: 'o2',
      status: 'overdue',
      reportedOverdue: true,
    });

    // The reminder job that goes with it names the parties, and the next one waits a week.
    const first = reminderJobId({ mouId, version: 1, obligationId: 'o2', reminder: 1 });
    expect(await service.runJobNow(OBLIGATION_REMINDER_QUEUE, first)).toEqual({
      result: {
        reminded: true,
        parties: [
          { partyType: 'distributor', partyId: distributorId },
          { partyType: 'producer', partyId: coop },
          { partyType: 'producer', partyId: farm },
        ],
      },
    });
    const second = reminderJobId({ mouId, version: 1, obligationId: 'o2', reminder: 2 });
    const next = await service.queue(OBLIGATION_REMINDER_QUEUE).getJob(second);
    expect(await next!.getState()).toBe('delayed');

    // Run again (a retry, a second worker): nothing new.
    await service.queue(OBLIGATION_DEADLINE_QUEUE).add('report-if-overdue', waiting!.data, {
      jobId: `${o2}-again`,
      removeOnComplete: false,
    });
    expect(await service.runJobNow(OBLIGATION_DEADLINE_QUEUE, `${o2}-again`)).toEqual({
      result: 'already-overdue',
    });

    // The distributor declares it met, late; reminders stop.
    clock.set('2025-10-20T02:00:00.000Z');
    const met = await http()
      .post(`/mous/${mouId}/obligations/o2/meet`)
      .set({ 'x-actor-role': 'distributor', 'x-actor-id': distributorId })
      .send({ note: 'Đã bố trí kệ tại 10 siêu thị Hapro' })
      .expect(200);
    expect(met.body.obligations[1]).toMatchObject({
      status: 'met',
      metBy: 'party',
      metAt: '2025-10-20T02:00:00.000Z',
      late: true,
      reportedOverdue: true,
      note: 'Đã bố trí kệ tại 10 siêu thị Hapro',
    });
    expect(await service.runJobNow(OBLIGATION_REMINDER_QUEUE, second)).toEqual({
      result: { reminded: false, parties: [] },
    });
    expect((await types(mouId)).filter((type) => type === 'ObligationOverdue')).toHaveLength(1);
  });

  it('does nothing at the due time of an obligation met by deliveries, or of an MOU that ended', async () => {
    const { mouId, coop, tea } = await mouIn(service, 'active');
    clock.advance(86_400_000);
    await service.handled(
      await orderDelivered(service, {
        mouId,
        producerId: coop,
        lines: [{ productId: tea, quantity: 50 }],
      }),
    );
    expect((await show(mouId)).obligations[0]).toMatchObject({ status: 'met', late: false });
    await service.runJobNow(OBLIGATION_DEADLINE_QUEUE, deadlineJobId(mouId, 1, 'o1'));

    await http()
      .post(`/mous/${mouId}/terminate`)
      .send({ reason: 'Nhà phân phối tái cơ cấu' })
      .expect(200);
    expect((await onKafka('MouTerminated', mouId)).payload).toEqual({
      reason: 'Nhà phân phối tái cơ cấu',
      previousStatus: 'active',
    });
    await service.runJobNow(OBLIGATION_DEADLINE_QUEUE, deadlineJobId(mouId, 1, 'o2'));
    await service.runJobNow(MOU_EXPIRY_QUEUE, expiryJobId(mouId, '2025-12-31'));
    expect(await show(mouId)).toMatchObject({
      status: 'terminated',
      terminationReason: 'Nhà phân phối tái cơ cấu',
    });
    const stored = await types(mouId);
    expect(stored).not.toContain('ObligationOverdue');
    expect(stored).not.toContain('MouExpired');
  });
});
