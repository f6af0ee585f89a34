/*
 * Calendar days and months of an instant. Việt Nam keeps UTC+07:00 all year (no daylight saving),
 * so a fixed offset is exact.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day in Việt Nam at an instant, YYYY-MM-DD: "today" for every rule, so a certificate
 * stops being valid at 00:00 in Việt Nam on its expiry day in every service and view.
 */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar month in Việt Nam at an instant (or an ISO time), YYYY-MM. */
export function vietnamMonth(at: string | Date): string {
  return new Date(new Date(at).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7);
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDay(text: unknown): boolean {
  if (typeof text !== 'string' || !CALENDAR_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
