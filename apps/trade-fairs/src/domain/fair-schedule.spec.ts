import { RuleViolationError } from '@ocop/common/errors/domain-errors';
import {
  checkScheduleOrder,
  fairDays,
  FairSchedule,
  localDate,
  slotCount,
  SlotLayout,
  slotsPerDay,
  slotTimes,
  statusDueAt,
} from './fair-schedule';

const schedule: FairSchedule = {
  bookingOpensAt: '2026-03-01T01:00:00.000Z',
  bookingClosesAt: '2026-03-20T10:00:00.000Z',
  // 08:00 on 25 March to 17:00 on 27 March, Hà Nội time
  startsAt: '2026-03-25T01:00:00.000Z',
  endsAt: '2026-03-27T10:00:00.000Z',
};

const layout: SlotLayout = {
  lengthMinutes: 30,
  tables: 4,
  dailyStart: '09:00',
  dailyEnd: '11:45',
  utcOffset: '+07:00',
};

describe('a fair schedule', () => {
  it('says which status is due at a time', () => {
    expect(statusDueAt(schedule, new Date('2026-02-28T00:00:00Z'))).toBe('scheduled');
    expect(statusDueAt(schedule, new Date(schedule.bookingOpensAt))).toBe('booking-open');
    expect(statusDueAt(schedule, new Date('2026-03-21T00:00:00Z'))).toBe('booking-closed');
    expect(statusDueAt(schedule, new Date('2026-03-26T00:00:00Z'))).toBe('in-progress');
    expect(statusDueAt(schedule, new Date('2027-01-01T00:00:00Z'))).toBe('closed');
  });

  it('keeps booking before the fair and the fair within 31 days', () => {
    expect(() => checkScheduleOrder(schedule)).not.toThrow();
    expect(() =>
      checkScheduleOrder({ ...schedule, bookingClosesAt: '2026-03-26T00:00:00Z' }),
    ).toThrow(new RuleViolationError('bookingClosesAt must not be after startsAt'));
    expect(() =>
      checkScheduleOrder({
        ...schedule,
        bookingOpensAt: '2026-03-21T00:00:00Z',
        endsAt: '2026-03-24T00:00:00Z',
      }),
    ).toThrow(
      new RuleViolationError(
        'bookingOpensAt must be before bookingClosesAt; startsAt must be before endsAt',
      ),
    );
    expect(() => checkScheduleOrder({ ...schedule, endsAt: '2026-05-01T00:00:00Z' })).toThrow(
      'a fair lasts at most 31 days',
    );
  });
});

describe('meeting slots', () => {
  it('run each local day of the fair from the daily start, back to back', () => {
    expect(localDate('2026-03-24T17:30:00.000Z', '+07:00')).toBe('2026-03-25');
    expect(fairDays(schedule, '+07:00')).toEqual(['2026-03-25', '2026-03-26', '2026-03-27']);
    // 09:00-11:45 holds five 30-minute slots (the last quarter hour is left over)
    expect(slotsPerDay(layout)).toBe(5);
    expect(slotCount(schedule, layout)).toBe(15);
    expect(slotTimes(schedule, layout, 0)).toEqual({
      slot: 0,
      day: '2026-03-25',
      startsAt: '2026-03-25T02:00:00.000Z',
      endsAt: '2026-03-25T02:30:00.000Z',
    });
    expect(slotTimes(schedule, layout, 7)).toEqual({
      slot: 7,
      day: '2026-03-26',
      startsAt: '2026-03-26T03:00:00.000Z',
      endsAt: '2026-03-26T03:30:00.000Z',
    });
  });

  it('refuses a slot that does not exist', () => {
    expect(() => slotTimes(schedule, layout, 15)).toThrow(
      new RuleViolationError('slot 15 does not exist: the fair has slots 0 to 14'),
    );
    expect(() => slotTimes(schedule, layout, -1)).toThrow(RuleViolationError);
  });
});
