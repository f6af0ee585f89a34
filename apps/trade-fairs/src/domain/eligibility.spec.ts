import { randomUUID } from 'node:crypto';
import { bookingProblems, CertifiedProduct, KnownProducer, meetingProblems } from './eligibility';

const producerId = randomUUID();
const today = '2026-03-01';
const producer: KnownProducer = { producerId, legalName: 'HTX Chè Tân Cương', active: true };

const product = (overrides: Partial<CertifiedProduct> = {}): CertifiedProduct => ({
  productId: randomUUID(),
  producerId,
  decisionNumber: 'QĐ-123/UBND',
  stars: 4,
  expiresOn: '2028-01-10',
  status: 'valid',
  ...overrides,
});

const byId = (...products: CertifiedProduct[]) => new Map(products.map((p) => [p.productId, p]));

describe('who may book a booth', () => {
  it('a known, active producer whose named products are certified and valid today', () => {
    const tea = product();
    expect(bookingProblems(producerId, producer, [tea.productId], byId(tea), today)).toEqual([]);
  });

  it('names each product that cannot be shown, and why', () => {
    const expired = product({ expiresOn: today });
    const revoked = product({ status: 'revoked', decisionNumber: 'QĐ-9' });
    const expiredByEvent = product({ status: 'expired' });
    const someoneElses = product({ producerId: randomUUID() });
    const unknown = randomUUID();
    const ids = [expired, revoked, expiredByEvent, someoneElses].map((p) => p.productId);
    expect(
      bookingProblems(
        producerId,
        producer,
        [...ids, unknown],
        byId(expired, revoked, expiredByEvent, someoneElses),
        today,
      ),
    ).toEqual([
      `the certificate QĐ-123/UBND of product ${ids[0]} expired on ${today}`,
      `the certificate QĐ-9 of product ${ids[1]} was revoked`,
      `the certificate QĐ-123/UBND of product ${ids[2]} expired on 2028-01-10`,
      `product ${ids[3]} of producer ${producerId} holds no OCOP certificate`,
      `product ${unknown} of producer ${producerId} holds no OCOP certificate`,
    ]);
  });

  it('refuses producers it has not heard of, or that were deactivated', () => {
    expect(bookingProblems(producerId, undefined, [], new Map(), today)).toEqual([
      `producer ${producerId} is not known here (no ProducerRegistered)`,
    ]);
    expect(
      bookingProblems(producerId, { ...producer, active: false }, [], new Map(), today),
    ).toEqual([`producer ${producerId} is deactivated`]);
  });
});

describe('who may meet distributors', () => {
  it('a producer with at least one valid certificate', () => {
    expect(
      meetingProblems(producerId, producer, [product({ status: 'revoked' }), product()], today),
    ).toEqual([]);
    expect(meetingProblems(producerId, producer, [product({ status: 'expired' })], today)).toEqual([
      `producer ${producerId} has no product with a valid OCOP certificate`,
    ]);
    expect(meetingProblems(producerId, producer, [], today)).toHaveLength(1);
  });
});
