import { Injectable } from '@nestjs/common';
import { InvalidStateError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { BoothBookingView } from '../../domain/booth-booking.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair, onBooking } from '../lookups';

/** The officer approves a requested booking (until the fair closes). */
@Injectable()
export class ApproveBookingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
  ) {}

  async execute(
    fairId: string,
    bookingId: string,
    meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    const fair = await loadFair(this.repositories, fairId);
    if (fair.status === 'closed') {
      throw new InvalidStateError(
        `cannot approve bookings of fair ${fairId}: it is closed`,
        'closed',
      );
    }
    const view = await onBooking(this.repositories, fairId, bookingId, meta, (booking) => {
      booking.approve();
      return booking.view()!;
    });
    await this.views.bookings.put(bookingId, view);
    return view;
  }
}
