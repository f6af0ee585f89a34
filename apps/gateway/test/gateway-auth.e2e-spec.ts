import { RunningSystem, waitFor } from '@ocop/testing';
import { randomUUID } from 'node:crypto';
import {
  certifiedProducer,
  distributor,
  expectStatus,
  officer,
  producerRegistration,
} from './journeys';

/** Logins, tokens, users and input checks at the public entry, with every service running. */
describe('the gateway: authentication, users and input validation', () => {
  let system: RunningSystem;
  let admin: string;

  beforeAll(async () => {
    system = await RunningSystem.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '25' });
    admin = await system.loginAdmin();
  }, 240_000);

  afterAll(() => system?.stop());

  describe('login and tokens', () => {
    it('answers an access token for the right password, and one 401 for every wrong login', async () => {
      const answer = await system.api('POST', '/auth/login', { body: RunningSystem.ADMIN });
      const body = expectStatus(answer, 200);
      expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
      expect(body.user).toMatchObject({ email: RunningSystem.ADMIN.email, role: 'admin' });

      for (const wrong of [
        { email: RunningSystem.ADMIN.email, password: 'not-the-password' },
        { email: 'nobody@test.ocop.vn', password: 'not-the-password' },
      ]) {
        const refused = await system.api('POST', '/auth/login', { body: wrong });
        expect(refused.status).toBe(401);
        expect(refused.body).toEqual({
          statusCode: 401,
          error: 'Unauthorized',
          message: ['wrong email or password'],
        });
      }
    });

    it('refuses requests without a token, with a forged one, and of a deactivated user', async () => {
      expect((await system.api('GET', '/fairs')).status).toBe(401);
      const [header, payload] = admin.split('.');
      const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
      expect((await system.api('GET', '/fairs', { token: forged })).status).toBe(401);

      const someone = await system.user(admin, { role: 'officer' });
      expect((await system.api('GET', '/auth/me', { token: someone.token })).status).toBe(200);
      expectStatus(
        await system.api('PATCH', `/users/${someone.userId}`, {
          token: admin,
          body: { active: false },
        }),
        200,
      );
      await waitFor('the deactivated token to stop working', async () => {
        const answer = await system.api('GET', '/auth/me', { token: someone.token });
        return answer.status === 401;
      });
    });
  });

  describe('users', () => {
    it('lets only an admin manage users, and ties producer users to a registered producer', async () => {
      const anOfficer = await officer(system, admin);
      expect((await system.api('GET', '/users', { token: anOfficer.token })).status).toBe(403);
      expect(
        (
          await system.api('POST', '/users', {
            token: anOfficer.token,
            body: { email: 'x@test.ocop.vn', password: 'long-enough-1', role: 'admin', name: 'X' },
          })
        ).status,
      ).toBe(403);

      const noProducer = await system.api('POST', '/users', {
        token: admin,
        body: {
          email: `p-${randomUUID().slice(0, 6)}@test.ocop.vn`,
          password: 'long-enough-1',
          role: 'producer',
          organisationId: randomUUID(),
          name: 'Ghost',
        },
      });
      expect(noProducer.status).toBe(422);
      expect(noProducer.body.message[0]).toMatch(/^producer .* is not registered$/);

      const withoutOrganisation = await system.api('POST', '/users', {
        token: admin,
        body: {
          email: `p-${randomUUID().slice(0, 6)}@test.ocop.vn`,
          password: 'long-enough-1',
          role: 'producer',
          name: 'Nobody',
        },
      });
      expect(withoutOrganisation.status).toBe(422);

      const producer = await certifiedProducer(system, admin, anOfficer);
      const listed = expectStatus(
        await system.api('GET', '/users?role=producer&limit=100', { token: admin }),
        200,
      );
      expect(listed.items).toContainEqual(
        expect.objectContaining({ userId: producer.userId, organisationId: producer.producerId }),
      );

      const again = await system.api('POST', '/users', {
        token: admin,
        body: {
          email: (listed.items as Array<{ email: string }>)[0].email.toUpperCase(),
          password: 'long-enough-1',
          role: 'officer',
          name: 'Twice',
        },
      });
      expect(again.status).toBe(409);
    });
  });

  describe('input', () => {
    let token: string;
    beforeAll(async () => {
      token = (await officer(system, admin)).token;
    });

    it('names each wrong field, refuses unknown fields and wrong types', async () => {
      const answer = await system.api('POST', '/producers', {
        token,
        body: { ...producerRegistration(), kind: 'corporation', province: 42, isAdmin: true },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.arrayContaining([
          'property isAdmin should not exist',
          expect.stringMatching(/^kind must be one of the following values/),
          'province must be a string',
        ]),
      });
    });

    it('refuses malformed JSON, a body that is not an object, and bodies over the size limit', async () => {
      const malformed = await system.api('POST', '/producers', { token, rawBody: '{"kind":' });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });

      const list = await system.api('POST', '/producers', { token, rawBody: '[1,2]' });
      expect(list.status).toBe(400);

      const huge = await system.api('POST', '/producers', {
        token,
        body: { ...producerRegistration(), legalName: 'x'.repeat(200_000) },
      });
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({ statusCode: 413, message: ['request entity too large'] });
    });

    it('treats injection-shaped values as wrong input, in bodies and query strings', async () => {
      const body = await system.api('POST', '/auth/login', {
        body: { email: { $gt: '' }, password: { $ne: null } },
      });
      expect(body.status).toBe(400);
      expect(body.body.message).toEqual(
        expect.arrayContaining(['email must be an email', 'password must be a string']),
      );

      const producer = await system.api('POST', '/producers', {
        token,
        body: { ...producerRegistration(), legalName: { $gt: '' } },
      });
      expect(producer.status).toBe(400);
      expect(producer.body.message).toContain('legalName must be a string');

      const query = await system.api('GET', '/fairs?status[$ne]=closed', { token });
      expect(query.status).toBe(400);
    });

    it('answers unknown paths 404 and wrong methods 405, in the same error shape', async () => {
      const unknown = await system.api('GET', '/no-such-thing', { token });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      const wrong = await system.api('DELETE', '/fairs', { token });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('POST, GET');
    });

    it('sends security headers and a correlation id, and keeps the one a client sends', async () => {
      const answer = await system.api('GET', '/fairs', {
        token,
        headers: { 'x-correlation-id': 'journey-42' },
      });
      expect(answer.headers.get('x-correlation-id')).toBe('journey-42');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    });
  });

  describe('OpenAPI', () => {
    it('documents every route with its roles and the DTOs read from their validation rules', async () => {
      const response = await fetch(`${system.gatewayUrl}/docs-json`);
      const document = (await response.json()) as {
        paths: Record<string, Record<string, { tags: string[]; requestBody?: unknown }>>;
        components: {
          schemas: Record<string, { properties: Record<string, unknown>; required: string[] }>;
        };
      };
      expect(response.status).toBe(200);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/auth/login',
          '/api/v1/users',
          '/api/v1/fairs/{fairId}/bookings',
          '/api/v1/orders',
          '/api/v1/catalogue/products',
          '/api/v1/mous/{mouId}/sign',
        ]),
      );
      expect(document.paths['/api/v1/orders'].post.requestBody).toEqual({
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/PlaceOrderDto' } } },
      });
      const booking = document.components.schemas.BookBoothDto;
      expect(Object.keys(booking.properties).sort()).toEqual([
        'boothType',
        'producerId',
        'productIds',
      ]);
      expect(booking.required).toEqual(expect.arrayContaining(['producerId', 'boothType']));
      expect(document.components.schemas.LoginDto.properties).toHaveProperty('email');

      const ui = await fetch(`${system.gatewayUrl}/docs`);
      expect(ui.status).toBe(200);
      expect(await ui.text()).toContain('swagger');
    });
  });

  // Near the end: it stops the distributors service for good (only the rate limits come after).
  describe('a service that does not answer', () => {
    it('answers 503 for forwards, ownership lookups and organisation checks, never a 500', async () => {
      const anOfficer = await officer(system, admin);
      const buyer = await distributor(system, admin, anOfficer);
      await system.service('distributors').stop();

      const forwarded = await system.api('GET', `/distributors/${buyer.distributorId}`, {
        token: anOfficer.token,
      });
      expect(forwarded.status).toBe(503);
      expect(forwarded.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: ['the distributors service did not answer; try again'],
      });
      const lookedUp = await system.api('GET', `/sourcing-requests/${randomUUID()}`, {
        token: buyer.token,
      });
      expect(lookedUp.status).toBe(503);
      expect(lookedUp.body).toMatchObject({
        statusCode: 503,
        message: ['the distributors service did not answer; try again'],
      });
      const userOfIt = await system.api('POST', '/users', {
        token: admin,
        body: {
          email: `d-${randomUUID().slice(0, 6)}@test.ocop.vn`,
          password: 'long-enough-1',
          role: 'distributor',
          organisationId: buyer.distributorId,
          name: 'Buyer',
        },
      });
      expect(userOfIt.status).toBe(503);
      expect(userOfIt.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    });
  });

  // Last: it spends this client address's login budget for the minute.
  describe('rate limits', () => {
    it('limits login attempts per client address', async () => {
      const statuses: number[] = [];
      // Until the first refusal: each login costs a bcrypt comparison, slow on a busy machine.
      for (let i = 0; i < 30 && !statuses.includes(429); i++) {
        const answer = await system.api('POST', '/auth/login', {
          body: { email: `guess-${i}@test.ocop.vn`, password: 'guess-guess' },
        });
        statuses.push(answer.status);
      }
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    }, 120_000);
  });
});
