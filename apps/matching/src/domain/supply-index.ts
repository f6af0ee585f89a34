import { DomainEvent, ProducerEvents, ProductGroup, ProposedMatch } from '@ocop/events';
import { foldVietnamese } from '@ocop/common/text/vietnamese';
import {
  combine,
  Demand,
  matchFactors,
  matchScore,
  place,
  productTokens,
  RankedProducer,
  RankedProduct,
  round4,
  trackRecordScore,
} from './ranking';

/*
 * The supply side of the matching index: every producer known from its events, with its products
 * and their certificates, capacity and reservations, and the producer's track record. Records are
 * plain data (what the service stores, one document per producer); the index derives from them the
 * objects ranking reads and keeps certified products grouped by product group, so a request is
 * ranked by one pass over its group held in memory.
 */

export interface ProductRecord {
  name: string;
  group: ProductGroup;
  subgroup: string;
  priceMinVnd: number;
  priceMaxVnd: number;
  monthlyCapacity: number;
  /** Reserved quantity by month YYYY-MM (the months before the previous one are dropped). */
  reserved: Record<string, number>;
  /** 0 while not certified (or after expiry or revocation). */
  stars: number;
  /** YYYY-MM-DD, '' while not certified. */
  expiresOn: string;
}

export interface ProducerRecord {
  producerId: string;
  /** The producer stream's version last applied: older events (a replay) change nothing. */
  version: number;
  registered: boolean;
  active: boolean;
  legalName: string;
  province: string;
  district: string;
  craftVillage?: string;
  deliveredOrders: number;
  mousFulfilled: number;
  mousFailed: number;
  products: Record<string, ProductRecord>;
}

/** What an applied event changed for matching, so the caller knows what to re-rank or withdraw. */
export type SupplyChange =
  | { kind: 'certified'; productId: string }
  | {
      kind: 'decertified';
      productId: string;
      reason: 'certificate-expired' | 'certificate-revoked';
    }
  | { kind: 'producer-inactive' }
  | { kind: 'other' };

export function emptyProducerRecord(producerId: string): ProducerRecord {
  return {
    producerId,
    version: 0,
    registered: false,
    active: false,
    legalName: '',
    province: '',
    district: '',
    deliveredOrders: 0,
    mousFulfilled: 0,
    mousFailed: 0,
    products: {},
  };
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Applies one event of a producer's stream to its record (mutated in place). Returns what changed,
 * or undefined when the record has that version already.
 */
export function applyProducerEvent(
  record: ProducerRecord,
  { type, payload }: DomainEvent<keyof ProducerEvents>,
  version: number,
): SupplyChange | undefined {
  if (version <= record.version) return undefined;
  record.version = version;
  switch (type) {
    case 'ProducerRegistered': {
      const event = payload;
      Object.assign(record, {
        registered: true,
        active: true,
        legalName: event.legalName,
        province: event.province,
        district: event.district,
        craftVillage: event.craftVillage,
      });
      return { kind: 'other' };
    }
    case 'ProducerUpdated': {
      const event = payload;
      if (event.legalName !== undefined) record.legalName = event.legalName;
      if (event.province !== undefined) record.province = event.province;
      if (event.district !== undefined) record.district = event.district;
      if (event.craftVillage !== undefined) record.craftVillage = event.craftVillage || undefined;
      return { kind: 'other' };
    }
    case 'ProducerDeactivated':
      record.active = false;
      return { kind: 'producer-inactive' };
    case 'ProductRegistered': {
      const event = payload;
      record.products[event.productId] = {
        name: event.name,
        group: event.group,
        subgroup: event.subgroup,
        priceMinVnd: event.priceMinVnd,
        priceMaxVnd: event.priceMaxVnd,
        monthlyCapacity: event.monthlyCapacity,
        reserved: {},
        stars: 0,
        expiresOn: '',
      };
      return { kind: 'other' };
    }
    case 'ProductCertified':
    case 'ProductReRated': {
      const event = payload;
      const product = record.products[event.productId];
      if (!product) return { kind: 'other' };
      product.stars = event.stars;
      product.expiresOn = event.expiresOn.slice(0, 10);
      return { kind: 'certified', productId: event.productId };
    }
    case 'CertificationExpired':
    case 'CertificationRevoked': {
      const productId = payload.productId;
      const product = record.products[productId];
      if (!product) return { kind: 'other' };
      product.stars = 0;
      product.expiresOn = '';
      const reason =
        type === 'CertificationExpired' ? 'certificate-expired' : 'certificate-revoked';
      return { kind: 'decertified', productId, reason };
    }
    case 'SupplyCapacityChanged': {
      const event = payload;
      const product = record.products[event.productId];
      if (product) product.monthlyCapacity = event.monthlyCapacity;
      return { kind: 'other' };
    }
    case 'CapacityReserved':
    case 'CapacityReleased': {
      const event = payload;
      const sign = type === 'CapacityReserved' ? 1 : -1;
      for (const line of event.lines) {
        const product = record.products[line.productId];
        if (!product) continue;
        const reserved = Math.max(0, (product.reserved[event.month] ?? 0) + sign * line.quantity);
        product.reserved[event.month] = reserved;
        // Only this month's and last month's reservations matter; older ones would only grow.
        const keep = previousMonth(event.month);
        for (const month of Object.keys(product.reserved)) {
          if (month < keep) delete product.reserved[month];
        }
      }
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

export class SupplyIndex {
  private readonly records = new Map<string, ProducerRecord>();
  private readonly producers = new Map<string, RankedProducer>();
  private readonly products = new Map<string, RankedProduct>();
  /** Certified products by group: the candidates of a request. */
  private readonly byGroup = new Map<ProductGroup, Map<string, RankedProduct>>();
  /**
   * Certified products by group and word: a request with keywords only needs the products that
   * carry one of its words (the others have no keyword fit and are no match).
   */
  private readonly postings = new Map<ProductGroup, Map<string, Set<RankedProduct>>>();
  private stamp = 0;

  get productCount(): number {
    return this.products.size;
  }

  get certifiedCount(): number {
    let count = 0;
    for (const group of this.byGroup.values()) count += group.size;
    return count;
  }

  /** The producer's record (a fresh empty one, not yet indexed, for an unknown producer). */
  record(producerId: string): ProducerRecord {
    return this.records.get(producerId) ?? emptyProducerRecord(producerId);
  }

  product(productId: string): RankedProduct | undefined {
    return this.products.get(productId);
  }

  producer(producerId: string): RankedProducer | undefined {
    return this.producers.get(producerId);
  }

  productsOf(producerId: string): RankedProduct[] {
    const record = this.records.get(producerId);
    if (!record) return [];
    return Object.keys(record.products)
      .map((productId) => this.products.get(productId))
      .filter((product): product is RankedProduct => product !== undefined);
  }

  /** Puts (or replaces) a producer's record and re-derives what ranking reads from it. */
  put(record: ProducerRecord): void {
    this.records.set(record.producerId, record);
    let producer = this.producers.get(record.producerId);
    if (!producer) {
      producer = { producerId: record.producerId, active: false, place: place(''), trackRecord: 0 };
      this.producers.set(record.producerId, producer);
    }
    // Products point at this one object, so a producer's change reaches all of them at once.
    producer.active = record.registered && record.active;
    producer.place = place(record.province, record.district);
    producer.trackRecord = trackRecordScore(
      record.deliveredOrders,
      record.mousFulfilled,
      record.mousFailed,
    );
    for (const [productId, data] of Object.entries(record.products)) {
      const previous = this.products.get(productId);
      if (previous) this.unlist(previous);
      const product: RankedProduct = {
        productId,
        producer,
        name: data.name,
        group: data.group,
        subgroup: foldVietnamese(data.subgroup).trim(),
        tokens: productTokens(data.name, data.subgroup, record.craftVillage),
        stars: data.stars,
        expiresOn: data.expiresOn,
        monthlyCapacity: data.monthlyCapacity,
        reserved: data.reserved,
        priceMinVnd: data.priceMinVnd,
        priceMaxVnd: data.priceMaxVnd,
        mark: 0,
      };
      this.products.set(productId, product);
      if (data.stars > 0) this.list(product);
    }
  }

  private list(product: RankedProduct): void {
    let group = this.byGroup.get(product.group);
    if (!group) this.byGroup.set(product.group, (group = new Map<string, RankedProduct>()));
    group.set(product.productId, product);
    let words = this.postings.get(product.group);
    if (!words) this.postings.set(product.group, (words = new Map<string, Set<RankedProduct>>()));
    for (const token of product.tokens) {
      let holders = words.get(token);
      if (!holders) words.set(token, (holders = new Set()));
      holders.add(product);
    }
  }

  private unlist(product: RankedProduct): void {
    this.byGroup.get(product.group)?.delete(product.productId);
    const words = this.postings.get(product.group);
    if (!words) return;
    for (const token of product.tokens) {
      const holders = words.get(token);
      holders?.delete(product);
      if (holders?.size === 0) words.delete(token);
    }
  }

  /**
   * The products worth scoring for a demand: its group, narrowed to the holders of its words unless
   * those lists together are longer than the group (common words: then one plain pass over the
   * group is cheaper). Duplicates are skipped by a stamp on the product, not a Set.
   */
  private candidates(demand: Demand): Iterable<RankedProduct> {
    const group = this.byGroup.get(demand.group);
    if (!group) return [];
    if (demand.keywords.length === 0) return group.values();
    const words = this.postings.get(demand.group)!;
    const lists: Set<RankedProduct>[] = [];
    let total = 0;
    for (const keyword of demand.keywords) {
      for (const word of keyword) {
        const holders = words.get(word);
        if (holders) {
          lists.push(holders);
          total += holders.size;
        }
      }
    }
    if (total >= group.size) return group.values();
    const stamp = ++this.stamp;
    const found: RankedProduct[] = [];
    for (const holders of lists) {
      for (const product of holders) {
        if (product.mark === stamp) continue;
        product.mark = stamp;
        found.push(product);
      }
    }
    return found;
  }

  /**
   * The best `limit` products for a demand, best first (ties by product id, so the order is
   * stable). One pass over the candidates keeping a sorted top list: O(candidates) with a small
   * constant, no sort of them all.
   */
  rank(demand: Demand, limit: number, today: string, month: string): ProposedMatch[] {
    if (limit <= 0) return [];
    const top: { product: RankedProduct; score: number }[] = [];
    for (const product of this.candidates(demand)) {
      const score = matchScore(product, demand, today, month);
      if (score < 0) continue;
      if (top.length === limit && !better(score, product, top[limit - 1])) continue;
      let at = top.length;
      while (at > 0 && better(score, product, top[at - 1])) at--;
      top.splice(at, 0, { product, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ product }) => this.proposal(product, demand, today, month)!);
  }

  /** The product as a proposed match for the demand, or undefined when it is no match. */
  proposal(
    product: RankedProduct,
    demand: Demand,
    today: string,
    month: string,
  ): ProposedMatch | undefined {
    const factors = matchFactors(product, demand, today, month);
    if (!factors) return undefined;
    return {
      productId: product.productId,
      producerId: product.producer.producerId,
      productName: product.name,
      score: round4(combine(factors)),
      factors: {
        groupFit: round4(factors.groupFit),
        keywordFit: round4(factors.keywordFit),
        stars: round4(factors.stars),
        capacity: round4(factors.capacity),
        price: round4(factors.price),
        distance: round4(factors.distance),
        trackRecord: round4(factors.trackRecord),
      },
    };
  }
}

function better(
  score: number,
  product: RankedProduct,
  than: { product: RankedProduct; score: number },
): boolean {
  return score > than.score || (score === than.score && product.productId < than.product.productId);
}
