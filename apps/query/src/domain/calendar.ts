/** Việt Nam's offset from UTC (no daylight saving): calendar days and months are counted there. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day in Việt Nam at an instant, YYYY-MM-DD. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar month in Việt Nam at an instant (an ISO time), YYYY-MM. */
export function vietnamMonth(at: string | Date): string {
  return new Date(new Date(at).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7);
}

/** The calendar day of a date or date-time field as given (its first ten characters). */
export function calendarDay(value: string): string {
  return value.slice(0, 10);
}

/** Whole days from `today` to `day` (both YYYY-MM-DD): 0 on the day, negative after it. */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The day `days` after `today` (YYYY-MM-DD). */
export function addDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
