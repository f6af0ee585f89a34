import { MOU_PARTY_TYPES, MOU_STATUSES, OBLIGATION_KINDS, PRODUCT_GROUPS } from '@ocop/events';
import {
  Bool,
  Day,
  Id,
  Ids,
  Instant,
  Int,
  ListOf,
  Nested,
  Num,
  OneOf,
  OneOfEach,
  Text,
} from '../shared/response-fields';

/** What the mou service answers: MOUs with their versions, signatures, targets and fulfilment. */

export const MOU_VERSION_STATES = [
  'drafted',
  'awaiting-signatures',
  'in-force',
  'superseded',
  'replaced',
  'lapsed',
] as const;

export class MouParty {
  @OneOf(MOU_PARTY_TYPES) partyType!: string;
  @Id() partyId!: string;
}

export class MouSignature extends MouParty {
  @Text() signedBy!: string;
  @Text() onBehalfOf!: string;
  @Instant() signedAt!: string;
}

export class MouTargetTerm {
  @Id() productId!: string;
  @Int() quantity!: number;
  @Text() unit!: string;
}

export class MouUnitPriceTerm {
  @Id() productId!: string;
  @Int() unitPriceVnd!: number;
}

export class MouPriceTermsView {
  @Text({ optional: true }) text?: string;
  @ListOf(() => MouUnitPriceTerm, { optional: true }) unitPrices?: MouUnitPriceTerm[];
}

export class MouObligationTerm {
  @Text({ description: 'o1, o2, ...' }) obligationId!: string;
  @OneOf(OBLIGATION_KINDS) kind!: string;
  @Text() description!: string;
  @Day() dueDate!: string;
  @Id({ optional: true }) productId?: string;
  @Int({ optional: true }) quantity?: number;
}

export class MouTermsView {
  @Ids() products!: string[];
  @OneOfEach(PRODUCT_GROUPS) productGroups!: string[];
  @ListOf(() => MouTargetTerm) targets!: MouTargetTerm[];
  @Nested(() => MouPriceTermsView) priceTerms!: MouPriceTermsView;
  @Day() startDate!: string;
  @Day() endDate!: string;
  @ListOf(() => MouObligationTerm) obligations!: MouObligationTerm[];
}

export class MouVersion {
  @Int() version!: number;
  @OneOf(MOU_VERSION_STATES) state!: string;
  @Int({ nullable: true }) basedOn!: number | null;
  @Text({ nullable: true }) reason!: string | null;
  @Nested(() => MouTermsView) terms!: MouTermsView;
  @ListOf(() => MouSignature) signatures!: MouSignature[];
  @ListOf(() => MouParty) awaitingSignatures!: MouParty[];
  @Instant({ nullable: true }) activatedAt!: string | null;
}

export class MouTargetProgress {
  @Id() productId!: string;
  @Int() quantity!: number;
  @Text() unit!: string;
  @Int() delivered!: number;
  @Num() percent!: number;
  @Bool() met!: boolean;
}

export class MouObligationProgress extends MouObligationTerm {
  @OneOf(['open', 'met', 'overdue']) status!: string;
  @Bool() reportedOverdue!: boolean;
  @Int({ nullable: true }) delivered!: number | null;
  @Instant({ nullable: true }) metAt!: string | null;
  @OneOf(MOU_PARTY_TYPES, { nullable: true }) metBy!: string | null;
  @Text({ nullable: true }) note!: string | null;
  @Bool({ nullable: true }) late!: boolean | null;
}

export class DeliveredVolume {
  @Id() productId!: string;
  @Int() quantity!: number;
}

export class MouVersionState {
  @Int() version!: number;
  @OneOf(MOU_VERSION_STATES) state!: string;
  @Int({ nullable: true }) basedOn!: number | null;
}

export class Mou {
  @Id() mouId!: string;
  @Text({ nullable: true }) title!: string | null;
  @OneOf(MOU_STATUSES) status!: string;
  @Id() distributorId!: string;
  @Ids() producerIds!: string[];
  @ListOf(() => MouParty) parties!: MouParty[];
  @Id({ nullable: true }) fairId!: string | null;
  @Nested(() => MouVersion, { nullable: true }) versionInForce!: MouVersion | null;
  @Nested(() => MouVersion, { nullable: true }) pendingVersion!: MouVersion | null;
  @ListOf(() => MouTargetProgress) targets!: MouTargetProgress[];
  @ListOf(() => MouObligationProgress) obligations!: MouObligationProgress[];
  @ListOf(() => DeliveredVolume) delivered!: DeliveredVolume[];
  @Int() countedOrders!: number;
  @Instant({ nullable: true }) activeSince!: string | null;
  @Instant({ nullable: true }) fulfilledAt!: string | null;
  @Instant({ nullable: true }) expiredAt!: string | null;
  @Text({ nullable: true }) terminationReason!: string | null;
  @ListOf(() => MouVersionState) versions!: MouVersionState[];
  @Int() version!: number;
  @Text({ optional: true }) location?: string;
}

export class MouPeriod {
  @Int() version!: number;
  @Day() startDate!: string;
  @Day() endDate!: string;
}

/** One MOU in a party's list. */
export class MouSummary {
  @Id() mouId!: string;
  @Text({ nullable: true }) title!: string | null;
  @OneOf(MOU_STATUSES) status!: string;
  @Id() distributorId!: string;
  @Ids() producerIds!: string[];
  @Id({ nullable: true }) fairId!: string | null;
  @Nested(() => MouPeriod, { nullable: true }) versionInForce!: MouPeriod | null;
  @Nested(() => MouPeriod, { nullable: true }) pendingVersion!: MouPeriod | null;
  @Instant() draftedAt!: string;
  @Instant() updatedAt!: string;
}
