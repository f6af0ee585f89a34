import SwaggerParser from '@apidevtools/swagger-parser';
import { RunningSystem } from '@ocop/testing';
import { producerRegistration } from './journeys';
import type { OpenAPIV3 } from 'openapi-types';

type Operation = OpenAPIV3.OperationObject;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function operations(document: OpenAPIV3.Document): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item?.[method];
      return operation
        ? [[`${method.toUpperCase()} ${path}`, operation] as [string, Operation]]
        : [];
    }),
  );
}

function refs(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => refs(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.add(value);
      else refs(value, found);
    }
  }
  return found;
}

/** The gateway's /docs-json, as a client generator or a fuzzer reads it, and the gateway holding to it. */
describe('the OpenAPI document', () => {
  let system: RunningSystem;
  let document: OpenAPIV3.Document;
  let admin: string;

  beforeAll(async () => {
    system = await RunningSystem.start();
    const response = await fetch(`${system.gatewayUrl}/docs-json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as OpenAPIV3.Document;
    admin = await system.loginAdmin();
  }, 240_000);

  afterAll(() => system?.stop());

  // First, while the login's connection is fresh: validating the document below keeps this
  // process busy long enough for the gateway to close an idle keep-alive socket unnoticed.
  it('answers 400 naming a malformed or unknown query parameter, before the service', async () => {
    const days = await system.api('GET', '/programme/expiring-certificates?days=abc', {
      token: admin,
    });
    expect(days.status).toBe(400);
    expect(JSON.stringify(days.body)).toContain('days');

    const unknown = await system.api('GET', '/fairs?colour=red', { token: admin });
    expect(unknown).toMatchObject({
      status: 400,
      body: { statusCode: 400, message: ['property colour should not exist'] },
    });
    const none = await system.api('GET', '/programme/figures?days=3', { token: admin });
    expect(none.status).toBe(400);

    const fine = await system.api('GET', '/programme/expiring-certificates?days=30&limit=5', {
      token: admin,
    });
    expect(fine).toMatchObject({ status: 200, body: { limit: 5 } });
  });

  it('answers 400 for a user update that breaks its schema', async () => {
    const someone = await system.user(admin, { role: 'officer' });
    const wrong = await system.api('PATCH', `/users/${someone.userId}`, {
      token: admin,
      body: { active: 'maybe', password: 'short' },
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('active');
  });

  // An optional field may be left out, never sent as null: null would be stored and answered where
  // the document promises a boolean, a string or an object (schemathesis found both).
  it('answers 400 for null in an optional field, and the record keeps its value', async () => {
    const someone = await system.user(admin, { role: 'officer' });
    const nullActive = await system.api('PATCH', `/users/${someone.userId}`, {
      token: admin,
      body: { active: null },
    });
    expect(nullActive.status).toBe(400);
    expect(JSON.stringify(nullActive.body)).toContain('active');
    const users = await system.api('GET', `/users?role=officer&limit=100`, { token: admin });
    const kept = (users.body as { items: { userId: string; active: unknown }[] }).items.find(
      (user) => user.userId === someone.userId,
    );
    expect(kept?.active).toBe(true);

    const registered = await system.api('POST', '/producers', {
      token: someone.token,
      body: producerRegistration(),
    });
    expect(registered.status).toBe(201);
    const producerId = (registered.body as { producerId: string }).producerId;
    for (const body of [{ contact: null }, { craftVillage: null }]) {
      const answer = await system.api('PATCH', `/producers/${producerId}`, {
        token: someone.token,
        body,
      });
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    }
  });

  /** An answer's schema: JSON, or a file's (the exports answer XLSX or CSV). */
  const answerSchema = (response: OpenAPIV3.ResponseObject) =>
    response.content?.['application/json']?.schema ??
    response.content?.['text/csv']?.schema ??
    response.content?.['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']?.schema;

  it('is valid OpenAPI 3.0 (checked by swagger-parser), every $ref resolving', async () => {
    expect(document.openapi).toMatch(/^3\.0\./);
    // validate() dereferences a copy: an unresolved $ref or a schema breaking 3.0 throws.
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
    // Each $ref names a component of its kind: a schema, or a parameter (the Idempotency-Key).
    const components = (document.components ?? {}) as Record<string, Record<string, unknown>>;
    const missing = [...refs(document)].filter((ref) => {
      const [kind, name] = ref.replace('#/components/', '').split('/');
      return !components[kind]?.[name];
    });
    expect(missing).toEqual([]);
  });

  it("documents each operation's success answer with a schema (or 204), lists as named pages", () => {
    const all = operations(document);
    expect(all.length).toBeGreaterThan(80);
    const withoutAnswer = all
      .filter(([, operation]) =>
        Object.entries(operation.responses).every(
          ([status, response]) =>
            !/^2\d\d$/.test(status) ||
            (status !== '204' && !answerSchema(response as OpenAPIV3.ResponseObject)),
        ),
      )
      .map(([name]) => name);
    expect(withoutAnswer).toEqual([]);

    const fairs = document.paths['/api/v1/fairs']!.get!.responses[
      '200'
    ] as OpenAPIV3.ResponseObject;
    expect(fairs.content!['application/json'].schema).toEqual({
      $ref: '#/components/schemas/FairPage',
    });
    const page = document.components!.schemas!.FairPage as OpenAPIV3.SchemaObject;
    expect(page.required).toEqual(expect.arrayContaining(['items', 'page', 'limit', 'total']));
    expect(page.properties!.items).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Fair' },
    });
  });

  it('documents the errors each operation answers with the ErrorResponse schema', () => {
    const error = { $ref: '#/components/schemas/ErrorResponse' };
    for (const [name, operation] of operations(document)) {
      const statuses = Object.keys(operation.responses).filter((status) => status >= '400');
      expect([name, statuses]).toEqual([name, expect.arrayContaining(['429'])]);
      if (name !== 'POST /api/v1/auth/login' && name !== 'GET /api/v1/status') {
        expect([name, statuses]).toEqual([name, expect.arrayContaining(['401'])]);
      }
      for (const status of statuses) {
        const response = operation.responses[status] as OpenAPIV3.ResponseObject;
        expect([name, status, response.content?.['application/json']?.schema]).toEqual([
          name,
          status,
          error,
        ]);
      }
    }
  });

  it('documents the bodies and query strings the gateway validates', () => {
    const orders = document.paths['/api/v1/orders']!.post!;
    expect(orders.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/PlaceOrderDto' } } },
    });
    for (const name of ['RegisterProducerDto', 'UpdateProducerDto', 'ChangeCapacityDto']) {
      expect(document.components!.schemas![name]).toMatchObject({ type: 'object' });
    }
    const expiring = document.paths['/api/v1/programme/expiring-certificates']!.get!;
    const days = (expiring.parameters as OpenAPIV3.ParameterObject[]).find(
      (parameter) => parameter.name === 'days',
    );
    expect(days).toMatchObject({ in: 'query', required: false, schema: { type: 'integer' } });
  });
});
