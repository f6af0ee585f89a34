import {
  DISTRIBUTOR_KINDS,
  PRODUCT_GROUPS,
  RESERVATION_REJECTIONS,
  STAR_RATINGS,
} from '@ocop/events';
import { ORDER_STATUSES } from './statuses';
import { Id, Instant, Int, ListOf, OneOf, Text, Texts } from '../shared/response-fields';

/** What the distributors service answers: distributors, sourcing requests, purchase orders. */

export class Distributor {
  @Id() distributorId!: string;
  @OneOf(DISTRIBUTOR_KINDS) kind!: string;
  @Text() name!: string;
  @Text() registrationNumber!: string;
  @Texts() channels!: string[];
  @Texts() provincesServed!: string[];
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}

export class SourcingRequest {
  @Id() sourcingRequestId!: string;
  @Id() distributorId!: string;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @Text({ optional: true }) subgroup?: string;
  @Texts() keywords!: string[];
  @OneOf(STAR_RATINGS) minStars!: number;
  @Int() quantity!: number;
  @Text() unit!: string;
  @Int({ optional: true }) targetPriceVnd?: number;
  @Text() deliveryProvince!: string;
  @Instant() deadline!: string;
  @OneOf(['open', 'closed']) status!: string;
  @OneOf(['by-buyer', 'deadline'], { nullable: true }) closedReason!: string | null;
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}

export class OrderLine {
  @Id() productId!: string;
  @Int() quantity!: number;
  @Int() unitPriceVnd!: number;
  @Int() lineTotalVnd!: number;
}

export const ORDER_REJECTION_REASONS = [...RESERVATION_REJECTIONS, 'no-answer'] as const;

export class Order {
  @Id() orderId!: string;
  @Id() distributorId!: string;
  @Id() producerId!: string;
  @Id({ nullable: true }) mouId!: string | null;
  @OneOf(ORDER_STATUSES) status!: string;
  @ListOf(() => OrderLine) lines!: OrderLine[];
  @Int() totalVnd!: number;
  @OneOf(ORDER_REJECTION_REASONS, { nullable: true }) rejectionReason!: string | null;
  @Text({ nullable: true }) rejectionDetail!: string | null;
  @Text({ nullable: true }) cancellationReason!: string | null;
  @Text({ nullable: true }) trackingNumber!: string | null;
  @Int() version!: number;
}

/** A placed order: the producer's capacity reservation decides it a moment later. */
export class OrderPlacement {
  @Id() orderId!: string;
  @OneOf(ORDER_STATUSES) status!: string;
  @Text() location!: string;
}
