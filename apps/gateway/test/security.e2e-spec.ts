import { JwtService } from '@nestjs/jwt';
import { BACKEND_SERVICES } from '@ocop/common';
import { internalSignature, RunningSystem, signedFetch, waitFor } from '@ocop/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import type { UserRole } from '../src/auth/roles';
import { fillPath } from '../src/forwarding/access-rules';
import { GATEWAY_ROUTES } from '../src/routes';
import {
  Actor,
  certifiedProducer,
  distributor,
  eventually,
  expectStatus,
  inDays,
  mouDraft,
  officer,
  openFair,
  ProducerActor,
} from './journeys';

/**
 * Who may reach what, for every route of the gateway and every role, and each way around it:
 * path spellings, forwarded addresses, form bodies, calls straight to a service, forged tokens.
 *
 * Reach of a role on a route: '-' its wrong door (403 whatever the id); 'own' only its own
 * resources (another party's and unknown ids answer 404, exactly alike); 'any' every resource
 * (an unknown id answers 404, or 400 where the test's empty body is refused before the lookup, or
 * an empty list of an unknown party's items).
 * Columns: officer, distributor, producer, admin.
 */
type Reach = '-' | 'own' | 'any';
const ROLES: UserRole[] = ['officer', 'distributor', 'producer', 'admin'];

const FORWARDED: Record<string, [Reach, Reach, Reach, Reach]> = {
  'POST /producers': ['any', '-', '-', 'any'],
  'GET /producers/:producerId': ['any', '-', 'own', 'any'],
  'PATCH /producers/:producerId': ['any', '-', 'own', 'any'],
  'POST /producers/:producerId/deactivate': ['any', '-', '-', 'any'],
  'POST /producers/:producerId/products': ['any', '-', 'own', 'any'],
  'GET /producers/:producerId/products/:productId': ['any', '-', 'own', 'any'],
  'PUT /producers/:producerId/products/:productId/certification': ['any', '-', '-', 'any'],
  'POST /producers/:producerId/products/:productId/certification/revoke': ['any', '-', '-', 'any'],
  'PUT /producers/:producerId/products/:productId/capacity': ['-', '-', 'own', 'any'],
  'GET /producers/:producerId/capacity': ['any', '-', 'own', 'any'],
  'POST /distributors': ['any', '-', '-', 'any'],
  'GET /distributors/:distributorId': ['any', 'own', 'any', 'any'],
  'POST /sourcing-requests': ['-', 'any', '-', 'any'],
  'GET /sourcing-requests/:requestId': ['any', 'own', '-', 'any'],
  'PATCH /sourcing-requests/:requestId': ['-', 'own', '-', 'any'],
  'POST /sourcing-requests/:requestId/close': ['-', 'own', '-', 'any'],
  'POST /orders': ['-', 'any', '-', 'any'],
  'GET /orders/:orderId': ['any', 'own', 'own', 'any'],
  'POST /orders/:orderId/ship': ['-', '-', 'own', 'any'],
  'POST /orders/:orderId/deliver': ['-', 'own', '-', 'any'],
  'POST /orders/:orderId/cancel': ['-', 'own', '-', 'any'],
  'POST /fairs': ['own', '-', '-', 'any'],
  'GET /fairs': ['any', 'any', 'any', 'any'],
  'GET /fairs/:fairId': ['any', 'any', 'any', 'any'],
  'PATCH /fairs/:fairId': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/open-booking': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/close-booking': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/start': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/close': ['own', '-', '-', 'any'],
  'GET /fairs/:fairId/slots': ['any', 'any', 'any', 'any'],
  'POST /fairs/:fairId/bookings': ['own', '-', 'any', 'any'],
  'GET /fairs/:fairId/bookings': ['own', '-', '-', 'any'],
  'GET /fairs/:fairId/bookings/:bookingId': ['own', '-', 'own', 'any'],
  'POST /fairs/:fairId/bookings/:bookingId/approve': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/bookings/:bookingId/reject': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/bookings/:bookingId/cancel': ['own', '-', 'own', 'any'],
  'POST /fairs/:fairId/bookings/:bookingId/check-in': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/attendees': ['own', 'any', '-', 'any'],
  'GET /fairs/:fairId/attendees': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/meetings': ['own', 'any', 'any', 'any'],
  'GET /fairs/:fairId/meetings': ['own', 'own', 'own', 'any'],
  'GET /fairs/:fairId/meetings/:meetingId': ['own', 'own', 'own', 'any'],
  'POST /fairs/:fairId/meetings/:meetingId/accept': ['-', 'own', 'own', 'any'],
  'POST /fairs/:fairId/meetings/:meetingId/decline': ['-', 'own', 'own', 'any'],
  'POST /fairs/:fairId/meetings/:meetingId/cancel': ['-', 'own', 'own', 'any'],
  'POST /fairs/:fairId/meetings/:meetingId/held': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/meetings/:meetingId/no-show': ['own', '-', '-', 'any'],
  'POST /mous': ['any', 'any', 'any', 'any'],
  'GET /mous': ['any', 'own', 'own', 'any'],
  'GET /mous/:mouId': ['any', 'own', 'own', 'any'],
  'POST /mous/:mouId/propose': ['-', 'own', 'own', 'any'],
  'POST /mous/:mouId/sign': ['-', 'own', 'own', 'any'],
  'POST /mous/:mouId/amend': ['-', 'own', 'own', 'any'],
  'POST /mous/:mouId/terminate': ['-', 'own', 'own', 'any'],
  'POST /mous/:mouId/obligations/:obligationId/meet': ['-', 'own', 'own', 'any'],
  'GET /sourcing-requests/:requestId/matches': ['any', 'own', '-', 'any'],
  'POST /fairs/:fairId/meeting-plan': ['own', '-', '-', 'any'],
  'GET /fairs/:fairId/meeting-plan': ['own', '-', '-', 'any'],
  'POST /fairs/:fairId/meeting-plan/publish': ['own', '-', '-', 'any'],
  'GET /producers/:producerId/products': ['any', '-', 'own', 'any'],
  'GET /producers/:producerId/bookings': ['any', '-', 'own', 'any'],
  'GET /producers/:producerId/mous': ['any', '-', 'own', 'any'],
  'GET /producers/:producerId/obligations': ['any', '-', 'own', 'any'],
  'GET /producers/:producerId/orders': ['any', '-', 'own', 'any'],
  'GET /distributors/:distributorId/sourcing-requests': ['any', 'own', '-', 'any'],
  'GET /distributors/:distributorId/orders': ['any', 'own', '-', 'any'],
  'GET /distributors/:distributorId/mous': ['any', 'own', '-', 'any'],
  'GET /fairs/:fairId/board': ['own', '-', '-', 'any'],
  'GET /programme/figures': ['any', '-', '-', 'any'],
  'GET /programme/expiring-certificates': ['any', '-', '-', 'any'],
  'GET /catalogue/products': ['any', 'any', 'any', 'any'],
  'GET /producers': ['any', '-', '-', 'any'],
  'GET /distributors': ['any', '-', '-', 'any'],
  'GET /producers/:producerId/sourcing-requests': ['any', '-', 'own', 'any'],
  'GET /producers/export': ['any', '-', '-', 'any'],
  'GET /fairs/:fairId/board/export': ['own', '-', '-', 'any'],
  'GET /programme/figures/export': ['any', '-', '-', 'any'],
  'GET /programme/expiring-certificates/export': ['any', '-', '-', 'any'],
  'GET /orders/:orderId/history': ['any', 'own', 'own', 'any'],
  'GET /fairs/:fairId/history': ['own', '-', '-', 'any'],
  'GET /fairs/:fairId/bookings/:bookingId/history': ['own', '-', 'own', 'any'],
  'GET /mous/:mouId/history': ['any', 'own', 'own', 'any'],
  'GET /producers/:producerId/products/:productId/history': ['any', '-', 'own', 'any'],
  'GET /admin/projections': ['-', '-', '-', 'any'],
  'GET /admin/projections/:name': ['-', '-', '-', 'any'],
  'POST /admin/projections/:name/rebuild': ['-', '-', '-', 'any'],
  'GET /admin/projections/rebuilds/:jobId': ['-', '-', '-', 'any'],
};

/** The gateway's own routes (not forwarded), the same way. */
const OWN_ROUTES: Record<string, [Reach, Reach, Reach, Reach]> = {
  'GET /auth/me': ['any', 'any', 'any', 'any'],
  'GET /users': ['-', '-', '-', 'any'],
  'POST /users': ['-', '-', '-', 'any'],
  'GET /users/:userId': ['-', '-', '-', 'any'],
  'PATCH /users/:userId': ['-', '-', '-', 'any'],
};

type Target = 'own' | 'other' | 'unknown';

describe('security: every route, every role, and the ways around them', () => {
  const jwtSecret = randomBytes(32).toString('hex');
  let system: RunningSystem;
  let admin: string;
  // Party A owns every resource below; B is the same role's other party.
  let officerA: Actor;
  let officerB: Actor;
  let producerA: ProducerActor;
  let producerB: ProducerActor;
  let buyerA: Actor & { distributorId: string };
  let buyerB: Actor & { distributorId: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    system = await RunningSystem.start({
      JWT_SECRET: jwtSecret,
      // The matrix sends a few hundred requests per user; the limits are tested on their own.
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '30',
      LOGIN_ACCOUNT_RATE_LIMIT_PER_MINUTE: '5',
    });
    admin = await system.loginAdmin();
    officerA = await officer(system, admin);
    officerB = await officer(system, admin);
    producerA = await certifiedProducer(system, admin, officerA);
    producerB = await certifiedProducer(system, admin, officerA);
    buyerA = await distributor(system, admin, officerA);
    buyerB = await distributor(system, admin, officerA);

    const api = system.api.bind(system);
    const fairId = await openFair(system, officerA);
    const booking = await eventually(
      'the booking to be accepted',
      () =>
        api('POST', `/fairs/${fairId}/bookings`, {
          token: producerA.token,
          body: {
            producerId: producerA.producerId,
            boothType: 'standard-3x3',
            productIds: [producerA.productId],
          },
        }),
      201,
    );
    expectStatus(
      await api('POST', `/fairs/${fairId}/attendees`, {
        token: buyerA.token,
        body: { distributorId: buyerA.distributorId },
      }),
      201,
    );
    const meeting = await eventually(
      'the meeting request to be accepted',
      () =>
        api('POST', `/fairs/${fairId}/meetings`, {
          token: buyerA.token,
          body: {
            producerId: producerA.producerId,
            distributorId: buyerA.distributorId,
            requestedBy: 'distributor',
            slots: [0, 1],
          },
        }),
      201,
    );
    const request = expectStatus(
      await api('POST', '/sourcing-requests', {
        token: buyerA.token,
        body: {
          distributorId: buyerA.distributorId,
          group: 'food',
          keywords: ['chè'],
          minStars: 3,
          quantity: 10,
          unit: 'kg',
          deliveryProvince: 'Hà Nội',
          deadline: inDays(30),
        },
      }),
      201,
    );
    const mou = expectStatus(
      await api('POST', '/mous', {
        token: buyerA.token,
        body: {
          ...mouDraft(buyerA.distributorId, producerA, fairId),
          obligations: [
            { kind: 'action', description: 'Trưng bày sản phẩm', dueDate: inDays(30).slice(0, 10) },
          ],
        },
      }),
      201,
    );
    const order = expectStatus(
      await api('POST', '/orders', {
        token: buyerA.token,
        body: {
          distributorId: buyerA.distributorId,
          producerId: producerA.producerId,
          lines: [{ productId: producerA.productId, quantity: 1, unitPriceVnd: 400_000 }],
        },
      }),
      202,
    );
    const projections = expectStatus(
      await api('GET', '/admin/projections', { token: admin }),
      200,
    ) as Array<{ _id: string }>;
    // One the matrix does not read through (a rebuild empties it for a while).
    const name = projections.map((projection) => projection._id).find((id) => !/fair/.test(id))!;
    const rebuild = expectStatus(
      await api('POST', `/admin/projections/${name}/rebuild`, { token: admin }),
      202,
    );
    Object.assign(ids, {
      fairId,
      bookingId: booking.bookingId,
      meetingId: meeting.meetingId,
      requestId: request.sourcingRequestId,
      mouId: mou.mouId,
      obligationId: 'o1',
      orderId: order.orderId,
      producerId: producerA.producerId,
      productId: producerA.productId,
      distributorId: buyerA.distributorId,
      name,
      jobId: rebuild.jobId,
      userId: officerA.userId,
    });
    // The read models the matrix reads exist before it reads them.
    await waitFor('the fair board to show the fair', async () => {
      const board = await api('GET', `/fairs/${fairId}/board`, { token: officerA.token });
      return board.status === 200;
    });
  }, 600_000);

  afterAll(() => system?.stop());

  /** The caller of a role for a target: party A for its own and unknown ids, B for A's. */
  const caller = (role: UserRole, target: Target): string => {
    const [a, b] = {
      officer: [officerA, officerB],
      producer: [producerA, producerB],
      distributor: [buyerA, buyerB],
      admin: [{ token: admin }, { token: admin }],
    }[role];
    return (target === 'other' ? b : a).token;
  };

  /** The request of a target: A's ids, or unknown ones; routes without ids vary their body or query. */
  function request(route: { method: string; path: string }, role: UserRole, target: Target) {
    const unknownIds: Record<string, string> = {
      obligationId: 'o99',
      name: 'no-such-projection',
      jobId: 'no-such-job',
    };
    const params = Object.fromEntries(
      [...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => [
        name,
        target === 'unknown' ? (unknownIds[name] ?? randomUUID()) : ids[name],
      ]),
    );
    let path = fillPath(route.path, params);
    const self = {
      officer: officerA.userId,
      producer: producerA.producerId,
      distributor: buyerA.distributorId,
      admin: '',
    }[role];
    const named = target === 'unknown' ? randomUUID() : self;
    if (route.path === '/mous' && route.method === 'GET') {
      path += `?partyType=${role}&partyId=${named}`;
    }
    // A party lists a fair's meetings only filtered to its own (officers and admins see them all).
    if (route.path === '/fairs/:fairId/meetings' && route.method === 'GET') {
      if (role === 'producer' || role === 'distributor') path += `?${role}Id=${named}`;
    }
    const body =
      route.method === 'GET'
        ? undefined
        : route.path === '/fairs' && route.method === 'POST'
          ? { organiserId: named }
          : {};
    return { path, params, body };
  }

  /** An unknown id: not found, a body refused before the lookup, or an unknown party's empty list. */
  const refusedOrEmpty = (answer: { status: number; body: unknown }) =>
    answer.status === 404 ||
    answer.status === 400 ||
    (answer.status === 200 &&
      Array.isArray((answer.body as { items?: unknown }).items) &&
      (answer.body as { items: unknown[] }).items.length === 0);

  function expectation(reach: Reach, target: Target, hasIds: boolean): string {
    if (reach === '-') return '403';
    if (target === 'own') return 'through';
    if (reach === 'own') return '404';
    if (target === 'other' || !hasIds) return 'through';
    return 'unknown';
  }

  it('has a row for every route of the gateway, and no row for a route that is gone', () => {
    const routes = GATEWAY_ROUTES.map((route) => `${route.method} ${route.path}`).sort();
    expect(Object.keys(FORWARDED).sort()).toEqual(routes);
  });

  const table = [
    ...Object.entries(FORWARDED).map(([key, reach]) => ({ key, reach, forwarded: true })),
    ...Object.entries(OWN_ROUTES).map(([key, reach]) => ({ key, reach, forwarded: false })),
  ];

  it.each(table)('$key answers each role as its row says', async ({ key, reach, forwarded }) => {
    const [method, routePath] = key.split(' ');
    const route = forwarded
      ? GATEWAY_ROUTES.find((candidate) => `${candidate.method} ${candidate.path}` === key)
      : undefined;
    const hasIds = routePath.includes(':') || routePath === '/mous' || key === 'POST /fairs';
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const [column, role] of ROLES.entries()) {
      const targets: Target[] = ['own', 'other', 'unknown'];
      for (const target of targets) {
        const { path, params, body } = request({ method, path: routePath }, role, target);
        const answer = await system.api(method, path, { token: caller(role, target), body });
        const want = expectation(reach[column], target, hasIds);
        const gatewayNotFound = route
          ? fillPath(route.notFound, params).replace(/%20/g, ' ')
          : undefined;
        const message = (answer.body as { message?: string[] } | undefined)?.message?.[0];
        let got: string;
        if (answer.status === 403) got = '403';
        else if (answer.status === 404 && (want === '404' || message === gatewayNotFound)) {
          got = want === 'unknown' ? 'unknown' : '404';
        } else if (want === 'unknown' && refusedOrEmpty(answer)) {
          got = 'unknown';
        } else if (answer.status >= 500 || answer.status === 401) got = String(answer.status);
        else got = 'through';
        seen.push(
          `${role}/${target}: ${got}${got === want ? '' : ` (${answer.status} ${message})`}`,
        );
        wanted.push(`${role}/${target}: ${want}`);
      }
    }
    expect(seen).toEqual(wanted);
  });

  describe('paths are matched as written', () => {
    it('answers another spelling of a route 404, never 500, and never as the route', async () => {
      for (const path of ['/API/v1/auth/me', '/api/V1/auth/me', '/api/v1/Auth/me']) {
        const answer = await fetch(`${system.gatewayUrl}${path}`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      }
      // (fetch resolves `.` segments itself: the route matcher's unit test has those.)
      for (const path of ['/Fairs', '/fairs/', '//fairs', `/fairs/${ids.fairId}/board/`]) {
        const answer = await system.api('GET', path, { token: officerA.token });
        expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      }
      const login = await fetch(`${system.gatewayUrl}/API/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(RunningSystem.ADMIN),
      });
      expect(login.status).toBe(404);
    });

    it('needs a token on every route but the public ones', async () => {
      expect((await system.api('GET', '/auth/me')).status).toBe(401);
      expect((await system.api('GET', '/no-such-route')).status).toBe(401);
      expect((await system.api('GET', '/status')).status).toBe(200);
      expect((await fetch(`${system.gatewayUrl}/health`)).status).toBe(200);
    });
  });

  describe('the status page', () => {
    it('tells anyone only up or down, and officers and admins each service', async () => {
      expect(expectStatus(await system.api('GET', '/status'), 200)).toEqual({ status: 'up' });
      expect(
        expectStatus(await system.api('GET', '/status', { token: producerA.token }), 200),
      ).toEqual({ status: 'up' });
      for (const token of [officerA.token, admin]) {
        const detailed = expectStatus(await system.api('GET', '/status', { token }), 200);
        expect(Object.keys(detailed.services as object).sort()).toEqual(
          [...BACKEND_SERVICES].sort(),
        );
      }
    });
  });

  describe('bodies are JSON only', () => {
    it('refuses a form-encoded or text login with 415 (no login CSRF)', async () => {
      const form = await system.api('POST', '/auth/login', {
        rawBody: `email=${encodeURIComponent(RunningSystem.ADMIN.email)}&password=${RunningSystem.ADMIN.password}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(415);
      expect(form.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
      const text = await system.api('POST', '/auth/login', {
        rawBody: JSON.stringify(RunningSystem.ADMIN),
        headers: { 'content-type': 'text/plain' },
      });
      expect(text.status).toBe(415);
      const command = await system.api('POST', '/producers', {
        token: officerA.token,
        rawBody: 'kind=cooperative',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(command.status).toBe(415);
    });
  });

  describe('a service answers only the gateway', () => {
    const aService = (name: (typeof BACKEND_SERVICES)[number]) => system.service(name).url;

    it.each([...BACKEND_SERVICES])(
      '%s refuses unsigned, forged, tampered and stale requests with 401',
      async (name) => {
        const url = `${aService(name)}/admin/projections`;
        const forged = { 'x-actor-role': 'admin', 'x-actor-id': 'operator' };
        const refusals = [
          await fetch(url),
          await fetch(url, { headers: forged }),
          await fetch(`${aService(name)}/no-such-route`),
          await signedFetch(url, { headers: forged }, { secret: randomBytes(32).toString('hex') }),
          await signedFetch(url, { headers: forged }, { timestampMs: Date.now() - 60_000 }),
          // Signed for one actor, sent with another.
          await fetch(url, {
            headers: {
              ...internalSignature('GET', '/admin/projections', { 'x-actor-role': 'producer' }),
              ...forged,
            },
          }),
          // Signed for one path, sent to another.
          await fetch(`${aService(name)}/diagnostics/probes`, {
            method: 'POST',
            headers: internalSignature('POST', '/diagnostics/probe', {}),
          }),
          // Signed with one idempotency key, sent with another (a replay that would run twice).
          await fetch(`${aService(name)}/diagnostics/probes`, {
            method: 'POST',
            headers: {
              ...internalSignature('POST', '/diagnostics/probes', {
                'x-idempotency-key': randomUUID(),
              }),
              'x-idempotency-key': randomUUID(),
            },
          }),
          // Signed for one body, sent with another.
          await fetch(`${aService(name)}/diagnostics/probes`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...internalSignature('POST', '/diagnostics/probes', {}, '{}'),
            },
            body: '{"x":1}',
          }),
        ];
        expect(refusals.map((answer) => answer.status)).toEqual(refusals.map(() => 401));
        expect(await refusals[0].json()).toEqual({
          statusCode: 401,
          error: 'Unauthorized',
          message: ['the request is not signed by the gateway'],
        });
        // What the refusals lacked is all that was wrong: the same call, signed, is answered.
        const signed = await signedFetch(`${aService(name)}/diagnostics/probes/${randomUUID()}`);
        expect(signed.status).toBe(404);
        expect((await fetch(`${aService(name)}/health`)).status).toBe(200);
        expect((await fetch(`${aService(name)}/metrics`)).status).toBe(200);
      },
    );
  });

  describe('tokens', () => {
    const jwt = new JwtService({ secret: jwtSecret });
    const claims = () => ({ sub: officerA.userId, role: 'admin', org: null, ver: 0 });

    it('refuses expired, tampered, unsigned (alg none) and foreign tokens', async () => {
      const expired = jwt.sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 60 });
      const [header, payload] = officerA.token.split('.');
      const asAdmin = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
          role: 'admin',
        }),
      ).toString('base64url');
      const tampered = `${header}.${asAdmin}.${officerA.token.split('.')[2]}`;
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`;
      const foreign = new JwtService({ secret: randomBytes(32).toString('hex') }).sign(claims());
      for (const [what, token] of Object.entries({ expired, tampered, none, foreign })) {
        const answer = await system.api('GET', '/users', { token });
        expect({ what, status: answer.status, body: answer.body }).toEqual({
          what,
          status: 401,
          body: {
            statusCode: 401,
            error: 'Unauthorized',
            message: ['the access token is invalid or expired'],
          },
        });
      }
      // The same claims, well signed, are honoured: the refusals were the forgeries'.
      expect((await system.api('GET', '/auth/me', { token: jwt.sign(claims()) })).status).toBe(200);
    });

    it("revokes a user's tokens when its password changes or it is deactivated", async () => {
      const changed = await system.user(admin, { role: 'officer' });
      expect((await system.api('GET', '/auth/me', { token: changed.token })).status).toBe(200);
      expectStatus(
        await system.api('PATCH', `/users/${changed.userId}`, {
          token: admin,
          body: { password: 'a-brand-new-password' },
        }),
        200,
      );
      const stale = await system.api('GET', '/auth/me', { token: changed.token });
      expect(stale.status).toBe(401);
      expect(stale.body.message).toEqual([
        'the access token was revoked (password changed or user deactivated); log in again',
      ]);
      const fresh = await system.login(changed.email, 'a-brand-new-password');
      expect((await system.api('GET', '/auth/me', { token: fresh })).status).toBe(200);

      const leaving = await system.user(admin, { role: 'officer' });
      expectStatus(
        await system.api('PATCH', `/users/${leaving.userId}`, {
          token: admin,
          body: { active: false },
        }),
        200,
      );
      expect((await system.api('GET', '/auth/me', { token: leaving.token })).status).toBe(401);
      expectStatus(
        await system.api('PATCH', `/users/${leaving.userId}`, {
          token: admin,
          body: { active: true },
        }),
        200,
      );
      // Back, but its old token stays void.
      expect((await system.api('GET', '/auth/me', { token: leaving.token })).status).toBe(401);
    });
  });

  // Last: they spend this client address's login budget for the minute.
  describe('login limits', () => {
    it('limits logins per account, however the path or the forwarded address is written', async () => {
      const target = await system.user(admin, { role: 'officer' });
      const statuses: number[] = [];
      // Five logins of the account this minute (system.user logged in once), each from another
      // address: the sixth is refused, even with the right password, spelled otherwise.
      for (let i = 0; i < 4; i++) {
        const answer = await system.api('POST', '/auth/login', {
          body: { email: target.email.toUpperCase(), password: `guess-${i}-guess` },
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401]);
      const right = { email: ` ${target.email} `, password: 'a-long-test-password' };
      const limited = await system.api('POST', '/auth/login', {
        body: right,
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
      expect(limited.status).toBe(429);
      // A trailing slash is no other door to the same handler.
      const slash = await fetch(`${system.gatewayUrl}/api/v1/auth/login/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(right),
      });
      expect(slash.status).not.toBe(200);
    }, 120_000);

    it('counts logins per client address whatever X-Forwarded-For says', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 35 && !statuses.includes(429); i++) {
        const answer = await system.api('POST', '/auth/login', {
          body: { email: `guess-${i}@test.ocop.vn`, password: 'guess-guess' },
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        });
        statuses.push(answer.status);
      }
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    }, 240_000);
  });
});
