import { Injectable, Logger } from '@nestjs/common';
import { Clock, InvalidStateError, RuleViolationError } from '@ocop/common';
import { CommandMetadata } from '@ocop/events';
import { newAggregateId } from '@ocop/event-sourcing';
import { BoothBooking, BoothBookingView } from '../../domain/booth-booking.aggregate';
import { bookingProblems } from '../../domain/eligibility';
import { BoothInventory } from '../../infrastructure/booth-inventory';
import { EligibilityView } from '../../infrastructure/eligibility-view';
import { ReadViews } from '../../infrastructure/read-views';
import { TradeFairRepositories } from '../../infrastructure/repositories';
import { loadFair } from '../lookups';
import { vietnamDay, BookBoothDto } from '@ocop/contracts';

/**
 * A producer books a booth: the fair must be open for booking, the producer known and every named
 * product certified and valid today (from producers' events only). Then one of the type's booths
 * is claimed in the inventory (the claim is what makes overbooking impossible, see
 * BoothInventory) and BoothBooked is appended to a new booking of its own; a claim whose append
 * fails is given back.
 */
@Injectable()
export class BookBoothHandler {
  private readonly logger = new Logger(BookBoothHandler.name);

  constructor(
    private readonly repositories: TradeFairRepositories,
    private readonly inventory: BoothInventory,
    private readonly eligibility: EligibilityView,
    private readonly views: ReadViews,
    private readonly clock: Clock,
  ) {}

  async execute(
    fairId: string,
    dto: BookBoothDto,
    meta: CommandMetadata,
  ): Promise<BoothBookingView> {
    const bookingId = newAggregateId(meta, 'BoothBooking');
    // A retry of a keyed booking that was made: answered as then, before any rule or claim.
    const booked = await this.repositories.bookings.afterCommand(bookingId, meta);
    if (booked) return booked.view()!;
    const fair = await loadFair(this.repositories, fairId);
    this.requireOpen(fairId, fair.status);
    const type = fair.boothType(dto.boothType);
    if (!type) {
      const known = fair.view()!.boothTypes.map((t) => t.code);
      throw new RuleViolationError(
        `fair ${fairId} has no booth type ${dto.boothType} (it has: ${known.join(', ') || 'none'})`,
      );
    }
    const problems = bookingProblems(
      dto.producerId,
      await this.eligibility.producer(dto.producerId),
      dto.productIds,
      await this.eligibility.productsById(dto.productIds),
      vietnamDay(this.clock.now()),
    );
    if (problems.length > 0) {
      throw new RuleViolationError(
        `producer ${dto.producerId} may not book a booth: ${problems.join('; ')}`,
      );
    }

    const booking = new BoothBooking(bookingId);
    const boothNumber = await this.inventory.claim(fairId, type, booking.id, (id) =>
      this.holdsBooth(id),
    );
    try {
      // Booking may have closed while the booth was being claimed.
      this.requireOpen(fairId, (await loadFair(this.repositories, fairId)).status);
      booking.book({
        fairId,
        producerId: dto.producerId,
        boothType: type.code,
        boothNumber,
        productIds: dto.productIds,
        priceVnd: type.priceVnd,
      });
      await this.repositories.bookings.save(booking, meta);
    } catch (error) {
      // The append may have reached the store before the error: then the claim is rightly held.
      if (!(await this.holdsBooth(booking.id).catch(() => false))) {
        await this.inventory
          .release(booking.id)
          .catch((releaseError: unknown) =>
            this.logger.warn({ err: releaseError, bookingId: booking.id }, 'claim not given back'),
          );
      }
      throw error;
    }
    await this.inventory.confirm(booking.id);
    const view = booking.view()!;
    await this.views.bookings.put(booking.id, view);
    return view;
  }

  private requireOpen(fairId: string, status: string): void {
    if (status !== 'booking-open') {
      throw new InvalidStateError(`booking at fair ${fairId} is not open`, status);
    }
  }

  private async holdsBooth(bookingId: string): Promise<boolean> {
    return (await this.repositories.bookings.load(bookingId)).holdsBooth;
  }
}
