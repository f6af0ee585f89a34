const DAY_MS = 24 * 60 * 60 * 1000;

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
