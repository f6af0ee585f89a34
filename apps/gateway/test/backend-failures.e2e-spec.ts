import { freePort, RunningSystem } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';

/**
 * The gateway in front of services that fail: every backend address leads to one stand-in that
 * answers 500 with details a client must not see. The gateway answers 502 naming the service.
 */
describe('the gateway when a service fails', () => {
  const asked: string[] = [];
  let backend: Server;
  let system: RunningSystem;
  let admin: string;

  beforeAll(async () => {
    const port = await freePort();
    backend = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 500, message: ['MongoServerError at db.js:42'] }));
    });
    await new Promise<void>((resolve) => backend.listen(port, '127.0.0.1', resolve));
    system = await RunningSystem.gatewayOnly(`http://127.0.0.1:${port}`);
    admin = await system.loginAdmin();
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await new Promise((resolve) => backend?.close(resolve));
  });

  it('answers 502 naming the service for a forwarded request, without the service’s own error', async () => {
    const answer = await system.api('GET', '/fairs?limit=5', { token: admin });

    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: ['the trade-fairs service failed (500); try again'],
    });
    // The query as the gateway validated it, with the list's defaults filled in.
    expect(asked).toContain('GET /fairs?page=1&limit=5&sort=startsAt');
  });

  it('answers 502 when the service that decides access fails, and forwards nothing', async () => {
    const officer = await system.user(admin, { role: 'officer' });
    const fairId = randomUUID();
    asked.length = 0;

    const answer = await system.api('GET', `/fairs/${fairId}/board`, { token: officer.token });

    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: ['the trade-fairs service failed (500); try again'],
    });
    // Only the organiser check was asked; the board itself (query service) never was.
    expect(asked).toEqual([`GET /fairs/${fairId}`]);
  });
});
