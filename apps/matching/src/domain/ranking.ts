import { foldVietnamese, foldedWords } from '@ocop/common/text/vietnamese';
import { certificateExpiredOn } from '@ocop/contracts/shared/certificate-validity';
import { MatchFactors, ProductGroup } from '@ocop/events';
import { placeKey, regionOf } from './regions';

/*
 * How well one certified product fits one sourcing need: a score per factor (0..1), combined by
 * fixed weights into one score (0..1). The factors are kept with the score so a buyer sees why a
 * product ranks where it does. Pure functions: the index (supply-index.ts) calls them for every
 * candidate, so they avoid allocation on the hot path.
 */

/** Weights of the factors in the combined score; they sum to 1. */
export const FACTOR_WEIGHTS: Readonly<MatchFactors> = {
  groupFit: 0.15,
  keywordFit: 0.25,
  stars: 0.1,
  capacity: 0.15,
  price: 0.15,
  distance: 0.1,
  trackRecord: 0.1,
};

/** Where a producer sits, or where goods are to be delivered, folded for comparison. */
export interface Place {
  province: string;
  district?: string;
  region?: string;
}

export function place(province: string, district?: string): Place {
  return {
    province: placeKey(province),
    district: district ? placeKey(district) : undefined,
    region: regionOf(province),
  };
}

/** What the index holds about a producer that ranking needs. */
export interface RankedProducer {
  producerId: string;
  active: boolean;
  place: Place;
  /** 0..1, from delivered orders and MOU fulfilment (see trackRecordScore). */
  trackRecord: number;
}

/** What the index holds about a product that ranking needs. */
export interface RankedProduct {
  productId: string;
  producer: RankedProducer;
  name: string;
  group: ProductGroup;
  /** Folded subgroup. */
  subgroup: string;
  /** Folded words of the name, subgroup and craft village. */
  tokens: ReadonlySet<string>;
  /** 0 while not certified. */
  stars: number;
  /** YYYY-MM-DD; the certificate is valid before this day. Empty while not certified. */
  expiresOn: string;
  monthlyCapacity: number;
  /** Capacity reserved for orders, by month YYYY-MM. */
  reserved: Record<string, number>;
  priceMinVnd: number;
  priceMaxVnd: number;
  /** Scratch stamp of the index: collecting candidates from several word lists, seen once each. */
  mark: number;
}

/** A sourcing need, compiled once for ranking. */
export interface Demand {
  group: ProductGroup;
  /** Folded; undefined when any subgroup of the group will do. */
  subgroup?: string;
  /** Each keyword as its folded words ("gốm sứ" → ["gom", "su"]). */
  keywords: string[][];
  minStars: number;
  quantity: number;
  targetPriceVnd?: number;
  delivery: Place;
}

export interface DemandCriteria {
  group: ProductGroup;
  subgroup?: string;
  keywords: string[];
  minStars: number;
  quantity: number;
  targetPriceVnd?: number;
  deliveryProvince: string;
  deliveryDistrict?: string;
}

export function compileDemand(criteria: DemandCriteria): Demand {
  return {
    group: criteria.group,
    subgroup: criteria.subgroup ? foldVietnamese(criteria.subgroup).trim() : undefined,
    keywords: criteria.keywords
      .map((keyword) => foldedWords(keyword))
      .filter((words) => words.length > 0),
    minStars: criteria.minStars,
    quantity: criteria.quantity,
    targetPriceVnd: criteria.targetPriceVnd,
    delivery: place(criteria.deliveryProvince, criteria.deliveryDistrict),
  };
}

/** The words a product is found by: its name, subgroup and craft village, folded. */
export function productTokens(name: string, subgroup: string, craftVillage?: string): Set<string> {
  return new Set([
    ...foldedWords(name),
    ...foldedWords(subgroup),
    ...(craftVillage ? foldedWords(craftVillage) : []),
  ]);
}

/** When the certificate counts as valid on `today` (YYYY-MM-DD) and the producer is active. */
export function isOrderable(product: RankedProduct, today: string): boolean {
  // The index keeps stars only while the certificate stands (0 once revoked or expired).
  return (
    product.stars > 0 && !certificateExpiredOn(product.expiresOn, today) && product.producer.active
  );
}

export function groupFit(product: RankedProduct, demand: Demand): number {
  if (product.group !== demand.group) return 0;
  return demand.subgroup === undefined || demand.subgroup === product.subgroup ? 1 : 0.5;
}

/** The share of each keyword's words the product carries, averaged over the keywords. */
export function keywordFit(product: RankedProduct, demand: Demand): number {
  if (demand.keywords.length === 0) return 1;
  let sum = 0;
  for (const words of demand.keywords) {
    let found = 0;
    for (const word of words) if (product.tokens.has(word)) found++;
    sum += found / words.length;
  }
  return sum / demand.keywords.length;
}

/** At the minimum 0.6, each star above it 0.2 more. Below the minimum the product is no match. */
export function starsFit(stars: number, minStars: number): number {
  return stars < minStars ? 0 : Math.min(1, 0.6 + 0.2 * (stars - minStars));
}

/** The share of the quantity this month's capacity left covers. */
export function capacityFit(capacityLeft: number, quantity: number): number {
  if (capacityLeft >= quantity) return 1;
  return capacityLeft <= 0 ? 0 : capacityLeft / quantity;
}

/**
 * 1 when the whole price range is within the target; partly within, 0.5 to 1 by how much of the
 * range is; above it, at most 0.5, falling to 0 at twice the target.
 */
export function priceFit(priceMinVnd: number, priceMaxVnd: number, target?: number): number {
  if (target === undefined) return 1;
  if (priceMaxVnd <= target) return 1;
  if (priceMinVnd <= target)
    return 0.5 + (0.5 * (target - priceMinVnd)) / (priceMaxVnd - priceMinVnd);
  if (target <= 0) return 0;
  return 0.5 * Math.max(0, 1 - (priceMinVnd - target) / target);
}

/**
 * Same district 1, same province 0.75, same region 0.5, elsewhere 0.2. When the delivery names no
 * district (a sourcing request names only a province), the same province is as near as it gets: 1.
 */
export function distanceFit(from: Place, to: Place): number {
  if (from.province === to.province) {
    if (to.district === undefined) return 1;
    return from.district === to.district ? 1 : 0.75;
  }
  if (from.region !== undefined && from.region === to.region) return 0.5;
  return 0.2;
}

/**
 * Delivered orders (saturating: 10 orders ≈ 0.63) and the share of MOUs fulfilled (with one
 * imaginary success and failure, so a newcomer starts at 0.5 rather than 0 or 1), half each.
 */
export function trackRecordScore(
  deliveredOrders: number,
  mousFulfilled: number,
  mousFailed: number,
): number {
  const orders = 1 - Math.exp(-deliveredOrders / 10);
  const mous = (mousFulfilled + 1) / (mousFulfilled + mousFailed + 2);
  return 0.5 * orders + 0.5 * mous;
}

export function combine(factors: MatchFactors): number {
  return (
    factors.groupFit * FACTOR_WEIGHTS.groupFit +
    factors.keywordFit * FACTOR_WEIGHTS.keywordFit +
    factors.stars * FACTOR_WEIGHTS.stars +
    factors.capacity * FACTOR_WEIGHTS.capacity +
    factors.price * FACTOR_WEIGHTS.price +
    factors.distance * FACTOR_WEIGHTS.distance +
    factors.trackRecord * FACTOR_WEIGHTS.trackRecord
  );
}

export const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

export function capacityLeft(product: RankedProduct, month: string): number {
  return product.monthlyCapacity - (product.reserved[month] ?? 0);
}

/**
 * The factors of a product for a demand, or undefined when it is no match: another group, below
 * the minimum stars, no valid certificate, an inactive producer, or none of the keywords.
 */
export function matchFactors(
  product: RankedProduct,
  demand: Demand,
  today: string,
  month: string,
): MatchFactors | undefined {
  if (product.group !== demand.group || product.stars < demand.minStars) return undefined;
  if (!isOrderable(product, today)) return undefined;
  const keyword = keywordFit(product, demand);
  if (keyword === 0) return undefined;
  return {
    groupFit: groupFit(product, demand),
    keywordFit: keyword,
    stars: starsFit(product.stars, demand.minStars),
    capacity: capacityFit(capacityLeft(product, month), demand.quantity),
    price: priceFit(product.priceMinVnd, product.priceMaxVnd, demand.targetPriceVnd),
    distance: distanceFit(product.producer.place, demand.delivery),
    trackRecord: product.producer.trackRecord,
  };
}

/**
 * combine(matchFactors(...)) without building the factors object, or -1 when it is no match: the
 * index scores every candidate with it and builds the factors only for the ones it keeps.
 */
export function matchScore(
  product: RankedProduct,
  demand: Demand,
  today: string,
  month: string,
): number {
  if (product.group !== demand.group || product.stars < demand.minStars) return -1;
  if (!isOrderable(product, today)) return -1;
  const keyword = keywordFit(product, demand);
  if (keyword === 0) return -1;
  return (
    groupFit(product, demand) * FACTOR_WEIGHTS.groupFit +
    keyword * FACTOR_WEIGHTS.keywordFit +
    starsFit(product.stars, demand.minStars) * FACTOR_WEIGHTS.stars +
    capacityFit(capacityLeft(product, month), demand.quantity) * FACTOR_WEIGHTS.capacity +
    priceFit(product.priceMinVnd, product.priceMaxVnd, demand.targetPriceVnd) *
      FACTOR_WEIGHTS.price +
    distanceFit(product.producer.place, demand.delivery) * FACTOR_WEIGHTS.distance +
    product.producer.trackRecord * FACTOR_WEIGHTS.trackRecord
  );
}
