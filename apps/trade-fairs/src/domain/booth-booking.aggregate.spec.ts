import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { FairStatus } from '@ocop/events';
import { randomUUID } from 'node:crypto';
import type { BookingStatus } from '@ocop/contracts/trade-fairs/statuses';
import { BoothBooking } from './booth-booking.aggregate';

const fairId = randomUUID();
const producerId = randomUUID();
const tea = randomUUID();
const now = new Date('2026-03-25T02:00:00.000Z');

function booked(): BoothBooking {
  const booking = new BoothBooking(randomUUID());
  booking.book({
    fairId,
    producerId,
    boothType: 'standard-3x3',
    boothNumber: 17,
    productIds: [tea, tea],
    priceVnd: 4_500_000,
  });
  booking.markCommitted();
  return booking;
}

function bookingIn(status: BookingStatus): BoothBooking {
  const booking = booked();
  const steps: Record<BookingStatus, (b: BoothBooking) => void> = {
    requested: () => undefined,
    approved: (b) => b.approve(),
    rejected: (b) => b.reject('hết chỗ cho nhóm hàng này'),
    cancelled: (b) => b.cancel('đổi kế hoạch', 'booking-open', false),
    'checked-in': (b) => {
      b.approve();
      b.checkIn('in-progress', now);
    },
  };
  steps[status](booking);
  booking.markCommitted();
  return booking;
}

describe('a booth booking', () => {
  it('is requested with its booth, price and each product once', () => {
    const booking = booked();
    expect(booking.view()).toEqual({
      bookingId: booking.id,
      fairId,
      producerId,
      boothType: 'standard-3x3',
      boothNumber: 17,
      productIds: [tea],
      priceVnd: 4_500_000,
      status: 'requested',
      rejectionReason: null,
      cancellationReason: null,
      checkedInAt: null,
      version: 1,
    });
    expect(booking.holdsBooth).toBe(true);
  });

  const commands: Record<string, (b: BoothBooking) => void> = {
    approve: (b) => b.approve(),
    reject: (b) => b.reject('not OCOP food'),
    cancel: (b) => b.cancel('changed plans', 'booking-closed', false),
    'check in': (b) => b.checkIn('in-progress', now),
  };
  const allowed: Record<string, BookingStatus[]> = {
    approve: ['requested'],
    reject: ['requested'],
    cancel: ['requested', 'approved'],
    'check in': ['approved'],
  };
  const statuses: BookingStatus[] = [
    'requested',
    'approved',
    'rejected',
    'cancelled',
    'checked-in',
  ];

  for (const [command, run] of Object.entries(commands)) {
    for (const status of statuses) {
      const ok = allowed[command].includes(status);
      it(`${command} on a ${status} booking ${ok ? 'is allowed' : 'is a conflict naming the state'}`, () => {
        const booking = bookingIn(status);
        if (ok) {
          run(booking);
          expect(booking.uncommitted()).toHaveLength(1);
        } else {
          expect(() => run(booking)).toThrow(`(current state: ${status})`);
          expect(booking.uncommitted()).toHaveLength(0);
        }
      });
    }
  }

  it('gives the booth back when rejected or cancelled, and says whether it was approved', () => {
    const rejected = bookingIn('rejected');
    expect(rejected.holdsBooth).toBe(false);
    expect(rejected.view()!.rejectionReason).toBe('hết chỗ cho nhóm hàng này');
    const approved = bookingIn('approved');
    approved.cancel('  ốm  ', 'booking-closed', false);
    expect(approved.uncommitted()[0]).toEqual({
      type: 'BoothBookingCancelled',
      payload: {
        fairId,
        producerId,
        boothType: 'standard-3x3',
        boothNumber: 17,
        reason: 'ốm',
        wasApproved: true,
      },
    });
    expect(approved.holdsBooth).toBe(false);
  });

  it('cannot be cancelled once the fair has started', () => {
    const booking = bookingIn('approved');
    expect(() => booking.cancel('late', 'booking-closed', true)).toThrow(
      new InvalidStateError(
        `cannot cancel booking ${booking.id}: fair ${fairId} has started`,
        'booking-closed',
      ),
    );
  });

  it('checks in only while the fair is in progress', () => {
    for (const fairStatus of ['booking-closed', 'closed'] as FairStatus[]) {
      expect(() => bookingIn('approved').checkIn(fairStatus, now)).toThrow(
        `(current state: ${fairStatus})`,
      );
    }
    const booking = bookingIn('checked-in');
    expect(booking.view()).toMatchObject({ status: 'checked-in', checkedInAt: now.toISOString() });
    expect(booking.holdsBooth).toBe(true);
  });

  it('needs reasons and a product, and exists once', () => {
    expect(() => bookingIn('requested').reject('  ')).toThrow(RuleViolationError);
    expect(() => booked().book({ ...booked().view()!, productIds: [] })).toThrow(InvalidStateError);
    expect(() =>
      new BoothBooking(randomUUID()).book({ ...booked().view()!, productIds: [] }),
    ).toThrow('a booking names at least one certified product to show');
    expect(() => new BoothBooking(randomUUID()).approve()).toThrow(RuleViolationError);
  });
});
