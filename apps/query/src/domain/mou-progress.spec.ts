import { MouDoc } from '../read-models/collections';
import { addDays, daysBetween } from './calendar';
import { certificateOn } from './certificate';
import { deliveredVolumes, mouProgress, overallPercent, percent } from './mou-progress';
import { vietnamDay, vietnamMonth } from '@ocop/contracts/shared/calendar';

const tea = 'tea';
const honey = 'honey';

function mou(overrides: Partial<MouDoc> = {}): MouDoc {
  return {
    _id: 'm1',
    title: null,
    distributorId: 'd1',
    producerIds: ['p1'],
    fairId: null,
    status: 'active',
    signedAt: '2025-09-01T03:00:00.000Z',
    draftedAt: '2025-08-30T03:00:00.000Z',
    updatedAt: '2025-09-01T03:00:00.000Z',
    latestVersion: 1,
    inForce: 1,
    versions: {
      v1: {
        targets: [
          { productId: tea, quantity: 300, unit: 'kg' },
          { productId: honey, quantity: 100, unit: 'lít' },
        ],
        obligations: [
          {
            obligationId: 'o1',
            kind: 'delivery',
            description: 'first lot',
            dueDate: '2025-09-30',
            productId: tea,
            quantity: 50,
          },
          { obligationId: 'o2', kind: 'action', description: 'shelf', dueDate: '2025-10-15' },
        ],
        startDate: '2025-09-01',
        endDate: '2025-12-31',
      },
    },
    carried: {},
    deliveries: {},
    obligationState: {},
    appliedVersion: 3,
    ...overrides,
  };
}

describe('percent', () => {
  it('is per cent with one decimal, as the mou service rounds it', () => {
    expect(percent(0, 300)).toBe(0);
    expect(percent(100, 300)).toBe(33.3);
    expect(percent(200, 300)).toBe(66.7);
    expect(percent(300, 300)).toBe(100);
    expect(percent(450, 300)).toBe(150);
  });

  it('is 0 for a target of nothing', () => {
    expect(percent(5, 0)).toBe(0);
  });
});

describe('overallPercent', () => {
  it('averages the products, each capped at 100, since their units differ', () => {
    expect(overallPercent([{ percent: 150 }, { percent: 50 }])).toBe(75);
    expect(overallPercent([{ percent: 33.3 }, { percent: 0 }])).toBe(16.7);
    expect(overallPercent([])).toBe(0);
  });
});

describe('mouProgress', () => {
  it('sums each order once per product and works out percentages', () => {
    const doc = mou({
      deliveries: {
        a: { producerId: 'p1', deliveredAt: 'x', lines: [{ productId: tea, quantity: 40 }] },
        b: {
          producerId: 'p1',
          deliveredAt: 'y',
          lines: [
            { productId: tea, quantity: 60 },
            { productId: honey, quantity: 100 },
          ],
        },
      },
    });
    expect(deliveredVolumes(doc)).toEqual(
      new Map([
        [tea, 100],
        [honey, 100],
      ]),
    );
    const progress = mouProgress(doc);
    expect(progress.products).toEqual([
      { productId: tea, targetQuantity: 300, unit: 'kg', deliveredQuantity: 100, percent: 33.3 },
      { productId: honey, targetQuantity: 100, unit: 'lít', deliveredQuantity: 100, percent: 100 },
    ]);
    expect(progress.overallPercent).toBe(66.7);
    expect(progress.obligations.map((o) => [o.obligationId, o.delivered])).toEqual([
      ['o1', 100],
      ['o2', null],
    ]);
  });

  it('reports obligations open, overdue and met, met winning over overdue', () => {
    const doc = mou({
      obligationState: {
        'v1-o1': { overdue: true },
        'v1-o2': { overdue: true, met: { at: '2025-10-20', by: 'party', late: true } },
      },
    });
    const progress = mouProgress(doc);
    expect(progress.obligations.map((o) => o.status)).toEqual(['overdue', 'met']);
    expect(progress.overdueObligations).toBe(1);
    expect(mouProgress(mou()).obligations.map((o) => o.status)).toEqual(['open', 'open']);
  });

  it('uses the version in force, carrying obligations over from the one it replaced', () => {
    const base = mou();
    const doc = mou({
      latestVersion: 2,
      inForce: 2,
      versions: {
        ...base.versions,
        v2: {
          ...base.versions.v1,
          targets: [{ productId: tea, quantity: 500, unit: 'kg' }],
        },
      },
      carried: {
        v2: {
          previousVersion: 1,
          obligations: [{ obligationId: 'o1', previousObligationId: 'o1' }],
        },
      },
      obligationState: { 'v1-o1': { overdue: true } },
    });
    const progress = mouProgress(doc);
    expect(progress.version).toBe(2);
    expect(progress.products.map((p) => p.targetQuantity)).toEqual([500]);
    expect(progress.obligations.map((o) => o.status)).toEqual(['overdue', 'open']);
  });

  it('uses the latest version before any is in force', () => {
    const base = mou();
    const doc = mou({
      status: 'proposed',
      inForce: null,
      latestVersion: 2,
      versions: {
        ...base.versions,
        v2: { ...base.versions.v1, targets: [{ productId: honey, quantity: 10, unit: 'lít' }] },
      },
    });
    expect(mouProgress(doc).products.map((p) => p.productId)).toEqual([honey]);
  });
});

describe('calendar and certificates', () => {
  it('counts days and months in Việt Nam time', () => {
    expect(vietnamDay(new Date('2025-12-31T17:30:00.000Z'))).toBe('2026-01-01');
    expect(vietnamMonth('2025-09-30T18:00:00.000Z')).toBe('2025-10');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
  });

  it('shows a certificate expired from its expiry day, with days to expiry while valid', () => {
    const certificate = {
      decisionNumber: '12/QĐ-UBND',
      level: 'province',
      issuedOn: '2024-01-10',
      expiresOn: '2027-01-10',
      status: 'valid' as const,
    };
    expect(certificateOn(certificate, '2026-12-11')).toMatchObject({
      certificate: { status: 'valid' },
      daysToExpiry: 30,
    });
    expect(certificateOn(certificate, '2027-01-10')).toMatchObject({
      certificate: { status: 'expired' },
      daysToExpiry: null,
    });
    expect(certificateOn({ ...certificate, status: 'revoked' }, '2026-01-01')).toMatchObject({
      certificate: { status: 'revoked' },
      daysToExpiry: null,
    });
    expect(certificateOn(null, '2026-01-01')).toEqual({ certificate: null, daysToExpiry: null });
  });
});
