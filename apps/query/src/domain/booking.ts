import { BookingStatus } from '../read-models/collections';

/** Booking statuses in which a booking holds its booth (as the trade-fairs service counts them). */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['requested', 'approved', 'checked-in'];
