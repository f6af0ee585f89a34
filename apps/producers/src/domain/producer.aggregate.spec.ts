import {
  InvalidStateError,
  NotFoundError,
  RuleViolationError,
} from '@ocop/common/errors/domain-errors';
import { isCertificateValidOn } from '@ocop/contracts/shared/certificate-validity';
import { defaultExpiry } from './certificate';
import { Producer, ProducerProfile, ProductDraft, qrCodeFor } from './producer.aggregate';

const profile: ProducerProfile = {
  kind: 'cooperative',
  legalName: 'HTX Gốm sứ Bát Tràng',
  registrationNumber: '0101234567',
  contact: { name: 'Nguyễn Văn An', phone: '0912345678' },
  province: 'Hà Nội',
  district: 'Gia Lâm',
  commune: 'Bát Tràng',
  craftVillage: 'Bát Tràng',
};

const vase: ProductDraft = {
  name: 'Bình hút lộc men rạn',
  group: 'handicraft',
  subgroup: 'ceramics',
  unit: 'chiếc',
  priceMinVnd: 350_000,
  priceMaxVnd: 1_200_000,
  monthlyCapacity: 100,
  photoUrls: [],
};

const VASE = '11111111-1111-4111-8111-111111111111';
const TEA = '22222222-2222-4222-8222-222222222222';
const ORDER = '33333333-3333-4333-8333-333333333333';
const TODAY = '2025-03-10';

function registered(): Producer {
  const producer = new Producer('p-1');
  producer.register(profile);
  producer.registerProduct(VASE, vase);
  producer.registerProduct(TEA, {
    ...vase,
    name: 'Chè Shan tuyết',
    group: 'beverage',
    monthlyCapacity: 40,
  });
  return producer;
}

function certified(): Producer {
  const producer = registered();
  producer.certify(
    VASE,
    { stars: 4, decisionNumber: '123/QĐ-UBND', level: 'province', issuedOn: '2024-01-15' },
    TODAY,
  );
  producer.certify(
    TEA,
    { stars: 3, decisionNumber: '124/QĐ-UBND', level: 'province', issuedOn: '2024-01-15' },
    TODAY,
  );
  return producer;
}

const events = (producer: Producer) => producer.uncommitted().map((e) => e.type);

describe('certification rules', () => {
  it('runs 36 months from the decision, landing on a real day', () => {
    expect(defaultExpiry('2024-01-15')).toBe('2027-01-15');
    expect(defaultExpiry('2024-02-29')).toBe('2027-02-28');
  });

  it('refuses a 5-star decision at province level and a 4-star one at national level', () => {
    const producer = registered();
    expect(() =>
      producer.certify(
        VASE,
        { stars: 5, decisionNumber: 'x', level: 'province', issuedOn: '2024-01-01' },
        TODAY,
      ),
    ).toThrow(new RuleViolationError('a 5-star rating can only be decided at national level'));
    expect(() =>
      producer.certify(
        VASE,
        { stars: 4, decisionNumber: 'x', level: 'national', issuedOn: '2024-01-01' },
        TODAY,
      ),
    ).toThrow(RuleViolationError);
  });

  it('refuses a decision that has already expired', () => {
    expect(() =>
      registered().certify(
        VASE,
        { stars: 3, decisionNumber: 'old', level: 'province', issuedOn: '2020-01-01' },
        TODAY,
      ),
    ).toThrow('the decision expired on 2023-01-01');
  });

  it('re-rates a product holding a valid certificate, replacing it', () => {
    const producer = certified();
    const outcome = producer.certify(
      VASE,
      { stars: 5, decisionNumber: '9/QĐ-BNN', level: 'national', issuedOn: '2025-03-01' },
      TODAY,
    );

    expect(outcome).toBe('re-rated');
    expect(events(producer).at(-1)).toBe('ProductReRated');
    expect(producer.product(VASE).certificate).toMatchObject({
      stars: 5,
      expiresOn: '2028-03-01',
      status: 'valid',
    });
    expect(producer.uncommitted().at(-1)?.payload).toMatchObject({ previousStars: 4 });
  });

  it('revokes only a certificate in force, and expiry ignores a replaced decision', () => {
    const producer = certified();
    producer.revokeCertification(VASE, 'vi phạm an toàn thực phẩm');
    expect(() => producer.revokeCertification(VASE, 'again')).toThrow(InvalidStateError);
    expect(producer.expireCertification(VASE, '123/QĐ-UBND', '2027-01-15')).toBe(false);
    expect(producer.expireCertification(TEA, 'another decision', '2027-01-15')).toBe(false);
    expect(producer.expireCertification(TEA, '124/QĐ-UBND', '2027-01-14')).toBe(false);
    expect(producer.expireCertification(TEA, '124/QĐ-UBND', '2027-01-15')).toBe(true);
    expect(isCertificateValidOn(producer.product(TEA).certificate, '2027-01-15')).toBe(false);
  });
});

describe('capacity reservations', () => {
  it('reserves every line of an order against the month, and refuses what is left short', () => {
    const producer = certified();
    producer.reserveCapacity(
      ORDER,
      [
        { productId: VASE, quantity: 60 },
        { productId: TEA, quantity: 40 },
      ],
      TODAY,
    );

    expect(events(producer).at(-1)).toBe('CapacityReserved');
    expect(producer.reservedIn('2025-03', VASE)).toBe(60);

    const second = '44444444-4444-4444-8444-444444444444';
    producer.reserveCapacity(second, [{ productId: VASE, quantity: 41 }], TODAY);
    expect(producer.uncommitted().at(-1)).toEqual({
      type: 'CapacityReservationRejected',
      payload: {
        orderId: second,
        reason: 'not-enough-capacity',
        detail: `Bình hút lộc men rạn (${VASE}): 41 chiếc wanted, 40 left in 2025-03`,
      },
    });
    // A new month starts with full capacity again.
    producer.reserveCapacity(
      '55555555-5555-4555-8555-555555555555',
      [{ productId: VASE, quantity: 100 }],
      '2025-04-01',
    );
    expect(events(producer).at(-1)).toBe('CapacityReserved');
  });

  it('is all or nothing: one bad line rejects the order and reserves nothing', () => {
    const producer = registered();
    producer.certify(
      VASE,
      { stars: 4, decisionNumber: 'a', level: 'province', issuedOn: '2024-06-01' },
      TODAY,
    );
    producer.reserveCapacity(
      ORDER,
      [
        { productId: VASE, quantity: 1 },
        { productId: TEA, quantity: 1 },
      ],
      TODAY,
    );

    expect(producer.uncommitted().at(-1)?.payload).toMatchObject({
      reason: 'no-valid-certificate',
    });
    expect(producer.reservedIn('2025-03', VASE)).toBe(0);
  });

  it.each([
    [
      'unknown-product',
      (p: Producer) => p.reserveCapacity(ORDER, [{ productId: ORDER, quantity: 1 }], TODAY),
    ],
    [
      'producer-inactive',
      (p: Producer) => {
        p.deactivate('giải thể');
        p.reserveCapacity(ORDER, [{ productId: VASE, quantity: 1 }], TODAY);
      },
    ],
  ])('rejects with %s', (reason, act) => {
    const producer = certified();
    act(producer);
    expect(producer.uncommitted().at(-1)?.payload).toMatchObject({ reason });
  });

  it('answers an order once: a repeated OrderPlaced reserves nothing twice', () => {
    const producer = certified();
    producer.reserveCapacity(ORDER, [{ productId: VASE, quantity: 10 }], TODAY);
    producer.reserveCapacity(ORDER, [{ productId: VASE, quantity: 10 }], TODAY);

    expect(events(producer).filter((t) => t === 'CapacityReserved')).toHaveLength(1);
    expect(producer.reservedIn('2025-03', VASE)).toBe(10);
  });

  it('releases what an order held, once', () => {
    const producer = certified();
    producer.reserveCapacity(ORDER, [{ productId: VASE, quantity: 10 }], TODAY);
    producer.releaseCapacity(ORDER);
    producer.releaseCapacity(ORDER);

    expect(events(producer).filter((t) => t === 'CapacityReleased')).toHaveLength(1);
    expect(producer.reservedIn('2025-03', VASE)).toBe(0);
  });

  it('survives a snapshot round trip', () => {
    const producer = certified();
    producer.reserveCapacity(ORDER, [{ productId: VASE, quantity: 7 }], TODAY);
    const copy = new Producer('p-1');
    copy.restoreSnapshot(producer.snapshot(), producer.version);
    expect(copy.reservedIn('2025-03', VASE)).toBe(7);
    expect(copy.view()).toEqual(producer.view());
  });
});

describe('producer lifecycle', () => {
  it('issues a QR code from the product id', () => {
    expect(qrCodeFor(VASE)).toBe('OCOP-1111111111114111');
    expect(registered().product(VASE).qrCode).toBe(qrCodeFor(VASE));
  });

  it('refuses commands on a deactivated or unknown producer', () => {
    const producer = registered();
    producer.deactivate('ngừng hoạt động');
    expect(() => producer.registerProduct(TEA, vase)).toThrow(
      'producer p-1 is deactivated (current state: deactivated)',
    );
    expect(() => new Producer('nobody').registerProduct(TEA, vase)).toThrow(NotFoundError);
    expect(() => producer.product('missing')).toThrow(NotFoundError);
  });

  it('refuses a price range upside down', () => {
    expect(() =>
      registered().registerProduct(ORDER, { ...vase, priceMinVnd: 5, priceMaxVnd: 1 }),
    ).toThrow(RuleViolationError);
  });
});
