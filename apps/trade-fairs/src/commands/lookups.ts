import { NotFoundError } from '@ocop/common';
import { executeCommand } from '@ocop/event-sourcing';
import { CommandMetadata } from '@ocop/events';
import { BoothBooking } from '../domain/booth-booking.aggregate';
import { FairMeeting } from '../domain/fair-meeting.aggregate';
import { Fair } from '../domain/fair.aggregate';
import { TradeFairRepositories } from '../infrastructure/repositories';

/** The fair, or 404. */
export async function loadFair(repositories: TradeFairRepositories, fairId: string): Promise<Fair> {
  const fair = await repositories.fairs.load(fairId);
  if (!fair.isScheduled) throw new NotFoundError(`fair ${fairId} not found`);
  return fair;
}

/** Runs one command on a booking of the fair (reloaded and retried on concurrency); 404 if unknown. */
export function onBooking<R>(
  repositories: TradeFairRepositories,
  fairId: string,
  bookingId: string,
  meta: CommandMetadata,
  decide: (booking: BoothBooking) => R,
): Promise<R> {
  return executeCommand(repositories.bookings, bookingId, meta, (booking) => {
    if (!booking.isBooked || booking.fairId !== fairId) {
      throw new NotFoundError(`booking ${bookingId} not found at fair ${fairId}`);
    }
    return decide(booking);
  });
}

/** Runs one command on a meeting of the fair (reloaded and retried on concurrency); 404 if unknown. */
export function onMeeting<R>(
  repositories: TradeFairRepositories,
  fairId: string,
  meetingId: string,
  meta: CommandMetadata,
  decide: (meeting: FairMeeting) => R,
): Promise<R> {
  return executeCommand(repositories.meetings, meetingId, meta, (meeting) => {
    if (!meeting.isRequested || meeting.fairId !== fairId) {
      throw new NotFoundError(`meeting ${meetingId} not found at fair ${fairId}`);
    }
    return decide(meeting);
  });
}
