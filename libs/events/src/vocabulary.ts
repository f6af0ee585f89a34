/** The programme's six OCOP product groups. */
export const PRODUCT_GROUPS = [
  'food',
  'beverage',
  'herbal',
  'handicraft',
  'ornamental',
  'tourism',
] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

/** OCOP subjects: who may register products. */
export const PRODUCER_KINDS = [
  'cooperative',
  'cooperative-group',
  'sme',
  'farm',
  'household-business',
] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const DISTRIBUTOR_KINDS = [
  'retail-chain',
  'e-commerce',
  'ocop-showroom',
  'wholesaler',
] as const;
export type DistributorKind = (typeof DISTRIBUTOR_KINDS)[number];

export const STAR_RATINGS = [3, 4, 5] as const;
/** Provincial councils rate 3 and 4 stars; only the national council rates 5. */
export const CERTIFICATION_LEVELS = ['province', 'national'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];

export const RESERVATION_REJECTIONS = [
  'no-valid-certificate',
  'not-enough-capacity',
  'unknown-product',
  'producer-inactive',
] as const;
export type ReservationRejection = (typeof RESERVATION_REJECTIONS)[number];

export const AGGREGATE_TYPES = {
  producer: 'producer',
  distributor: 'distributor',
  sourcingRequest: 'sourcing-request',
  purchaseOrder: 'purchase-order',
  fair: 'fair',
  mou: 'mou',
  /** The matching service's proposals for one sourcing request (id = the request's id). */
  sourcingMatches: 'sourcing-matches',
  /** The matching service's meeting schedule proposals for one fair (id = the fair's id). */
  meetingPlan: 'meeting-plan',
} as const;
