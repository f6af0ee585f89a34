import { ServiceProcess, sharedServers } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { fairRequest } from './trade-fairs-app';

/** The built service as it runs for real (runService: global validation pipe and error filter). */
describe('trade-fairs service as a process', () => {
  const run = randomUUID().slice(0, 8);
  let service: ServiceProcess;

  beforeAll(async () => {
    service = await ServiceProcess.start('trade-fairs', {
      ...sharedServers(),
      MONGO_DB: `test_trade_fairs_process_${run}`,
      KAFKA_GROUP_ID: `trade-fairs-process-${run}`,
    });
    await service.healthy();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('validates, maps domain errors and serves its API', async () => {
    const bad = await service.call('POST', '/fairs', { ...fairRequest(), kind: 'bazaar' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^kind must be one of the following values/);

    const created = await service.call('POST', '/fairs', fairRequest());
    expect(created.status).toBe(201);
    const fair = await service.call('GET', created.body.location);
    expect(fair.body).toMatchObject({ status: 'scheduled', boothTypes: [{ available: 100 }, {}] });

    const notOpen = await service.call('POST', `${created.body.location}/bookings`, {
      producerId: randomUUID(),
      boothType: 'corner',
      productIds: [randomUUID()],
    });
    expect(notOpen.status).toBe(409);
    expect((await service.call('POST', `${created.body.location}/open-booking`)).status).toBe(200);
    const unknownProducer = await service.call('POST', `${created.body.location}/bookings`, {
      producerId: randomUUID(),
      boothType: 'corner',
      productIds: [randomUUID()],
    });
    expect(unknownProducer.status).toBe(422);
    expect((await service.call('GET', `/fairs/${randomUUID()}`)).status).toBe(404);
    const list = await service.call('GET', '/fairs?limit=1');
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 1 });
  });
});
