import { DomainEvent, ProducerEvents, ProductGroup } from '@ocop/events';
import {
  combine,
  compileDemand,
  DemandCriteria,
  distanceFit,
  matchFactors,
  matchScore,
  place,
  priceFit,
} from './ranking';
import { applyProducerEvent, emptyProducerRecord, SupplyIndex } from './supply-index';

const TODAY = '2026-11-24';
const MONTH = '2026-11';

interface ProductSpec {
  id: string;
  name?: string;
  group?: ProductGroup;
  subgroup?: string;
  stars?: 3 | 4 | 5;
  expiresOn?: string;
  capacity?: number;
  reserved?: number;
  price?: [number, number];
  province?: string;
  district?: string;
  craftVillage?: string;
  delivered?: number;
}

/** An event with only the payload fields a test needs (the others do not matter to it). */
const partial = (type: keyof ProducerEvents, payload: object) =>
  ({ type, payload }) as DomainEvent<keyof ProducerEvents>;

/** A hand-built index: one producer per product, fed the producers' events as the service is. */
function indexOf(...specs: ProductSpec[]): SupplyIndex {
  const index = new SupplyIndex();
  specs.forEach((spec, n) => {
    const producerId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const record = emptyProducerRecord(producerId);
    let version = 0;
    const apply = (type: keyof ProducerEvents, payload: object) =>
      applyProducerEvent(record, partial(type, payload), ++version);
    apply('ProducerRegistered', {
      legalName: `HTX ${n}`,
      province: spec.province ?? 'Hà Nội',
      district: spec.district ?? 'Gia Lâm',
      craftVillage: spec.craftVillage,
    });
    apply('ProductRegistered', {
      productId: spec.id,
      name: spec.name ?? 'Bình gốm men lam',
      group: spec.group ?? 'handicraft',
      subgroup: spec.subgroup ?? 'Gốm sứ',
      priceMinVnd: spec.price?.[0] ?? 100_000,
      priceMaxVnd: spec.price?.[1] ?? 200_000,
      monthlyCapacity: spec.capacity ?? 1_000,
    });
    apply('ProductCertified', {
      productId: spec.id,
      stars: spec.stars ?? 4,
      expiresOn: spec.expiresOn ?? '2028-01-01',
    });
    if (spec.reserved) {
      apply('CapacityReserved', {
        orderId: 'o',
        month: MONTH,
        lines: [{ productId: spec.id, quantity: spec.reserved }],
      });
    }
    record.deliveredOrders = spec.delivered ?? 0;
    index.put(record);
  });
  return index;
}

const request = (overrides: Partial<DemandCriteria> = {}) =>
  compileDemand({
    group: 'handicraft',
    keywords: ['gốm'],
    minStars: 3,
    quantity: 500,
    targetPriceVnd: 250_000,
    deliveryProvince: 'Hà Nội',
    ...overrides,
  });

const order = (index: SupplyIndex, criteria: Partial<DemandCriteria> = {}) =>
  index.rank(request(criteria), 20, TODAY, MONTH).map((match) => match.productId);

describe('ranking', () => {
  it('ranks a better keyword fit first, with or without diacritics', () => {
    const index = indexOf(
      { id: 'vase', name: 'Bình gốm Bát Tràng men lam', craftVillage: 'Bát Tràng' },
      { id: 'bowl', name: 'Bát gốm men rạn' },
    );
    expect(order(index, { keywords: ['gốm Bát Tràng'] })).toEqual(['vase', 'bowl']);
    expect(order(index, { keywords: ['gom bat trang'] })).toEqual(['vase', 'bowl']);
    expect(order(index, { keywords: ['GỐM BÁT TRÀNG'] })).toEqual(['vase', 'bowl']);
    const [best] = index.rank(request({ keywords: ['gom su bat trang'] }), 1, TODAY, MONTH);
    expect(best.factors.keywordFit).toBe(1);
  });

  it('leaves out products of another group, below the minimum stars or with none of the keywords', () => {
    const index = indexOf(
      { id: 'vase' },
      { id: 'tea', group: 'beverage', name: 'Chè Tân Cương', subgroup: 'Chè' },
      { id: 'three', stars: 3 },
      { id: 'silk', name: 'Khăn lụa Vạn Phúc', subgroup: 'Dệt may' },
    );
    expect(order(index, { minStars: 4 })).toEqual(['vase']);
    expect(order(index)).toEqual(['vase', 'three']);
    // Without keywords every product of the group is a match (equal scores in product id order).
    expect(order(index, { keywords: [] })).toEqual(['silk', 'vase', 'three']);
  });

  it('ranks the asked subgroup above another subgroup of the group', () => {
    const index = indexOf(
      { id: 'a-lacquer', name: 'Hộp gốm sơn mài', subgroup: 'Sơn mài' },
      { id: 'b-ceramic', name: 'Hộp gốm', subgroup: 'Gốm sứ' },
    );
    expect(order(index, { subgroup: 'gom su' })).toEqual(['b-ceramic', 'a-lacquer']);
  });

  it('ranks more stars above the minimum higher', () => {
    const index = indexOf({ id: 'a', stars: 3 }, { id: 'b', stars: 5 }, { id: 'c', stars: 4 });
    expect(order(index)).toEqual(['b', 'c', 'a']);
  });

  it('ranks capacity covering the quantity higher', () => {
    const index = indexOf(
      { id: 'a', capacity: 100 },
      { id: 'b', capacity: 2_000 },
      { id: 'c', capacity: 2_000, reserved: 1_800 },
    );
    expect(order(index)).toEqual(['b', 'c', 'a']);
    const [, , , ...none] = order(index);
    expect(none).toEqual([]);
  });

  it('ranks a price inside the target higher', () => {
    const index = indexOf(
      { id: 'a', price: [300_000, 400_000] },
      { id: 'b', price: [100_000, 200_000] },
      { id: 'c', price: [200_000, 300_000] },
    );
    expect(order(index)).toEqual(['b', 'c', 'a']);
    expect(priceFit(100, 200, undefined)).toBe(1);
    expect(priceFit(500, 600, 200)).toBe(0);
  });

  it('ranks same district > same province > same region > elsewhere', () => {
    const index = indexOf(
      { id: 'a', province: 'Cà Mau', district: 'Năm Căn' },
      { id: 'b', province: 'Bắc Ninh', district: 'Thuận Thành' },
      { id: 'c', province: 'Hà Nội', district: 'Sóc Sơn' },
      { id: 'd', province: 'Hà Nội', district: 'Gia Lâm' },
    );
    expect(order(index, { deliveryDistrict: 'huyện Gia Lâm' })).toEqual(['d', 'c', 'b', 'a']);
    expect(distanceFit(place('Bắc Ninh'), place('Ha Noi'))).toBe(0.5);
    expect(distanceFit(place('TP Hồ Chí Minh'), place('Hồ Chí Minh'))).toBe(1);
  });

  it('ranks a better track record higher', () => {
    const index = indexOf({ id: 'a', delivered: 0 }, { id: 'b', delivered: 30 });
    expect(order(index)).toEqual(['b', 'a']);
  });

  it('never shows a product without a valid certificate', () => {
    const index = indexOf({ id: 'valid' }, { id: 'lapsed', expiresOn: TODAY });
    expect(order(index)).toEqual(['valid']);

    const record = index.record('00000000-0000-4000-8000-000000000000');
    const change = applyProducerEvent(
      record,
      partial('CertificationRevoked', { productId: 'valid' }),
      10,
    );
    index.put(record);
    expect(change).toEqual({
      kind: 'decertified',
      productId: 'valid',
      reason: 'certificate-revoked',
    });
    expect(order(index)).toEqual([]);
    // A redelivered event (same or older version) changes nothing.
    expect(
      applyProducerEvent(record, partial('ProductCertified', { productId: 'valid' }), 9),
    ).toBeUndefined();
  });

  it('finds a rare word through the word index, and forgets it on revocation', () => {
    const specs: ProductSpec[] = Array.from({ length: 9 }, (_, i) => ({ id: `vase-${i}` }));
    const index = indexOf(...specs, {
      id: 'box',
      name: 'Hộp sơn mài Hạ Thái',
      subgroup: 'Sơn mài',
    });
    expect(order(index, { keywords: ['son mai'] })).toEqual(['box']);
    expect(order(index, { keywords: ['hộp', 'bình'] })).toHaveLength(10);

    const record = index.record('00000000-0000-4000-8000-000000000009');
    applyProducerEvent(record, partial('CertificationRevoked', { productId: 'box' }), 10);
    index.put(record);
    expect(order(index, { keywords: ['son mai'] })).toEqual([]);
    applyProducerEvent(
      record,
      partial('ProductCertified', { productId: 'box', stars: 5, expiresOn: '2029-01-01' }),
      11,
    );
    index.put(record);
    expect(order(index, { keywords: ['son mai'] })).toEqual(['box']);
  });

  it('keeps each factor and a combined score in 0..1, best first', () => {
    const index = indexOf({ id: 'a' }, { id: 'b', stars: 5, delivered: 10 });
    const matches = index.rank(request(), 20, TODAY, MONTH);
    expect(matches.map((m) => m.productId)).toEqual(['b', 'a']);
    for (const match of matches) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      for (const factor of Object.values(match.factors)) {
        expect(factor).toBeGreaterThanOrEqual(0);
        expect(factor).toBeLessThanOrEqual(1);
      }
    }
    expect(matches[0].score).toBeGreaterThan(matches[1].score);
  });

  it('scores without factors exactly as the factors combine (the fast path ranks by it)', () => {
    const index = indexOf(
      { id: 'a', stars: 3, price: [300_000, 400_000], capacity: 100, province: 'Cà Mau' },
      { id: 'b', stars: 5, delivered: 12, subgroup: 'Sơn mài' },
      { id: 'c', expiresOn: TODAY },
    );
    for (const demand of [request(), request({ subgroup: 'Gốm sứ', minStars: 4 })]) {
      for (const id of ['a', 'b', 'c']) {
        const product = index.product(id)!;
        const factors = matchFactors(product, demand, TODAY, MONTH);
        expect(matchScore(product, demand, TODAY, MONTH)).toBe(factors ? combine(factors) : -1);
      }
    }
  });
});
