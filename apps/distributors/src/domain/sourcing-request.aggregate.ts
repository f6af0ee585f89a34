import { InvalidStateError, RuleViolationError } from '@ocop/common/errors/domain-errors';
import { AggregateRoot } from '@ocop/event-sourcing/aggregate-root';
import {
  AGGREGATE_TYPES,
  EventOf,
  ProductGroup,
  SourcingRequestClosed,
  SourcingRequestEvents,
  SourcingRequestPublished,
  SourcingRequestUpdated,
} from '@ocop/events';
import { distinctTexts } from './distributor.aggregate';

export type StarRating = 3 | 4 | 5;
export type SourcingRequestStatus = 'open' | 'closed';
export type ClosedReason = SourcingRequestClosed['reason'];

/** What a buyer publishes: the product it looks for, how much, at what price, where and by when. */
export interface SourcingNeed {
  distributorId: string;
  group: ProductGroup;
  subgroup?: string;
  keywords: string[];
  minStars: StarRating;
  quantity: number;
  unit: string;
  targetPriceVnd?: number;
  deliveryProvince: string;
  /** ISO 8601; stored as a UTC instant. */
  deadline: string;
}

/** The fields a buyer may change while the request is open (the contract's SourcingRequestUpdated). */
export type SourcingChanges = Partial<
  Pick<SourcingNeed, 'keywords' | 'minStars' | 'quantity' | 'targetPriceVnd' | 'deadline'>
>;

export const UPDATABLE_FIELDS = [
  'keywords',
  'minStars',
  'quantity',
  'targetPriceVnd',
  'deadline',
] as const;

interface SourcingRequestState {
  need?: SourcingNeed;
  status?: SourcingRequestStatus;
  closedReason?: ClosedReason;
}

export interface SourcingRequestView extends SourcingNeed {
  sourcingRequestId: string;
  status: SourcingRequestStatus;
  closedReason: ClosedReason | null;
  version: number;
}

export interface UpdateResult {
  changed: (keyof SourcingChanges)[];
  previousDeadline: string;
}

/** What the deadline job found; it never fails for a request that moved on. */
export type DeadlineOutcome = 'closed' | 'unknown' | 'already-closed' | 'not-due';

function instant(iso: string, field: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RuleViolationError(`${field} must be an ISO date`);
  return date;
}

function futureDeadline(iso: string, now: Date): string {
  const deadline = instant(iso, 'deadline');
  if (deadline.getTime() <= now.getTime()) {
    throw new RuleViolationError(
      `deadline ${deadline.toISOString()} must be in the future (now ${now.toISOString()})`,
    );
  }
  return deadline.toISOString();
}

function positiveQuantity(quantity: number): number {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) {
    throw new RuleViolationError('quantity must be a positive whole number');
  }
  return quantity;
}

function priceVnd(value: number | undefined): number | undefined {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new RuleViolationError('targetPriceVnd must be a whole number of đồng, 0 or more');
  }
  return value;
}

function stars(value: number): StarRating {
  if (value !== 3 && value !== 4 && value !== 5) {
    throw new RuleViolationError('minStars must be 3, 4 or 5');
  }
  return value;
}

const sameKeywords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((keyword, i) => keyword === b[i]);

/**
 * A buyer's published need. Open until the buyer closes it or its deadline passes; while open the
 * buyer may change keywords, stars, quantity, target price and deadline.
 */
export class SourcingRequest extends AggregateRoot<SourcingRequestEvents, SourcingRequestState> {
  private state: SourcingRequestState = {};

  constructor(id: string) {
    super(AGGREGATE_TYPES.sourcingRequest, id);
  }

  get isPublished(): boolean {
    return this.state.need !== undefined;
  }

  get status(): SourcingRequestStatus | undefined {
    return this.state.status;
  }

  get deadline(): string | undefined {
    return this.state.need?.deadline;
  }

  publish(need: SourcingNeed, now: Date): void {
    if (this.isPublished) {
      throw new InvalidStateError(
        `sourcing request ${this.id} is published already`,
        this.state.status,
      );
    }
    const payload: SourcingRequestPublished = {
      distributorId: need.distributorId,
      group: need.group,
      ...(need.subgroup?.trim() ? { subgroup: need.subgroup.trim() } : {}),
      keywords: distinctTexts(need.keywords),
      minStars: stars(need.minStars),
      quantity: positiveQuantity(need.quantity),
      unit: need.unit.trim(),
      ...(need.targetPriceVnd !== undefined
        ? { targetPriceVnd: priceVnd(need.targetPriceVnd) }
        : {}),
      deliveryProvince: need.deliveryProvince.trim(),
      deadline: futureDeadline(need.deadline, now),
    };
    this.raise('SourcingRequestPublished', payload);
  }

  /** Changes what differs from the current request; giving the current values again changes nothing. */
  update(changes: SourcingChanges, now: Date): UpdateResult {
    const need = this.openNeed('update');
    const given = UPDATABLE_FIELDS.filter((field) => changes[field] !== undefined);
    if (given.length === 0) {
      throw new RuleViolationError(
        `nothing to update: give at least one of ${UPDATABLE_FIELDS.join(', ')}`,
      );
    }
    const payload: SourcingRequestUpdated = {};
    if (changes.keywords !== undefined) {
      const keywords = distinctTexts(changes.keywords);
      if (!sameKeywords(keywords, need.keywords)) payload.keywords = keywords;
    }
    if (changes.minStars !== undefined && stars(changes.minStars) !== need.minStars) {
      payload.minStars = changes.minStars;
    }
    if (changes.quantity !== undefined && positiveQuantity(changes.quantity) !== need.quantity) {
      payload.quantity = changes.quantity;
    }
    if (
      changes.targetPriceVnd !== undefined &&
      priceVnd(changes.targetPriceVnd) !== need.targetPriceVnd
    ) {
      payload.targetPriceVnd = changes.targetPriceVnd;
    }
    if (changes.deadline !== undefined) {
      const deadline = futureDeadline(changes.deadline, now);
      if (deadline !== need.deadline) payload.deadline = deadline;
    }
    const previousDeadline = need.deadline;
    const changed = Object.keys(payload) as (keyof SourcingChanges)[];
    if (changed.length > 0) this.raise('SourcingRequestUpdated', payload);
    return { changed, previousDeadline };
  }

  closeByBuyer(): void {
    this.openNeed('close');
    this.raise('SourcingRequestClosed', { reason: 'by-buyer' } satisfies SourcingRequestClosed);
  }

  /**
   * What the deadline job does: closes an open request whose deadline has passed. Safe to run any
   * number of times, early (the deadline moved later) or after the buyer closed it.
   */
  closeAtDeadline(now: Date): DeadlineOutcome {
    const need = this.state.need;
    if (!need) return 'unknown';
    if (this.state.status === 'closed') return 'already-closed';
    if (Date.parse(need.deadline) > now.getTime()) return 'not-due';
    this.raise('SourcingRequestClosed', { reason: 'deadline' } satisfies SourcingRequestClosed);
    return 'closed';
  }

  view(): SourcingRequestView | undefined {
    const need = this.state.need;
    if (!need) return undefined;
    return {
      sourcingRequestId: this.id,
      ...need,
      keywords: [...need.keywords],
      status: this.state.status ?? 'open',
      closedReason: this.state.closedReason ?? null,
      version: this.version,
    };
  }

  private openNeed(action: string): SourcingNeed {
    const need = this.state.need;
    if (!need) throw new RuleViolationError(`sourcing request ${this.id} is not published`);
    if (this.state.status !== 'open') {
      throw new InvalidStateError(
        `cannot ${action} sourcing request ${this.id}: it is closed`,
        this.state.status,
      );
    }
    return need;
  }

  snapshot(): SourcingRequestState {
    return structuredClone(this.state);
  }

  protected restore(state: SourcingRequestState): void {
    this.state = structuredClone(state);
  }

  protected apply({ type, payload }: EventOf<SourcingRequestEvents>): void {
    switch (type) {
      case 'SourcingRequestPublished': {
        const event = payload;
        this.state = {
          need: { ...event, keywords: [...event.keywords] },
          status: 'open',
        };
        break;
      }
      case 'SourcingRequestUpdated': {
        const event = payload;
        const need = this.state.need!;
        this.state.need = {
          ...need,
          ...(event.keywords !== undefined ? { keywords: [...event.keywords] } : {}),
          ...(event.minStars !== undefined ? { minStars: event.minStars } : {}),
          ...(event.quantity !== undefined ? { quantity: event.quantity } : {}),
          ...(event.targetPriceVnd !== undefined ? { targetPriceVnd: event.targetPriceVnd } : {}),
          ...(event.deadline !== undefined ? { deadline: event.deadline } : {}),
        };
        break;
      }
      case 'SourcingRequestClosed':
        this.state.status = 'closed';
        this.state.closedReason = payload.reason;
        break;
    }
  }
}
