import { ServiceProcess, sharedServers } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { registration } from './distributors-app';

/** The built service as it runs for real (runService: global validation pipe and error filter). */
describe('distributors service as a process', () => {
  const run = randomUUID().slice(0, 8);
  let service: ServiceProcess;

  beforeAll(async () => {
    service = await ServiceProcess.start('distributors', {
      ...sharedServers(),
      MONGO_DB: `test_distributors_process_${run}`,
      KAFKA_GROUP_ID: `distributors-process-${run}`,
    });
    await service.healthy();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('validates, maps domain errors and serves its API', async () => {
    const bad = await service.call('POST', '/distributors', { ...registration(), kind: 'bazaar' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^kind must be one of the following values/);

    const data = registration();
    const created = await service.call('POST', '/distributors', data);
    expect(created.status).toBe(201);
    expect((await service.call('POST', '/distributors', data)).status).toBe(409);

    const order = await service.call('POST', '/orders', {
      distributorId: created.body.distributorId,
      producerId: randomUUID(),
      lines: [{ productId: randomUUID(), quantity: 3, unitPriceVnd: 120_000 }],
    });
    expect(order.status).toBe(202);
    const shown = await service.call('GET', order.body.location);
    expect(shown.body).toMatchObject({ status: 'placed', totalVnd: 360_000 });
    expect((await service.call('POST', `${order.body.location}/deliver`)).status).toBe(409);
    expect((await service.call('GET', `/orders/${randomUUID()}`)).status).toBe(404);
  });
});
