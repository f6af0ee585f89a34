import { CERTIFICATION_LEVELS, PRODUCER_KINDS, PRODUCT_GROUPS, STAR_RATINGS } from '@ocop/events';
import {
  Bool,
  Day,
  Id,
  Int,
  ListOf,
  MapOf,
  MapOfValues,
  Nested,
  OneOf,
  Text,
  Texts,
} from '../shared/response-fields';

/** What the producers service answers: producers (OCOP subjects), products, capacity. */

export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked'] as const;

export class Certificate {
  @OneOf(STAR_RATINGS) stars!: number;
  @Text() decisionNumber!: string;
  @OneOf(CERTIFICATION_LEVELS) level!: string;
  @Day() issuedOn!: string;
  @Day() expiresOn!: string;
  @OneOf(CERTIFICATE_STATUSES) status!: string;
}

export class Contact {
  @Text() name!: string;
  @Text() phone!: string;
  @Text({ optional: true }) email?: string;
}

export class ProducerProfile {
  @OneOf(PRODUCER_KINDS) kind!: string;
  @Text() legalName!: string;
  @Text() registrationNumber!: string;
  @Nested(() => Contact) contact!: Contact;
  @Text() province!: string;
  @Text() district!: string;
  @Text() commune!: string;
  @Text({ optional: true }) craftVillage?: string;
}

export class ProducerProduct {
  @Text() name!: string;
  @OneOf(PRODUCT_GROUPS) group!: string;
  @Text() subgroup!: string;
  @Text() unit!: string;
  @Int() priceMinVnd!: number;
  @Int() priceMaxVnd!: number;
  @Int() monthlyCapacity!: number;
  @Texts() photoUrls!: string[];
  @Text() qrCode!: string;
  @Nested(() => Certificate, { optional: true }) certificate?: Certificate;
}

export class ReservedLine {
  @Id() productId!: string;
  @Int() quantity!: number;
}

export class CapacityReservation {
  @Text({ description: 'YYYY-MM' }) month!: string;
  @ListOf(() => ReservedLine) lines!: ReservedLine[];
}

/** A producer as its service keeps it: profile, products by id, capacity held for orders. */
export class Producer {
  @Id() producerId!: string;
  @Int() version!: number;
  @Bool() active!: boolean;
  @Nested(() => ProducerProfile) profile!: ProducerProfile;
  /** By product id. */
  @MapOf(ProducerProduct) products!: Record<string, ProducerProduct>;
  /** Capacity held for orders, by order id. */
  @MapOf(CapacityReservation) reservations!: Record<string, CapacityReservation>;
  /** What was answered for each order, by order id. */
  @MapOfValues(['reserved', 'rejected', 'released']) answered!: Record<string, string>;
}

export class ProducerRegistration {
  @Id() producerId!: string;
}

export class Product extends ProducerProduct {
  @Id() producerId!: string;
  @Id() productId!: string;
}

export class ProductRegistration {
  @Id() productId!: string;
  @Text() qrCode!: string;
}

export class Certification {
  @OneOf(['certified', 're-rated']) outcome!: string;
  @Nested(() => Certificate) certificate!: Certificate;
}

export class ProductCapacity {
  @Id() productId!: string;
  @Int() monthlyCapacity!: number;
  @Int() reserved!: number;
  @Int() remaining!: number;
}

export class ProducerCapacity {
  @Id() producerId!: string;
  @Text({ description: 'YYYY-MM' }) month!: string;
  @ListOf(() => ProductCapacity) products!: ProductCapacity[];
}
