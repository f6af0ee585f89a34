import { SERVICE_NAMES, ServiceName } from '@ocop/common';
import { PrivateServers, ServerName, ServiceProcess, waitFor } from '@ocop/testing';
import { randomBytes } from 'node:crypto';

type HealthBody = {
  status: string;
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
};

/**
 * Every service against servers of its own, which the test stops one at a time: /health must turn
 * 503 and name the server that went away, the others stay up, and no service crashes.
 */
describe('/health when a dependency goes away', () => {
  let servers: PrivateServers;
  const services: ServiceProcess[] = [];

  beforeAll(async () => {
    servers = await PrivateServers.start();
    for (const name of SERVICE_NAMES) {
      // The gateway signs tokens: it does not start without a secret.
      const secret = name === 'gateway' ? { JWT_SECRET: randomBytes(32).toString('hex') } : {};
      services.push(await ServiceProcess.start(name, { ...servers.addresses, ...secret }));
    }
    await Promise.all(services.map((service) => service.healthy(90_000)));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
    await servers?.destroy();
  }, 120_000);

  async function health(name: ServiceName): Promise<{ status: number; body: HealthBody }> {
    const service = services.find((candidate) => candidate.name === name)!;
    const response = await fetch(`${service.url}/health`);
    return { status: response.status, body: (await response.json()) as HealthBody };
  }

  const outages: Array<[ServerName, string]> = [
    ['redis', 'redis'],
    ['mongo', 'mongodb'],
    ['kafka', 'kafka'],
  ];

  it.each(outages)(
    'stopping %s turns every /health to 503 naming %s, and starting it again brings them back',
    async (server, key) => {
      await servers.down(server);

      for (const name of SERVICE_NAMES) {
        const answer = await waitFor(`${name} to report ${key} down`, async () => {
          const result = await health(name);
          return result.status === 503 ? result : false;
        });
        expect(answer.body.status).toBe('error');
        expect(Object.keys(answer.body.error ?? {})).toEqual([key]);
        expect(answer.body.error?.[key]).toMatchObject({ status: 'down' });
        const others = ['kafka', 'mongodb', 'redis'].filter((other) => other !== key);
        others.forEach((other) =>
          expect(answer.body.info?.[other]).toEqual(expect.objectContaining({ status: 'up' })),
        );
      }

      await servers.up(server);
      await Promise.all(services.map((service) => service.healthy(90_000)));
      services.forEach((service) => expect(service.running).toBe(true));
    },
    240_000,
  );
});
