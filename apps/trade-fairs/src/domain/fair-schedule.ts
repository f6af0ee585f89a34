import { RuleViolationError } from '@ocop/common/errors/domain-errors';
import { FAIR_STATUSES, FairStatus } from '@ocop/events';

/** When a fair's booking window opens and closes, and when the fair itself starts and ends. */
export interface FairSchedule {
  bookingOpensAt: string;
  bookingClosesAt: string;
  startsAt: string;
  endsAt: string;
}

export const SCHEDULE_FIELDS = ['bookingOpensAt', 'bookingClosesAt', 'startsAt', 'endsAt'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

/** Each status after `scheduled`, and the schedule time at which the fair reaches it. */
export const FAIR_PHASES: ReadonlyArray<{ status: FairStatus; at: ScheduleField }> = [
  { status: 'booking-open', at: 'bookingOpensAt' },
  { status: 'booking-closed', at: 'bookingClosesAt' },
  { status: 'in-progress', at: 'startsAt' },
  { status: 'closed', at: 'endsAt' },
];

/** A fair lasts at most this many days. */
export const MAX_FAIR_DAYS = 31;

/** scheduled < booking-open < booking-closed < in-progress < closed. */
export function statusRank(status: FairStatus): number {
  return FAIR_STATUSES.indexOf(status);
}

export function phaseOf(field: ScheduleField): FairStatus {
  return FAIR_PHASES.find((phase) => phase.at === field)!.status;
}

/** The status a fair has by the clock alone at `asOf`. */
export function statusDueAt(schedule: FairSchedule, asOf: Date): FairStatus {
  let status: FairStatus = 'scheduled';
  for (const phase of FAIR_PHASES) {
    if (Date.parse(schedule[phase.at]) <= asOf.getTime()) status = phase.status;
  }
  return status;
}

/** Every time as a UTC ISO string, or a RuleViolationError naming each one that is not a date. */
export function normalizeSchedule(schedule: FairSchedule): FairSchedule {
  const bad = SCHEDULE_FIELDS.filter((field) => Number.isNaN(Date.parse(schedule[field])));
  if (bad.length > 0) {
    throw new RuleViolationError(bad.map((field) => `${field} must be an ISO date`).join('; '));
  }
  const iso = (field: ScheduleField) => new Date(schedule[field]).toISOString();
  return {
    bookingOpensAt: iso('bookingOpensAt'),
    bookingClosesAt: iso('bookingClosesAt'),
    startsAt: iso('startsAt'),
    endsAt: iso('endsAt'),
  };
}

/**
 * The order every schedule keeps: booking opens before it closes, closes no later than the fair
 * starts, and the fair starts before it ends, lasting at most MAX_FAIR_DAYS days.
 */
export function checkScheduleOrder(schedule: FairSchedule): void {
  const t = (field: ScheduleField) => Date.parse(schedule[field]);
  const problems: string[] = [];
  if (t('bookingOpensAt') >= t('bookingClosesAt')) {
    problems.push('bookingOpensAt must be before bookingClosesAt');
  }
  if (t('bookingClosesAt') > t('startsAt')) {
    problems.push('bookingClosesAt must not be after startsAt');
  }
  if (t('startsAt') >= t('endsAt')) problems.push('startsAt must be before endsAt');
  else if (t('endsAt') - t('startsAt') > MAX_FAIR_DAYS * 86_400_000) {
    problems.push(`a fair lasts at most ${MAX_FAIR_DAYS} days`);
  }
  if (problems.length > 0) throw new RuleViolationError(problems.join('; '));
}

/** The layout of a fair's B2B meeting slots (see MeetingSlotsPayload in the contract). */
export interface SlotLayout {
  lengthMinutes: number;
  tables: number;
  dailyStart: string;
  dailyEnd: string;
  utcOffset: string;
}

export interface SlotTimes {
  slot: number;
  /** The local date (at the layout's offset) of the slot's day. */
  day: string;
  startsAt: string;
  endsAt: string;
}

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * minutesOfDay(offset.slice(1));
}

/** The local calendar date of an instant at a fixed UTC offset. */
export function localDate(instant: string, utcOffset: string): string {
  return new Date(Date.parse(instant) + offsetMinutes(utcOffset) * 60_000)
    .toISOString()
    .slice(0, 10);
}

/** The fair's days: local dates from the day it starts to the day it ends, both included. */
export function fairDays(schedule: FairSchedule, utcOffset: string): string[] {
  const first = localDate(schedule.startsAt, utcOffset);
  const last = localDate(schedule.endsAt, utcOffset);
  const days: string[] = [];
  for (let day = Date.parse(`${first}T00:00:00Z`); ; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    days.push(date);
    if (date >= last) return days;
  }
}

export function slotsPerDay(layout: SlotLayout): number {
  const span = minutesOfDay(layout.dailyEnd) - minutesOfDay(layout.dailyStart);
  return span > 0 ? Math.floor(span / layout.lengthMinutes) : 0;
}

export function checkSlotLayout(layout: SlotLayout): void {
  if (minutesOfDay(layout.dailyEnd) <= minutesOfDay(layout.dailyStart)) {
    throw new RuleViolationError('meetingSlots.dailyEnd must be after meetingSlots.dailyStart');
  }
  if (slotsPerDay(layout) === 0) {
    throw new RuleViolationError(
      `meetingSlots: no ${layout.lengthMinutes}-minute slot fits between ${layout.dailyStart} and ${layout.dailyEnd}`,
    );
  }
}

export function slotCount(schedule: FairSchedule, layout: SlotLayout): number {
  return fairDays(schedule, layout.utcOffset).length * slotsPerDay(layout);
}

/**
 * Slot `slot`'s day and times. Slots follow the fair: moving the fair moves its meetings with it,
 * which is why a rescheduled fair keeps its number of days once it has meeting slots.
 */
export function slotTimes(schedule: FairSchedule, layout: SlotLayout, slot: number): SlotTimes {
  const perDay = slotsPerDay(layout);
  const days = fairDays(schedule, layout.utcOffset);
  if (!Number.isInteger(slot) || slot < 0 || slot >= days.length * perDay) {
    throw new RuleViolationError(
      `slot ${slot} does not exist: the fair has slots 0 to ${days.length * perDay - 1}`,
    );
  }
  const day = days[Math.floor(slot / perDay)];
  const start =
    Date.parse(`${day}T${layout.dailyStart}:00.000${layout.utcOffset}`) +
    (slot % perDay) * layout.lengthMinutes * 60_000;
  return {
    slot,
    day,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + layout.lengthMinutes * 60_000).toISOString(),
  };
}
