import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  EventOf,
  OrderCancelled,
  OrderConfirmed,
  OrderDelivered,
  OrderPlaced,
  OrderRejected,
  OrderShipped,
  PurchaseOrderEvents,
  ReservationRejection,
} from '@ocop/events';
import type { OrderStatus } from '@ocop/contracts/distributors/statuses';

export type RejectionReason = OrderRejected['reason'];

export interface OrderLineInput {
  productId: string;
  quantity: number;
  unitPriceVnd: number;
}

export interface PricedLine extends OrderLineInput {
  lineTotalVnd: number;
}

export interface NewOrder {
  distributorId: string;
  producerId: string;
  mouId?: string;
  lines: OrderLineInput[];
}

interface PurchaseOrderState {
  status?: OrderStatus;
  distributorId?: string;
  producerId?: string;
  mouId?: string;
  lines: PricedLine[];
  totalVnd: number;
  rejection?: { reason: RejectionReason; detail: string };
  cancellation?: { reason: string; wasConfirmed: boolean };
  trackingNumber?: string;
}

export interface PurchaseOrderView {
  orderId: string;
  distributorId: string;
  producerId: string;
  mouId: string | null;
  status: OrderStatus;
  lines: PricedLine[];
  totalVnd: number;
  rejectionReason: RejectionReason | null;
  rejectionDetail: string | null;
  cancellationReason: string | null;
  trackingNumber: string | null;
  version: number;
}

/**
 * What a saga step (a reaction or the timeout job) did. Saga steps never throw for an order that
 * has moved on: a repeated or late answer is simply `unchanged`.
 */
export interface SagaOutcome {
  changed: boolean;
  status: OrderStatus | undefined;
  note?: string;
}

/**
 * Prices an order: each line's total is quantity × unit price, the order's total their sum, all in
 * whole đồng. Totals are always computed here, never taken from the caller.
 */
export function priceLines(lines: readonly OrderLineInput[]): {
  lines: PricedLine[];
  totalVnd: number;
} {
  if (lines.length === 0) throw new RuleViolationError('an order needs at least one line');
  const seen = new Set<string>();
  let totalVnd = 0;
  const priced = lines.map((line, index) => {
    if (seen.has(line.productId)) {
      throw new RuleViolationError(
        `product ${line.productId} is on more than one line (line ${index}); put its whole quantity on one line`,
      );
    }
    seen.add(line.productId);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new RuleViolationError(`lines.${index}.quantity must be a positive whole number`);
    }
    if (!Number.isSafeInteger(line.unitPriceVnd) || line.unitPriceVnd < 0) {
      throw new RuleViolationError(`lines.${index}.unitPriceVnd must be whole đồng, 0 or more`);
    }
    const lineTotalVnd = line.quantity * line.unitPriceVnd;
    totalVnd += lineTotalVnd;
    if (!Number.isSafeInteger(lineTotalVnd) || !Number.isSafeInteger(totalVnd)) {
      throw new RuleViolationError(
        `the order total is too large to be counted exactly in đồng (above ${Number.MAX_SAFE_INTEGER})`,
      );
    }
    return {
      productId: line.productId,
      quantity: line.quantity,
      unitPriceVnd: line.unitPriceVnd,
      lineTotalVnd,
    };
  });
  return { lines: priced, totalVnd };
}

/**
 * A distributor's purchase order to one producer. placed → confirmed (capacity reserved) or
 * rejected (reservation refused, or no answer in time) → shipped → delivered; cancelled only
 * before shipping. Confirmation and rejection come only from the saga, never from a caller.
 */
export class PurchaseOrder extends AggregateRoot<PurchaseOrderEvents, PurchaseOrderState> {
  private state: PurchaseOrderState = { lines: [], totalVnd: 0 };

  constructor(id: string) {
    super(AGGREGATE_TYPES.purchaseOrder, id);
  }

  get isPlaced(): boolean {
    return this.state.status !== undefined;
  }

  get status(): OrderStatus | undefined {
    return this.state.status;
  }

  place(order: NewOrder): void {
    if (this.isPlaced) {
      throw new InvalidStateError(`order ${this.id} is placed already`, this.state.status);
    }
    const { lines, totalVnd } = priceLines(order.lines);
    const payload: OrderPlaced = {
      distributorId: order.distributorId,
      producerId: order.producerId,
      ...(order.mouId ? { mouId: order.mouId } : {}),
      lines,
      totalVnd,
    };
    this.raise('OrderPlaced', payload);
  }

  /** The producer reserved capacity for this order (CapacityReserved). */
  confirmReservation(producerId: string): SagaOutcome {
    const unchanged = this.sagaGuard(producerId);
    if (unchanged) return unchanged;
    this.raise('OrderConfirmed', { producerId } satisfies OrderConfirmed);
    return { changed: true, status: this.state.status };
  }

  /** The producer refused the reservation (CapacityReservationRejected). */
  rejectReservation(producerId: string, reason: ReservationRejection, detail: string): SagaOutcome {
    const unchanged = this.sagaGuard(producerId);
    if (unchanged) return unchanged;
    this.raise('OrderRejected', {
      producerId: this.state.producerId!,
      reason,
      detail,
    } satisfies OrderRejected);
    return { changed: true, status: this.state.status };
  }

  /** Nobody answered in time: a still-placed order is rejected; any other is left as it is. */
  rejectForNoAnswer(timeoutMs: number): SagaOutcome {
    if (this.state.status !== 'placed') {
      return { changed: false, status: this.state.status, note: 'answered already' };
    }
    this.raise('OrderRejected', {
      producerId: this.state.producerId!,
      reason: 'no-answer',
      detail: `producer ${this.state.producerId} did not answer the reservation within ${timeoutMs} ms`,
    } satisfies OrderRejected);
    return { changed: true, status: this.state.status };
  }

  ship(trackingNumber?: string): void {
    this.requireState('ship', ['confirmed']);
    const tracking = trackingNumber?.trim();
    this.raise(
      'OrderShipped',
      (tracking ? { trackingNumber: tracking } : {}) satisfies OrderShipped,
    );
  }

  deliver(): void {
    this.requireState('deliver', ['shipped']);
    const payload: OrderDelivered = {
      distributorId: this.state.distributorId!,
      producerId: this.state.producerId!,
      ...(this.state.mouId ? { mouId: this.state.mouId } : {}),
      lines: this.state.lines.map((line) => ({ ...line })),
    };
    this.raise('OrderDelivered', payload);
  }

  cancel(reason: string): void {
    const status = this.requireState('cancel', ['placed', 'confirmed']);
    const text = reason.trim();
    if (text.length === 0) throw new RuleViolationError('a cancellation needs a reason');
    this.raise('OrderCancelled', {
      reason: text,
      producerId: this.state.producerId!,
      wasConfirmed: status === 'confirmed',
    } satisfies OrderCancelled);
  }

  view(): PurchaseOrderView | undefined {
    const s = this.state;
    if (!s.status) return undefined;
    return {
      orderId: this.id,
      distributorId: s.distributorId!,
      producerId: s.producerId!,
      mouId: s.mouId ?? null,
      status: s.status,
      lines: s.lines.map((line) => ({ ...line })),
      totalVnd: s.totalVnd,
      rejectionReason: s.rejection?.reason ?? null,
      rejectionDetail: s.rejection?.detail ?? null,
      cancellationReason: s.cancellation?.reason ?? null,
      trackingNumber: s.trackingNumber ?? null,
      version: this.version,
    };
  }

  /** Undefined when a saga answer may be applied; otherwise why it changes nothing. */
  private sagaGuard(producerId: string): SagaOutcome | undefined {
    const status = this.state.status;
    if (!status) return { changed: false, status, note: `order ${this.id} is unknown here` };
    if (producerId !== this.state.producerId) {
      return {
        changed: false,
        status,
        note: `the answer came from producer ${producerId}, the order is to ${this.state.producerId}`,
      };
    }
    if (status !== 'placed') return { changed: false, status, note: `order is ${status} already` };
    return undefined;
  }

  private requireState(action: string, allowed: readonly OrderStatus[]): OrderStatus {
    const status = this.state.status;
    if (!status) throw new RuleViolationError(`order ${this.id} is not placed`);
    if (!allowed.includes(status)) {
      throw new InvalidStateError(
        `cannot ${action} order ${this.id}: only a ${allowed.join(' or ')} order can be ${pastTense[action] ?? action}`,
        status,
      );
    }
    return status;
  }

  snapshot(): PurchaseOrderState {
    return structuredClone(this.state);
  }

  protected restore(state: PurchaseOrderState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<PurchaseOrderEvents>): void {
    switch (type) {
      case 'OrderPlaced': {
        const event = payload;
        this.state = {
          status: 'placed',
          distributorId: event.distributorId,
          producerId: event.producerId,
          ...(event.mouId ? { mouId: event.mouId } : {}),
          lines: event.lines.map((line) => ({
            productId: line.productId,
            quantity: line.quantity,
            unitPriceVnd: line.unitPriceVnd,
            lineTotalVnd: line.lineTotalVnd,
          })),
          totalVnd: event.totalVnd,
        };
        break;
      }
      case 'OrderConfirmed':
        this.state.status = 'confirmed';
        break;
      case 'OrderRejected': {
        const event = payload;
        this.state.status = 'rejected';
        this.state.rejection = { reason: event.reason, detail: event.detail };
        break;
      }
      case 'OrderShipped': {
        const event = payload;
        this.state.status = 'shipped';
        if (event.trackingNumber) this.state.trackingNumber = event.trackingNumber;
        break;
      }
      case 'OrderDelivered':
        this.state.status = 'delivered';
        break;
      case 'OrderCancelled': {
        const event = payload;
        this.state.status = 'cancelled';
        this.state.cancellation = { reason: event.reason, wasConfirmed: event.wasConfirmed };
        break;
      }
    }
  }
}

const pastTense: Record<string, string> = {
  ship: 'shipped',
  deliver: 'delivered',
  cancel: 'cancelled',
};
