import { ServiceProcess, sharedServers } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { draftBody, scenarioIds } from './mou-app';

/** The built service as it runs for real (runService: global validation pipe and error filter). */
describe('mou service as a process', () => {
  const run = randomUUID().slice(0, 8);
  let service: ServiceProcess;

  beforeAll(async () => {
    service = await ServiceProcess.start('mou', {
      ...sharedServers(),
      MONGO_DB: `test_mou_process_${run}`,
      KAFKA_GROUP_ID: `mou-process-${run}`,
    });
    await service.healthy();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('validates, maps domain errors and serves its API', async () => {
    const ids = scenarioIds();
    // Dated from the real clock: a period that has not ended.
    const year = new Date().getUTCFullYear() + 1;
    const body = draftBody({ distributorId: ids.distributorId, producerIds: [ids.coop] }, ids, {
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      obligations: [],
    });
    const bad = await service.call('POST', '/mous', { ...body, producerIds: ['coop'] });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(['each value in producerIds must be a UUID']);

    const drafted = await service.call('POST', '/mous', body);
    expect(drafted.status).toBe(201);
    expect((await service.call('GET', drafted.body.location)).body).toMatchObject({
      status: 'drafted',
    });
    expect((await service.call('POST', `${drafted.body.location}/propose`)).status).toBe(200);
    expect((await service.call('POST', `${drafted.body.location}/propose`)).status).toBe(409);
    const expired = await service.call('POST', '/mous', { ...body, endDate: '2020-01-01' });
    expect(expired.status).toBe(422);
    expect((await service.call('GET', `/mous/${randomUUID()}`)).status).toBe(404);
    expect((await service.call('GET', '/health')).status).toBe(200);
  });
});
