import { Injectable } from '@nestjs/common';
import { Clock } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { BoothBookingView } from '../../domain/booth-booking.aggregate';
import { BoothInventory } from '../../infrastructure/booth-inventory';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair, onBooking } from '../lookups';
import { CancelBookingDto } from '@ocop/contracts';

/** The producer cancels before the fair starts; the booth is free again for someone else. */
@Injectable()
export class CancelBookingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly inventory: BoothInventory,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    bookingId: string,
    dto: CancelBookingDto,
    meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    const fair = await loadFair(this.repositories, fairId);
    const started = fair.hasStarted(this.clock.now());
    const view = await onBooking(this.repositories, fairId, bookingId, meta, (booking) => {
      booking.cancel(dto.reason, fair.status, started);
      return booking.view()!;
    });
    await this.inventory.release(bookingId);
    await this.views.bookings.put(bookingId, view);
    return view;
  }
}
