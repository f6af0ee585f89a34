import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { randomUUID } from 'node:crypto';
import { Fair, NewFair } from './fair.aggregate';

const now = new Date('2026-02-01T00:00:00.000Z');

const input = (overrides: Partial<NewFair> = {}): NewFair => ({
  kind: 'ocop-product-week',
  name: '  Tuần hàng OCOP Hà Nội 2026 ',
  organiserId: 'officer-17',
  venue: 'Cung Văn hoá Hữu nghị Việt Xô',
  province: 'Hà Nội',
  bookingOpensAt: '2026-03-01T01:00:00+07:00',
  bookingClosesAt: '2026-03-20T17:00:00+07:00',
  startsAt: '2026-03-25T08:00:00+07:00',
  endsAt: '2026-03-27T17:00:00+07:00',
  boothTypes: [
    { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 100, priceVnd: 4_500_000 },
    { code: 'corner', name: 'Gian góc', count: 12, priceVnd: 6_000_000 },
  ],
  meetingSlots: { lengthMinutes: 30, tables: 10, dailyStart: '09:00', dailyEnd: '12:00' },
  ...overrides,
});

function scheduled(overrides: Partial<NewFair> = {}): Fair {
  const fair = new Fair(randomUUID());
  fair.scheduleFair(input(overrides), now);
  fair.markCommitted();
  return fair;
}

const raised = (fair: Fair) => fair.uncommitted().map((event) => event.type);

describe('scheduling a fair', () => {
  it('stores UTC times, trimmed names and the Vietnamese offset for its slots', () => {
    const fair = scheduled();
    expect(fair.view()).toMatchObject({
      name: 'Tuần hàng OCOP Hà Nội 2026',
      status: 'scheduled',
      bookingOpensAt: '2026-02-28T18:00:00.000Z',
      startsAt: '2026-03-25T01:00:00.000Z',
      meetingSlots: {
        utcOffset: '+07:00',
        days: ['2026-03-25', '2026-03-26', '2026-03-27'],
        slotsPerDay: 6,
        slotCount: 18,
      },
      phases: [],
      version: 1,
    });
    expect(fair.boothType('corner')).toEqual({
      code: 'corner',
      name: 'Gian góc',
      count: 12,
      priceVnd: 6_000_000,
    });
  });

  it('names every broken rule at once', () => {
    const fair = new Fair(randomUUID());
    const type = { code: 'corner', name: 'Góc', count: 1, priceVnd: 1 };
    expect(() =>
      fair.scheduleFair(
        input({
          kind: 'b2b-matchmaking',
          bookingClosesAt: '2026-01-15T00:00:00Z',
          bookingOpensAt: '2026-01-10T00:00:00Z',
          boothTypes: [type, type],
          meetingSlots: undefined,
        }),
        now,
      ),
    ).toThrow(
      new RuleViolationError(
        'bookingClosesAt 2026-01-15T00:00:00.000Z must be in the future; booth type corner is listed more than once; a b2b-matchmaking session needs meetingSlots',
      ),
    );
    expect(() =>
      fair.scheduleFair(input({ boothTypes: [], meetingSlots: undefined }), now),
    ).toThrow('a fair needs booth types, meeting slots or both');
    expect(() =>
      fair.scheduleFair(
        input({
          meetingSlots: { lengthMinutes: 90, tables: 1, dailyStart: '09:00', dailyEnd: '10:00' },
        }),
        now,
      ),
    ).toThrow('meetingSlots: no 90-minute slot fits between 09:00 and 10:00');
    expect(fair.uncommitted()).toHaveLength(0);
  });

  it('is scheduled once', () => {
    expect(() => scheduled().scheduleFair(input(), now)).toThrow(InvalidStateError);
  });
});

describe('the lifecycle', () => {
  it('takes every step due by the time, each counting from its configured time', () => {
    const fair = scheduled();
    expect(fair.advanceBySchedule(new Date('2026-02-20T00:00:00Z'))).toEqual([]);
    // A job that ran late, after booking had already closed: both steps, in order.
    expect(fair.advanceBySchedule(new Date('2026-03-21T00:00:00Z'))).toEqual([
      'booking-open',
      'booking-closed',
    ]);
    expect(raised(fair)).toEqual(['FairBookingOpened', 'FairBookingClosed']);
    expect(fair.view()!.phases).toEqual([
      { status: 'booking-open', trigger: 'schedule', effectiveAt: '2026-02-28T18:00:00.000Z' },
      { status: 'booking-closed', trigger: 'schedule', effectiveAt: '2026-03-20T10:00:00.000Z' },
    ]);
    // The same job again changes nothing.
    expect(fair.advanceBySchedule(new Date('2026-03-21T00:00:00Z'))).toEqual([]);
    expect(fair.uncommitted()).toHaveLength(2);
  });

  it('lets the officer go ahead early, through any step in between, but never back', () => {
    const fair = scheduled();
    const early = new Date('2026-02-10T03:00:00Z');
    expect(fair.advanceByOfficer('booking-closed', early)).toEqual([
      'booking-open',
      'booking-closed',
    ]);
    expect(fair.view()!.phases.map((p) => [p.trigger, p.effectiveAt])).toEqual([
      ['officer', early.toISOString()],
      ['officer', early.toISOString()],
    ]);
    expect(() => fair.advanceByOfficer('booking-open', early)).toThrow(
      new InvalidStateError(
        `cannot open booking of fair ${fair.id}: it is past that step`,
        'booking-closed',
      ),
    );
    // The booking-closes job, when its time comes, finds nothing to do.
    expect(fair.advanceBySchedule(new Date('2026-03-21T00:00:00Z'))).toEqual([]);
    fair.advanceByOfficer('closed', early);
    expect(raised(fair).slice(2)).toEqual(['FairOpened', 'FairClosed']);
    expect(fair.status).toBe('closed');
  });

  it('has started once in progress, or once the clock passes its start', () => {
    const fair = scheduled();
    expect(fair.hasStarted(now)).toBe(false);
    expect(fair.hasStarted(new Date('2026-03-25T01:00:00Z'))).toBe(true);
    fair.advanceByOfficer('in-progress', now);
    expect(fair.hasStarted(now)).toBe(true);
  });
});

describe('rescheduling', () => {
  it('moves the times not yet reached and says what moved', () => {
    const fair = scheduled();
    const previous = fair.schedule!;
    const result = fair.reschedule(
      { bookingClosesAt: '2026-03-22T17:00:00+07:00', startsAt: '2026-03-25T08:00:00+07:00' },
      now,
    );
    expect(result).toEqual({ changed: ['bookingClosesAt'], previous });
    expect(fair.uncommitted()[0]).toEqual({
      type: 'FairRescheduled',
      payload: { ...previous, bookingClosesAt: '2026-03-22T10:00:00.000Z' },
    });
    expect(fair.reschedule({ startsAt: previous.startsAt }, now).changed).toEqual([]);
    expect(fair.uncommitted()).toHaveLength(1);
  });

  it('refuses to move a step already taken, a time in the past, or the number of days', () => {
    const fair = scheduled();
    fair.advanceByOfficer('booking-open', now);
    expect(() => fair.reschedule({ bookingOpensAt: '2026-03-02T00:00:00Z' }, now)).toThrow(
      new InvalidStateError(
        `cannot move bookingOpensAt of fair ${fair.id}: that step has been taken`,
        'booking-open',
      ),
    );
    expect(() => fair.reschedule({ bookingClosesAt: '2026-01-20T00:00:00Z' }, now)).toThrow(
      'bookingClosesAt 2026-01-20T00:00:00.000Z must be in the future',
    );
    expect(() => fair.reschedule({ endsAt: '2026-03-28T17:00:00+07:00' }, now)).toThrow(
      `fair ${fair.id} has meeting slots over 3 day(s); a new schedule must keep 3 day(s), not 4`,
    );
    // Without meeting slots a fair may grow a day; moved as a whole it keeps its slots' days.
    const noSlots = scheduled({ meetingSlots: undefined });
    expect(noSlots.reschedule({ endsAt: '2026-03-28T17:00:00+07:00' }, now).changed).toEqual([
      'endsAt',
    ]);
    const moved = scheduled();
    expect(
      moved.reschedule(
        { startsAt: '2026-04-01T08:00:00+07:00', endsAt: '2026-04-03T17:00:00+07:00' },
        now,
      ).changed,
    ).toEqual(['startsAt', 'endsAt']);
    expect(moved.slot(0).startsAt).toBe('2026-04-01T02:00:00.000Z');
  });

  it('is over once the fair is closed', () => {
    const fair = scheduled();
    fair.advanceByOfficer('closed', now);
    expect(() => fair.reschedule({ endsAt: '2026-03-28T00:00:00Z' }, now)).toThrow(
      '(current state: closed)',
    );
  });
});

describe('rescheduling with a partial change', () => {
  it('leaves the times it is not given (even given as undefined) as they are', () => {
    const fair = scheduled();
    const { changed } = fair.reschedule(
      { bookingOpensAt: undefined, bookingClosesAt: '2026-03-21T17:00:00+07:00' },
      now,
    );
    expect(changed).toEqual(['bookingClosesAt']);
  });
});
