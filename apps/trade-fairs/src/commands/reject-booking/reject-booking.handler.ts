import { Injectable } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import { BoothBookingView } from '../../domain/booth-booking.aggregate';
import { BoothInventory } from '../../infrastructure/booth-inventory';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { onBooking } from '../lookups';
import { RejectBookingDto } from '@ocop/contracts';

/**
 * The officer rejects a requested booking; its booth is free again (given back here, and again
 * when BoothBookingRejected comes back from Kafka, should this process stop in between).
 */
@Injectable()
export class RejectBookingHandler {
  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly inventory: BoothInventory,
    private readonly views: ReadViews,
  ) {}

  async execute(
    fairId: string,
    bookingId: string,
    dto: RejectBookingDto,
    meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    const view = await onBooking(this.repositories, fairId, bookingId, meta, (booking) => {
      booking.reject(dto.reason);
      return booking.view()!;
    });
    await this.inventory.release(bookingId);
    await this.views.bookings.put(bookingId, view);
    return view;
  }
}
