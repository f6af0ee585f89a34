import { SERVICE_NAMES } from '@ocop/common';
import { ServiceProcess } from '@ocop/testing';

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9',
  MONGO_URL: 'mongodb://127.0.0.1:9/',
  REDIS_URL: 'redis://127.0.0.1:9',
};

describe('a service started with bad settings', () => {
  it.each(SERVICE_NAMES)(
    '%s stops at once with a message naming each wrong setting',
    async (name) => {
      const service = await ServiceProcess.start(name, {
        ...valid,
        KAFKA_BROKERS: undefined,
        MONGO_URL: 'postgres://somewhere/else',
        PORT: '70000',
      });
      const exit = await service.exited;

      expect(exit.code).toBe(78);
      expect(service.logs).toContain('"KAFKA_BROKERS" is required');
      expect(service.logs).toMatch(
        /"MONGO_URL" must be a valid uri with a scheme matching the mongodb/,
      );
      expect(service.logs).toContain('"PORT" must be a valid port');
    },
  );

  it('names a malformed broker list and a timeout that is not a number', async () => {
    const service = await ServiceProcess.start('producers', {
      ...valid,
      KAFKA_BROKERS: 'localhost',
      HEALTH_TIMEOUT_MS: 'soon',
    });
    const exit = await service.exited;

    expect(exit.code).toBe(78);
    expect(service.logs).toContain('"KAFKA_BROKERS" must be a comma-separated list of host:port');
    expect(service.logs).toContain('"HEALTH_TIMEOUT_MS" must be a number');
  });

  it.each(SERVICE_NAMES)('%s refuses to start with a placeholder internal secret', async (name) => {
    const service = await ServiceProcess.start(name, {
      ...valid,
      INTERNAL_SECRET: 'local-compose-secret-change-me-0123456789',
      JWT_SECRET: 'x'.repeat(40),
    });
    const exit = await service.exited;

    expect(exit.code).toBe(78);
    expect(service.logs).toContain('"INTERNAL_SECRET" must be a random secret');
    if (name === 'gateway') expect(service.logs).toContain('"JWT_SECRET" must be a random secret');
  });
});
