import { startInProcessService } from '@ocop/testing';

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
