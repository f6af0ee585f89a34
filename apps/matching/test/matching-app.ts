import { Clock } from '@ocop/common';
import { EventEnvelope } from '@ocop/events';
import { startInProcessService, TestClock } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

const DAY = 86_400_000;
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export interface ProductSpec {
  name: string;
  group?: string;
  subgroup?: string;
  stars?: 3 | 4 | 5;
  priceMinVnd?: number;
  priceMaxVnd?: number;
  monthlyCapacity?: number;
}

/** The matching service in-process on the suite's real servers, fed events through the probe. */
export async function startMatching() {
  const clock = new TestClock();
  const base = await startInProcessService({
    service: 'matching',
    loadModule: async () => (await import('../src/matching.module')).MatchingModule,
    watch: ['sourcing-matches', 'meeting-plan'],
    override: (builder) => builder.overrideProvider(Clock).useValue(clock),
  });
  const { probe } = base;
  const versions = new Map<string, number>();

  /** Publishes events of one stream as its owner would, numbering versions on from the last. */
  async function stream(
    aggregateType: string,
    aggregateId: string,
    events: ReadonlyArray<readonly [string, Record<string, unknown>]>,
  ): Promise<EventEnvelope[]> {
    const published: EventEnvelope[] = [];
    for (const [type, payload] of events) {
      const aggregateVersion = (versions.get(aggregateId) ?? 0) + 1;
      versions.set(aggregateId, aggregateVersion);
      published.push(
        await probe.publish({ type, aggregateType, aggregateId, aggregateVersion, payload }),
      );
    }
    await base.handled(...published);
    return published;
  }

  const service = {
    ...base,
    clock,
    stream,

    /** A registered producer with its products registered and certified (unless stars: 0). */
    async producer(
      place: { province: string; district: string; craftVillage?: string },
      products: ProductSpec[],
      { certify = true, expiresOn = '2035-01-10' } = {},
    ) {
      const producerId = randomUUID();
      const productIds = products.map(() => randomUUID());
      await stream('producer', producerId, [
        [
          'ProducerRegistered',
          {
            kind: 'cooperative',
            legalName: 'HTX Gốm sứ',
            registrationNumber: `01${Math.floor(Math.random() * 1e8)}`,
            contact: { name: 'Nguyễn Văn An', phone: '0912345678' },
            commune: 'Bát Tràng',
            ...place,
          },
        ],
        ...products.map(
          (product, i) =>
            [
              'ProductRegistered',
              {
                productId: productIds[i],
                group: 'handicraft',
                subgroup: 'Gốm sứ',
                unit: 'chiếc',
                priceMinVnd: 100_000,
                priceMaxVnd: 200_000,
                monthlyCapacity: 1_000,
                photoUrls: [],
                qrCode: `OCOP-${productIds[i].slice(0, 8)}`,
                ...product,
                stars: undefined,
              },
            ] as const,
        ),
      ]);
      if (certify) {
        await stream(
          'producer',
          producerId,
          products.map(
            (product, i) =>
              [
                'ProductCertified',
                certificate(productIds[i], product.stars ?? 4, expiresOn),
              ] as const,
          ),
        );
      }
      return { producerId, productIds };
    },

    /** A distributor's published sourcing request. */
    async sourcingRequest(criteria: Record<string, unknown>, distributorId = randomUUID()) {
      const requestId = randomUUID();
      await stream('sourcing-request', requestId, [
        [
          'SourcingRequestPublished',
          {
            distributorId,
            group: 'handicraft',
            keywords: [],
            minStars: 3,
            quantity: 500,
            unit: 'chiếc',
            deliveryProvince: 'Hà Nội',
            deadline: inDays(30),
            ...criteria,
          },
        ],
      ]);
      return { requestId, distributorId };
    },
  };
  return service;
}

export type MatchingApp = Awaited<ReturnType<typeof startMatching>>;

export const certificate = (productId: string, stars: number, expiresOn: string) => ({
  productId,
  stars,
  decisionNumber: `QĐ-${productId.slice(0, 6)}`,
  level: stars === 5 ? 'national' : 'province',
  issuedOn: '2025-01-10',
  expiresOn,
});
