/** A booth booking's statuses, in the order a booking normally moves through them. */
export const BOOKING_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'cancelled',
  'checked-in',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A B2B meeting's statuses at a fair. */
export const MEETING_STATUSES = [
  'requested',
  'scheduled',
  'declined',
  'cancelled',
  'held',
  'missed',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
