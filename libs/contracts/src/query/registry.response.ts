import { DISTRIBUTOR_KINDS, PRODUCER_KINDS, PRODUCT_GROUPS, STAR_RATINGS } from '@ocop/events';
import { MatchFactors } from '../matching/matching.response';
import { Contact } from '../producers/producers.response';
import {
  Bool,
  Id,
  Instant,
  Int,
  ListOf,
  Nested,
  Num,
  OneOf,
  Text,
  Texts,
} from '../shared/response-fields';

/** What the registry lists answer: the producers and distributors officers browse. */

export class RegistryProducer {
  @Id() producerId!: string;
  @OneOf(PRODUCER_KINDS) kind!: string;
  @Text() legalName!: string;
  @Text({ nullable: true }) registrationNumber!: string | null;
  @Nested(() => Contact, { nullable: true }) contact!: Contact | null;
  @Text() province!: string;
  @Text() district!: string;
  @Text() commune!: string;
  @Text({ nullable: true }) craftVillage!: string | null;
  @Bool() active!: boolean;
  /** Products registered, and those with a certificate valid today (Việt Nam). */
  @Int() products!: number;
  @Int() certifiedProducts!: number;
  @Instant() registeredAt!: string;
  @Instant() updatedAt!: string;
}

export class RegistryDistributor {
  @Id() distributorId!: string;
  @OneOf(DISTRIBUTOR_KINDS) kind!: string;
  @Text() name!: string;
  @Text({ nullable: true }) registrationNumber!: string | null;
  @Texts() channels!: string[];
  @Texts() provincesServed!: string[];
  @Instant() registeredAt!: string;
}

/** One of the producer's products that a sourcing request matched, and why. */
export class OpportunityMatch {
  @Id() productId!: string;
  @Text() productName!: string;
  /** 0..1, best first. */
  @Num() score!: number;
  @Nested(() => MatchFactors) factors!: MatchFactors;
}

/** An open sourcing request the producer could answer, with its matched products. */
export class SourcingOpportunity {
  @Id() requestId!: string;
  @Id() distributorId!: string;
  @Text({ nullable: true }) distributorName!: string | null;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @Text({ nullable: true }) subgroup!: string | null;
  @Texts() keywords!: string[];
  @OneOf(STAR_RATINGS) minStars!: number;
  @Int() quantity!: number;
  @Text() unit!: string;
  @Int({ nullable: true }) targetPriceVnd!: number | null;
  @Text() deliveryProvince!: string;
  @Instant() deadline!: string;
  @Instant() publishedAt!: string;
  /** The best match's score. */
  @Num() score!: number;
  @ListOf(() => OpportunityMatch) matches!: OpportunityMatch[];
}
