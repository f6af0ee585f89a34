/*
 * MOU dates are calendar days in Vietnam time (UTC+07:00, no daylight saving): a period runs from
 * the start of its start date to the end of its end date, and an obligation due on a day is overdue
 * once that day is over.
 */

const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDay(text: unknown): boolean {
  if (typeof text !== 'string' || !CALENDAR_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** 00:00 in Vietnam on `day`. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000${VIETNAM_OFFSET}`);
}

/** 24:00 in Vietnam on `day`: the first instant after it. */
export function endOfDay(day: string): Date {
  return new Date(startOfDay(day).getTime() + DAY_MS);
}
