import { Clock } from '@ocop/common';
import { EventEnvelope } from '@ocop/events';
import { startInProcessService, TestClock } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

const DAY = 86_400_000;

/** ISO time `days` days from now (real time: BullMQ delays run on it). */
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The trade-fairs service in-process on the suite's real servers (see startInProcessService), on a test clock. */
export async function startTradeFairs(env: Record<string, string> = {}) {
  const clock = new TestClock();
  const base = await startInProcessService({
    service: 'trade-fairs',
    env,
    loadModule: async () => (await import('../src/trade-fairs.module')).TradeFairsModule,
    watch: ['fair', 'booth-booking', 'fair-attendee', 'fair-meeting'],
    override: (builder) => builder.overrideProvider(Clock).useValue(clock),
  });
  const { http, probe } = base;

  const service = {
    ...base,
    clock,

    /** A producer known from its ProducerRegistered, with `products` certified products. */
    async certifiedProducer({
      products = 1,
      expiresOn = '2035-01-10',
    }: { products?: number; expiresOn?: string } = {}) {
      const producerId = randomUUID();
      const productIds = Array.from({ length: products }, () => randomUUID());
      const decisionNumbers = productIds.map((_, i) => `QĐ-${i}-${producerId.slice(0, 8)}`);
      const events = await service.producerEvents(producerId, [
        ['ProducerRegistered', producerRegistered()],
        ...productIds.map(
          (productId, i) =>
            ['ProductCertified', certified(productId, decisionNumbers[i], expiresOn)] as const,
        ),
      ]);
      await service.handled(...events);
      return { producerId, productIds, decisionNumbers, version: events.length };
    },

    /** Publishes producers' events for one producer, with its stream versions from `from`. */
    async producerEvents(
      producerId: string,
      events: ReadonlyArray<readonly [string, Record<string, unknown>]>,
      from = 1,
    ): Promise<EventEnvelope[]> {
      const published: EventEnvelope[] = [];
      for (const [index, [type, payload]] of events.entries()) {
        published.push(
          await probe.publish({
            type,
            aggregateType: 'producer',
            aggregateId: producerId,
            aggregateVersion: from + index,
            payload,
          }),
        );
      }
      return published;
    },

    /** A distributor known from its DistributorRegistered. */
    async registeredDistributor(): Promise<string> {
      const distributorId = randomUUID();
      const event = await probe.publish({
        type: 'DistributorRegistered',
        aggregateType: 'distributor',
        aggregateId: distributorId,
        payload: {
          kind: 'retail-chain',
          name: 'Hapro Mart',
          registrationNumber: `01${Math.floor(Math.random() * 1e8)}`,
          channels: ['supermarket'],
          provincesServed: ['Hà Nội'],
        },
      });
      await service.handled(event);
      return distributorId;
    },

    /** Schedules a fair over the HTTP API and returns its view. */
    async scheduledFair(overrides: Record<string, unknown> = {}) {
      const response = await http().post('/fairs').send(fairRequest(overrides));
      if (response.status !== 201) {
        throw new Error(`scheduling failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return response.body as { fairId: string } & Record<string, unknown>;
    },

    /** A fair whose booking the officer opened early. */
    async openFair(overrides: Record<string, unknown> = {}) {
      const fair = await service.scheduledFair(overrides);
      await http().post(`/fairs/${fair.fairId}/open-booking`).expect(200);
      return fair;
    },
  };
  return service;
}

export type TradeFairsApp = Awaited<ReturnType<typeof startTradeFairs>>;

export const producerRegistered = () => ({
  kind: 'cooperative',
  legalName: 'HTX Chè Tân Cương',
  registrationNumber: `46${Math.floor(Math.random() * 1e8)}`,
  contact: { name: 'Nguyễn Văn An', phone: '0912345678' },
  province: 'Thái Nguyên',
  district: 'TP Thái Nguyên',
  commune: 'Tân Cương',
});

export const certified = (productId: string, decisionNumber: string, expiresOn = '2035-01-10') => ({
  productId,
  stars: 4,
  decisionNumber,
  level: 'province',
  issuedOn: '2025-01-10',
  expiresOn,
});

/** A product week ten days from now: booking opens in a day, closes in eight. */
export const fairRequest = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ocop-product-week',
  name: 'Tuần hàng OCOP Hà Nội',
  organiserId: 'officer-17',
  venue: 'Cung Văn hoá Hữu nghị Việt Xô',
  province: 'Hà Nội',
  bookingOpensAt: inDays(1),
  bookingClosesAt: inDays(8),
  startsAt: inDays(10),
  endsAt: inDays(12),
  boothTypes: [
    { code: 'standard-3x3', name: 'Gian tiêu chuẩn 3x3', count: 100, priceVnd: 4_500_000 },
    { code: 'corner', name: 'Gian góc', count: 2, priceVnd: 6_000_000 },
  ],
  meetingSlots: { lengthMinutes: 30, tables: 2, dailyStart: '09:00', dailyEnd: '12:00' },
  ...overrides,
});
