import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { BoothBookingView } from '../../domain/booth-booking.aggregate';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair, onBooking } from '../lookups';

/** On the day: the producer of an approved booking checks in at its booth. */
@Injectable()
export class CheckInBookingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    bookingId: string,
    meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    const fair = await loadFair(this.repositories, fairId);
    const view = await onBooking(this.repositories, fairId, bookingId, meta, (booking) => {
      booking.checkIn(fair.status, this.clock.now());
      return booking.view()!;
    });
    await this.views.bookings.put(bookingId, view);
    return view;
  }
}
