/*
 * MOU dates are calendar days in Vietnam time (UTC+07:00, no daylight saving): a period runs from
 * the start of its start date to the end of its end date, and an obligation due on a day is overdue
 * once that day is over.
 */

const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;

/** 00:00 in Vietnam on `day`. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000${VIETNAM_OFFSET}`);
}

/** 24:00 in Vietnam on `day`: the first instant after it. */
export function endOfDay(day: string): Date {
  return new Date(startOfDay(day).getTime() + DAY_MS);
}
