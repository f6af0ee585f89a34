import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  BoothBooked,
  BoothBookingCancelled,
  BoothBookingEvents,
  BoothBookingPayload,
  BoothBookingRejected,
  BoothCheckedIn,
  EventOf,
  FAIR_AGGREGATE_TYPES,
  FairStatus,
} from '@ocop/events';
import type { BookingStatus } from '@ocop/contracts/trade-fairs/statuses';

/** Statuses in which a booking holds its booth. */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['requested', 'approved', 'checked-in'];

export interface NewBooking {
  fairId: string;
  producerId: string;
  boothType: string;
  boothNumber: number;
  productIds: string[];
  priceVnd: number;
}

interface BookingState {
  booking?: BoothBooked;
  status?: BookingStatus;
  rejectionReason?: string;
  cancellationReason?: string;
  checkedInAt?: string;
}

export interface BoothBookingView extends NewBooking {
  bookingId: string;
  status: BookingStatus;
  rejectionReason: string | null;
  cancellationReason: string | null;
  checkedInAt: string | null;
  version: number;
}

const PAST_TENSE: Record<string, string> = {
  approve: 'approved',
  reject: 'rejected',
  cancel: 'cancelled',
  'check in': 'checked in',
};

/**
 * A producer's booking of one booth at a fair: requested → approved or rejected by the officer;
 * cancelled by the producer before the fair starts; checked in on the day. The booth itself (one
 * of the type's numbered booths) is claimed in the inventory before BoothBooked is stored, and
 * given back when the booking is rejected or cancelled.
 */
export class BoothBooking extends AggregateRoot<BoothBookingEvents, BookingState> {
  private state: BookingState = {};

  constructor(id: string) {
    super(FAIR_AGGREGATE_TYPES.boothBooking, id);
  }

  get isBooked(): boolean {
    return this.state.booking !== undefined;
  }

  get status(): BookingStatus | undefined {
    return this.state.status;
  }

  get fairId(): string | undefined {
    return this.state.booking?.fairId;
  }

  /** True while the booking holds its booth (requested, approved or checked in). */
  get holdsBooth(): boolean {
    return this.state.status !== undefined && HOLDING_STATUSES.includes(this.state.status);
  }

  book(input: NewBooking): void {
    if (this.isBooked) {
      throw new InvalidStateError(`booking ${this.id} exists already`, this.state.status);
    }
    const productIds = [...new Set(input.productIds)];
    if (productIds.length === 0) {
      throw new RuleViolationError('a booking names at least one certified product to show');
    }
    this.raise('BoothBooked', { ...input, productIds } satisfies BoothBooked);
  }

  approve(): void {
    this.requireStatus('approve', ['requested']);
    this.raise('BoothBookingApproved', this.identity());
  }

  reject(reason: string): void {
    this.requireStatus('reject', ['requested']);
    this.raise('BoothBookingRejected', {
      ...this.identity(),
      reason: requiredText(reason, 'a rejection needs a reason'),
    } satisfies BoothBookingRejected);
  }

  /** The producer cancels before the fair starts; the booth is free again. */
  cancel(reason: string, fairStatus: FairStatus, fairStarted: boolean): void {
    const status = this.requireStatus('cancel', ['requested', 'approved']);
    if (fairStarted) {
      throw new InvalidStateError(
        `cannot cancel booking ${this.id}: fair ${this.state.booking!.fairId} has started`,
        fairStatus,
      );
    }
    this.raise('BoothBookingCancelled', {
      ...this.identity(),
      reason: requiredText(reason, 'a cancellation needs a reason'),
      wasApproved: status === 'approved',
    } satisfies BoothBookingCancelled);
  }

  /** On the day: an approved booking checks in while the fair is in progress. */
  checkIn(fairStatus: FairStatus, now: Date): void {
    this.requireStatus('check in', ['approved']);
    if (fairStatus !== 'in-progress') {
      throw new InvalidStateError(
        `cannot check in booking ${this.id}: fair ${this.state.booking!.fairId} is not in progress`,
        fairStatus,
      );
    }
    this.raise('BoothCheckedIn', {
      ...this.identity(),
      checkedInAt: now.toISOString(),
    } satisfies BoothCheckedIn);
  }

  view(): BoothBookingView | undefined {
    const { booking, status } = this.state;
    if (!booking || !status) return undefined;
    return {
      bookingId: this.id,
      fairId: booking.fairId,
      producerId: booking.producerId,
      boothType: booking.boothType,
      boothNumber: booking.boothNumber,
      productIds: [...booking.productIds],
      priceVnd: booking.priceVnd,
      status,
      rejectionReason: this.state.rejectionReason ?? null,
      cancellationReason: this.state.cancellationReason ?? null,
      checkedInAt: this.state.checkedInAt ?? null,
      version: this.version,
    };
  }

  private identity(): BoothBookingPayload {
    const { fairId, producerId, boothType, boothNumber } = this.state.booking!;
    return { fairId, producerId, boothType, boothNumber };
  }

  private requireStatus(action: string, allowed: readonly BookingStatus[]): BookingStatus {
    const status = this.state.status;
    if (!status) throw new RuleViolationError(`booking ${this.id} does not exist`);
    if (!allowed.includes(status)) {
      throw new InvalidStateError(
        `cannot ${action} booking ${this.id}: only a ${allowed.join(' or ')} booking can be ${PAST_TENSE[action]}`,
        status,
      );
    }
    return status;
  }

  snapshot(): BookingState {
    return structuredClone(this.state);
  }

  protected restore(state: BookingState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<BoothBookingEvents>): void {
    switch (type) {
      case 'BoothBooked': {
        const event = payload;
        this.state = {
          booking: { ...event, productIds: [...event.productIds] },
          status: 'requested',
        };
        break;
      }
      case 'BoothBookingApproved':
        this.state.status = 'approved';
        break;
      case 'BoothBookingRejected':
        this.state.status = 'rejected';
        this.state.rejectionReason = payload.reason;
        break;
      case 'BoothBookingCancelled':
        this.state.status = 'cancelled';
        this.state.cancellationReason = payload.reason;
        break;
      case 'BoothCheckedIn':
        this.state.status = 'checked-in';
        this.state.checkedInAt = payload.checkedInAt;
        break;
    }
  }
}

function requiredText(value: string, message: string): string {
  const text = value.trim();
  if (text.length === 0) throw new RuleViolationError(message);
  return text;
}
