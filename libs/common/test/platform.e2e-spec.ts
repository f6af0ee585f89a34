import { SERVICE_NAMES, ServiceName, serviceUrlSetting } from '@ocop/common';
import { ServiceProcess, sharedServers, signedFetch, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

/** All seven services, booted from dist/ against the real servers the test command started. */
describe('the platform, every service running against real Kafka, MongoDB and Redis', () => {
  const servers = sharedServers();
  const runId = randomUUID().slice(0, 8);
  const services = new Map<ServiceName, ServiceProcess>();
  const service = (name: ServiceName) => services.get(name)!;
  const admin = { email: 'admin@platform.test.ocop.vn', password: randomUUID() };

  beforeAll(async () => {
    const backends = SERVICE_NAMES.filter((name) => name !== 'gateway');
    for (const name of backends) {
      services.set(name, await ServiceProcess.start(name, envFor(name)));
    }
    // Six services starting at once on a busy machine: as long as RunningSystem gives them.
    await Promise.all(backends.map((name) => service(name).healthy(120_000)));
    const gatewayEnv: Record<string, string> = {
      ...envFor('gateway'),
      JWT_SECRET: randomUUID() + randomUUID(),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    };
    backends.forEach((name) => (gatewayEnv[serviceUrlSetting(name)] = service(name).url));
    services.set('gateway', await ServiceProcess.start('gateway', gatewayEnv));
    await service('gateway').healthy(120_000);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([...services.values()].map((process) => process.stop()));
  });

  /** Fresh consumer groups and databases per run, so earlier runs' probes cannot answer for this one. */
  function envFor(name: ServiceName): Record<string, string> {
    return {
      ...servers,
      KAFKA_GROUP_ID: `ocop-${name}-${runId}`,
      MONGO_DB: `test_${runId}_${name.replace('-', '_')}`,
    };
  }

  it.each(SERVICE_NAMES)('%s reports Kafka, MongoDB and Redis up on /health', async (name) => {
    const response = await fetch(`${service(name).url}/health`);
    const body = (await response.json()) as { status: string; info: Record<string, unknown> };

    expect(response.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.info).toEqual({
      kafka: expect.objectContaining({ status: 'up', brokers: 1 }),
      mongodb: { status: 'up' },
      redis: { status: 'up', answer: 'PONG' },
    });
  });

  it.each(SERVICE_NAMES)('%s serves Prometheus metrics labelled with its name', async (name) => {
    const response = await fetch(`${service(name).url}/metrics`);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(
      new RegExp(`^process_resident_memory_bytes\\{service="${name}"\\} \\d+`, 'm'),
    );
  });

  it('the gateway reaches every service over its HTTP API and reports them all up', async () => {
    const anonymous = await fetch(`${service('gateway').url}/api/v1/status`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ status: 'up' });

    const login = await fetch(`${service('gateway').url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const response = await fetch(`${service('gateway').url}/api/v1/status`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = (await response.json()) as {
      status: string;
      services: Record<string, { status: string; url: string }>;
    };

    expect(response.status).toBe(200);
    expect(Object.keys(body.services).sort()).toEqual(
      SERVICE_NAMES.filter((name) => name !== 'gateway').sort(),
    );
    Object.entries(body.services).forEach(([name, status]) => {
      expect(status).toMatchObject({ status: 'up', url: service(name as ServiceName).url });
    });
    expect(body.status).toBe('up');
  });

  it('an event sent by one service over Kafka is consumed by another and written to its MongoDB', async () => {
    const correlationId = `smoke-${randomUUID()}`;
    const sent = await signedFetch(`${service('producers').url}/diagnostics/probes`, {
      method: 'POST',
      headers: { 'x-correlation-id': correlationId },
    });
    expect(sent.status).toBe(202);
    expect(sent.headers.get('x-correlation-id')).toBe(correlationId);
    const { probeId } = (await sent.json()) as { probeId: string };

    const seenByQuery = await waitFor('the query service to record the probe', async () => {
      const response = await signedFetch(`${service('query').url}/diagnostics/probes/${probeId}`);
      return response.status === 200 ? ((await response.json()) as Record<string, unknown>) : false;
    });
    expect(seenByQuery).toMatchObject({
      probeId,
      origin: `ocop-producers`,
      receivedBy: 'ocop-query',
      correlationId,
    });

    // Read it back from the query service's own database, not only through its API.
    const connection = await mongoose
      .createConnection(servers.MONGO_URL, { dbName: envFor('query').MONGO_DB })
      .asPromise();
    try {
      const stored = await connection.collection('diagnostic_probes').findOne({ probeId });
      expect(stored).toMatchObject({ probeId, receivedBy: 'ocop-query', correlationId });
      expect(stored?.receivedAt).toBeInstanceOf(Date);
    } finally {
      await connection.close();
    }
  });

  it('a BullMQ job enqueued by a service runs through Redis', async () => {
    const sent = await signedFetch(`${service('distributors').url}/diagnostics/probes`, {
      method: 'POST',
    });
    const { probeId } = (await sent.json()) as { probeId: string };

    const record = await waitFor('the probe job to run', async () => {
      const response = await signedFetch(
        `${service('distributors').url}/diagnostics/probes/${probeId}`,
      );
      const body =
        response.status === 200 ? ((await response.json()) as Record<string, unknown>) : {};
      return body.jobRanAt ? body : false;
    });
    expect(record).toMatchObject({ probeId, jobRanBy: 'ocop-distributors' });
  });

  it('answers 404 for a probe it never saw and 400 for an id that is not a uuid', async () => {
    const unknown = await signedFetch(`${service('mou').url}/diagnostics/probes/${randomUUID()}`);
    const malformed = await signedFetch(`${service('mou').url}/diagnostics/probes/not-a-uuid`);

    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });
});
