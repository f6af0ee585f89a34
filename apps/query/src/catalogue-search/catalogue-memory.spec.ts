import { EventEnvelope } from '@ocop/events';
import { catalogueProjection } from '../read-models/catalogue.projection';
import { COLLECTIONS } from '../read-models/collections';
import { CatalogueMemory } from './catalogue-memory';

const producerId = '5a28a6e3-f4e3-4e28-aad2-123adacced19';
const productId = '191f66ba-3578-424b-86d4-d49510eb92fa';
let version = 0;
const event = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  eventId: `e${++version}`,
  type,
  schemaVersion: 1,
  aggregateType: 'producer',
  aggregateId: producerId,
  aggregateVersion: version,
  occurredAt: new Date(Date.UTC(2026, 10, 24, 0, version)).toISOString(),
  correlationId: 'c',
  causationId: null,
  actor: { id: 'a', role: 'admin' },
  payload,
});

describe('the in-memory catalogue', () => {
  const registered = event('ProductRegistered', {
    productId,
    name: 'Bình gốm sứ Bát Tràng men lam',
    group: 'handicraft',
    subgroup: 'ceramics',
    unit: 'chiếc',
    priceMinVnd: 100_000,
    priceMaxVnd: 900_000,
    monthlyCapacity: 50,
    photoUrls: [],
    qrCode: 'OCOP-1',
  });
  const certified = event('ProductCertified', {
    productId,
    stars: 4,
    decisionNumber: 'QĐ-1',
    level: 'province',
    issuedOn: '2026-01-01',
    expiresOn: '2029-01-01',
  });
  const revoked = event('CertificationRevoked', { productId, decisionNumber: 'QĐ-1', reason: 'x' });
  const capacity = event('SupplyCapacityChanged', { productId, monthlyCapacity: 75 });

  it("applies the projection's own writes, guarded by the aggregate version", () => {
    const memory = new CatalogueMemory();
    const projection = memory.mirror(catalogueProjection);
    memory.load({});
    [registered, certified, revoked, capacity].forEach((e) => projection.project(e));
    const product = [...memory.products()][0];
    expect(product).toMatchObject({
      _id: productId,
      nameFolded: 'binh gom su bat trang men lam',
      stars: 4,
      monthlyCapacity: 75,
      certificate: { decisionNumber: 'QĐ-1', status: 'revoked' },
      appliedVersion: capacity.aggregateVersion,
    });
    // An older event again (a redelivery or a rebuild's replay) changes nothing.
    projection.project(certified);
    expect([...memory.products()][0]).toEqual(product);
  });

  it('holds writes made while it loads, and applies them after the stored documents', () => {
    const memory = new CatalogueMemory();
    const projection = memory.mirror(catalogueProjection);
    projection.project(capacity);
    expect(memory.ready).toBe(false);
    memory.load({
      [COLLECTIONS.products]: [
        {
          _id: productId,
          producerId,
          name: 'x',
          nameFolded: 'x',
          monthlyCapacity: 50,
          appliedVersion: 2,
        },
      ],
    });
    expect(memory.ready).toBe(true);
    expect([...memory.products()][0].monthlyCapacity).toBe(75);
  });

  it('finds products by name prefixes and by producer, loaded or projected', () => {
    const memory = new CatalogueMemory();
    const projection = memory.mirror(catalogueProjection);
    memory.load({
      [COLLECTIONS.products]: [
        {
          _id: 'stored',
          producerId: 'another-producer',
          name: 'Lụa tơ tằm Vạn Phúc',
          nameFolded: 'lua to tam van phuc',
          appliedVersion: 1,
        },
      ],
    });
    projection.project(registered);
    expect(memory.productsNamed(['gom', 'bat']).map((p) => p._id)).toEqual([productId]);
    expect(memory.productsNamed(['lua', 'van']).map((p) => p._id)).toEqual(['stored']);
    expect(memory.productsNamed(['mat', 'ong'])).toHaveLength(0);
    expect(memory.productsOf(producerId).map((p) => p._id)).toEqual([productId]);
    expect(memory.productsOf('another-producer').map((p) => p._id)).toEqual(['stored']);
  });
});
