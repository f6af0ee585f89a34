import { startInProcessService } from '@ocop/testing';
import { randomUUID } from 'node:crypto';

/** The distributors service in-process on the suite's real servers (see startInProcessService). */
export function startDistributors(env: Record<string, string> = {}) {
  return startInProcessService({
    service: 'distributors',
    env,
    loadModule: async () => (await import('../src/distributors.module')).DistributorsModule,
    watch: ['purchase-order', 'sourcing-request', 'distributor'],
  });
}

export type DistributorsApp = Awaited<ReturnType<typeof startDistributors>>;

export const registration = (overrides: Record<string, unknown> = {}) => ({
  kind: 'retail-chain',
  name: 'Hapro Mart',
  registrationNumber: `01${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  channels: ['supermarket', 'convenience-store'],
  provincesServed: ['Hà Nội', 'Hưng Yên'],
  ...overrides,
});

export async function registeredDistributor(service: DistributorsApp): Promise<string> {
  const response = await service.http().post('/distributors').send(registration()).expect(201);
  return response.body.distributorId as string;
}

/**
 * An active MOU as the mou service publishes it (MouDrafted, then MouActivated once every party
 * signed), handled by the service's local view of MOUs.
 */
export async function activeMou(
  service: DistributorsApp,
  parties: { distributorId: string; producerIds: string[] },
  status: 'drafted' | 'active' | 'terminated' = 'active',
): Promise<string> {
  const mouId = randomUUID();
  const terms = {
    products: [],
    productGroups: ['food'],
    targets: [{ productId: randomUUID(), quantity: 100, unit: 'kg' }],
    priceTerms: { text: 'Giá cố định trong kỳ' },
    startDate: '2025-01-01',
    endDate: '2035-12-31',
    obligations: [],
  };
  const mou = { aggregateType: 'mou', aggregateId: mouId };
  const events = [
    await service.probe.publish({
      ...mou,
      type: 'MouDrafted',
      aggregateVersion: 1,
      payload: { ...parties, version: 1, terms },
    }),
  ];
  if (status !== 'drafted') {
    events.push(
      await service.probe.publish({
        ...mou,
        type: 'MouActivated',
        aggregateVersion: 2 + parties.producerIds.length + 1,
        payload: {
          version: 1,
          activatedAt: new Date().toISOString(),
          startDate: terms.startDate,
          endDate: terms.endDate,
        },
      }),
    );
  }
  if (status === 'terminated') {
    events.push(
      await service.probe.publish({
        ...mou,
        type: 'MouTerminated',
        aggregateVersion: 2 + parties.producerIds.length + 2,
        payload: { reason: 'Nhà phân phối ngừng kinh doanh', previousStatus: 'active' },
      }),
    );
  }
  await service.handled(...events);
  return mouId;
}
