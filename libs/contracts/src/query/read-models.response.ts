import {
  CERTIFICATION_LEVELS,
  FAIR_KINDS,
  FAIR_STATUSES,
  MOU_STATUSES,
  OBLIGATION_KINDS,
  PRODUCER_KINDS,
  PRODUCT_GROUPS,
  STAR_RATINGS,
} from '@ocop/events';
import { BOOKING_STATUSES } from '../trade-fairs/statuses';
import { ORDER_STATUSES } from '../distributors/statuses';
import { OrderLine } from '../distributors/distributors.response';
import {
  AnyJson,
  Bool,
  CountsBy,
  Day,
  Id,
  Ids,
  Instant,
  Int,
  ListOf,
  Nested,
  Num,
  OneOf,
  Text,
  Texts,
} from '../shared/response-fields';
import { Match } from '../matching/matching.response';
import { CERTIFICATE_STATUSES } from '../producers/producers.response';

/** What the query service's read models answer (built from events; they may trail a moment). */

export class CertificateView {
  @Text() decisionNumber!: string;
  @OneOf(CERTIFICATION_LEVELS) level!: string;
  @Day() issuedOn!: string;
  @Day() expiresOn!: string;
  @OneOf(CERTIFICATE_STATUSES) status!: string;
}

export class ProductView {
  @Id() productId!: string;
  @Id() producerId!: string;
  @Text() name!: string;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @Text() subgroup!: string;
  @Text() unit!: string;
  @Int() priceMinVnd!: number;
  @Int() priceMaxVnd!: number;
  @Int() monthlyCapacity!: number;
  @Text() qrCode!: string;
  @Texts() photoUrls!: string[];
  @OneOf(STAR_RATINGS, { nullable: true }) stars!: number | null;
  @Nested(() => CertificateView, { nullable: true }) certificate!: CertificateView | null;
  /** Days until a valid certificate expires; null without one. */
  @Int({ nullable: true }) daysToExpiry!: number | null;
  @Instant() updatedAt!: string;
}

export class CatalogueProduct extends ProductView {
  @Text({ nullable: true }) producerName!: string | null;
  @OneOf(PRODUCER_KINDS, { nullable: true }) producerKind!: string | null;
  @Text({ nullable: true }) province!: string | null;
  @Text({ nullable: true }) district!: string | null;
  @Text({ nullable: true }) commune!: string | null;
  @Text({ nullable: true }) craftVillage!: string | null;
}

/** A producer as the catalogue names it to every party: who and where, no contact details. */
export class CatalogueProducer {
  @Id() producerId!: string;
  @Text() name!: string;
  @OneOf(PRODUCER_KINDS) kind!: string;
  @Text() province!: string;
  @Text() district!: string;
  @Text() commune!: string;
  @Text({ nullable: true }) craftVillage!: string | null;
}

export class ProducerBooking {
  @Id() bookingId!: string;
  @Id() fairId!: string;
  @Text({ nullable: true }) fairName!: string | null;
  @Text() boothType!: string;
  /** Null once the booking no longer holds its booth. */
  @Int({ nullable: true }) boothNumber!: number | null;
  @OneOf(BOOKING_STATUSES) status!: string;
  @Bool() checkedIn!: boolean;
  @Instant({ nullable: true }) checkedInAt!: string | null;
  @Ids() productIds!: string[];
  @Int() priceVnd!: number;
  @Instant() bookedAt!: string;
  @Instant() updatedAt!: string;
}

export class MouProductProgress {
  @Id() productId!: string;
  @Text() unit!: string;
  @Int() targetQuantity!: number;
  @Int() deliveredQuantity!: number;
  @Num() percent!: number;
}

export class MouProgress {
  @Id() mouId!: string;
  @Text({ nullable: true }) title!: string | null;
  @OneOf(MOU_STATUSES) status!: string;
  @Id() producerId!: string;
  @Ids() producerIds!: string[];
  @Id() distributorId!: string;
  @Text({ nullable: true }) counterpartName!: string | null;
  @Id({ nullable: true }) fairId!: string | null;
  @Instant({ nullable: true }) signedAt!: string | null;
  @Instant() draftedAt!: string;
  @Instant() updatedAt!: string;
  @Int() version!: number;
  @ListOf(() => MouProductProgress) products!: MouProductProgress[];
  @Num() overallPercent!: number;
  @Int() overdueObligations!: number;
}

export class ObligationItem {
  @Id() mouId!: string;
  @OneOf(MOU_STATUSES) mouStatus!: string;
  @Id() distributorId!: string;
  @Text({ nullable: true }) counterpartName!: string | null;
  @Text() obligationId!: string;
  @OneOf(OBLIGATION_KINDS) kind!: string;
  @Text() description!: string;
  @Day() dueDate!: string;
  @Id({ nullable: true }) productId!: string | null;
  @Int({ nullable: true }) quantity!: number | null;
  @Int({ nullable: true }) delivered!: number | null;
  @OneOf(['open', 'met', 'overdue']) status!: string;
  @Instant({ nullable: true }) metAt!: string | null;
}

export class OrderItem {
  @Id() orderId!: string;
  @Id() distributorId!: string;
  @Id() producerId!: string;
  @Id({ nullable: true }) mouId!: string | null;
  @OneOf(ORDER_STATUSES) status!: string;
  @Int() totalVnd!: number;
  @ListOf(() => OrderLine) lines!: OrderLine[];
  @Instant() placedAt!: string;
  @Instant() updatedAt!: string;
}

export class SourcingRequestItem {
  @Id() requestId!: string;
  @Id() distributorId!: string;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @Text({ nullable: true }) subgroup!: string | null;
  @Texts() keywords!: string[];
  @OneOf(STAR_RATINGS) minStars!: number;
  @Int() quantity!: number;
  @Text() unit!: string;
  @Int({ nullable: true }) targetPriceVnd!: number | null;
  @Text() deliveryProvince!: string;
  @Instant() deadline!: string;
  @OneOf(['open', 'closed']) status!: string;
  @Text({ nullable: true }) closedReason!: string | null;
  @Instant() publishedAt!: string;
  @Instant() updatedAt!: string;
  @ListOf(() => Match) matches!: Match[];
  @Instant({ nullable: true }) matchesProposedAt!: string | null;
}

export class BoardBooths {
  @Text() boothType!: string;
  @Text() name!: string;
  @Int() total!: number;
  @Int() booked!: number;
  @Int() free!: number;
}

export class BoardMeetings {
  @Int() requested!: number;
  @Int() accepted!: number;
  @Int() held!: number;
  @Int() noShow!: number;
  @Int() declined!: number;
  @Int() cancelled!: number;
}

export class BoardMou {
  @Id() mouId!: string;
  @Id() producerId!: string;
  @Ids() producerIds!: string[];
  @Id() distributorId!: string;
  @OneOf(MOU_STATUSES) status!: string;
  @Instant({ nullable: true }) signedAt!: string | null;
  @Num() overallPercent!: number;
}

export class BoardMous {
  @Int() signed!: number;
  @ListOf(() => BoardMou) items!: BoardMou[];
}

export class BoardOrders {
  @Int() count!: number;
  @Int() delivered!: number;
  @Int() totalVnd!: number;
}

export class FairBoard {
  @Id() fairId!: string;
  @Text() name!: string;
  @OneOf(FAIR_KINDS) kind!: string;
  @Text() organizerId!: string;
  @OneOf(FAIR_STATUSES) status!: string;
  @Text() venue!: string;
  @Text() province!: string;
  @Instant() bookingOpensAt!: string;
  @Instant() bookingClosesAt!: string;
  @Instant() startsAt!: string;
  @Instant() endsAt!: string;
  @Instant() scheduledAt!: string;
  @ListOf(() => BoardBooths) booths!: BoardBooths[];
  /** Bookings by status. */
  @CountsBy() bookings!: Record<string, number>;
  @Int() checkIns!: number;
  @Nested(() => BoardMeetings) meetings!: BoardMeetings;
  @Nested(() => BoardMous) mous!: BoardMous;
  @Nested(() => BoardOrders) orders!: BoardOrders;
}

export class CertifiedProductFigures {
  @Int() total!: number;
  @CountsBy() byStars!: Record<string, number>;
  @CountsBy() byGroup!: Record<string, number>;
  @CountsBy() byDistrict!: Record<string, number>;
  @CountsBy() byProducerKind!: Record<string, number>;
}

export class MouFigures {
  @Int() total!: number;
  /** By Việt Nam month, YYYY-MM. */
  @CountsBy() byMonth!: Record<string, number>;
  /** By fair id. */
  @CountsBy() byFair!: Record<string, number>;
}

export class ModernChannelFigures {
  @Int() producers!: number;
  @Int() withModernChannelMouOrOrder!: number;
  @Num() share!: number;
  @Num() target!: number;
}

export class ProgrammeFigures {
  @Day() asOf!: string;
  @Nested(() => CertifiedProductFigures) certifiedProducts!: CertifiedProductFigures;
  @Int() expiringWithin90Days!: number;
  @Nested(() => MouFigures) mousSigned!: MouFigures;
  @Nested(() => ModernChannelFigures) modernChannel!: ModernChannelFigures;
}

export class ExpiringCertificate {
  @Id() productId!: string;
  @Id() producerId!: string;
  @Text({ nullable: true }) producerName!: string | null;
  @Text() name!: string;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @OneOf(STAR_RATINGS) stars!: number;
  @Text() decisionNumber!: string;
  @OneOf(CERTIFICATION_LEVELS) level!: string;
  @Day() expiresOn!: string;
  @Int() daysToExpiry!: number;
}

export class RebuildProgress {
  @Int() read!: number;
  @Int() target!: number;
}

export class ProjectionStatus {
  @Text({ description: "The projection's name" }) _id!: string;
  @Int() generation!: number;
  @OneOf(['live', 'rebuilding']) status!: string;
  @Instant({ optional: true }) rebuildStartedAt?: string;
  @Instant({ optional: true }) rebuildFinishedAt?: string;
  @Int() applied!: number;
  @Nested(() => RebuildProgress, { optional: true }) progress?: RebuildProgress;
}

export class RebuildStarted {
  @Text() jobId!: string;
  @Texts() projections!: string[];
  @Text() location!: string;
}

export class RebuildJob {
  @Text() jobId!: string;
  @Text() projection!: string;
  @Text({ description: "BullMQ's job state: waiting, active, completed, failed..." })
  state!: string;
  /** 0 before it starts; then read / target, per projection for `all`. */
  @AnyJson({ nullable: true }) progress!: unknown;
  @AnyJson({ nullable: true }) result!: unknown;
  @Text({ nullable: true }) failedReason!: string | null;
}
