import type { INestApplication, Type } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import {
  targetConstructorToSchema,
  validationMetadatasToSchemas,
} from 'class-validator-jsonschema';
import { GatewayRoute, UUID_PATH_PARAMETER } from '../forwarding/gateway-route';
import { PUBLIC_PREFIX } from '../forwarding/forwarding.controller';
import { describeIdempotencyKey } from './idempotency-openapi';
import { queryParameters } from './api-query-from.decorator';
import { ERROR_DESCRIPTIONS, ErrorResponse } from '@ocop/contracts/responses';
import { MAP_VALUE_CLASSES } from '@ocop/contracts/responses';
import { pageOf } from '@ocop/contracts/responses';

const REF_PREFIX = '#/components/schemas/';
type Schema = Record<string, unknown>;
type Schemas = Record<string, Schema>;

const ref = (name: string) => ({ $ref: `${REF_PREFIX}${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });

/* ---------- request schemas: read from the DTOs' class-validator rules ---------- */

const jsonSchemaOptions = {
  classTransformerMetadataStorage: defaultMetadataStorage,
  refPointerPrefix: REF_PREFIX,
};

/**
 * Every DTO's JSON schema. A body class that only extends another (`RegisterProducerDto extends
 * ProducerRegistered {}`) has no metadata of its own, so the library's bulk pass skips it: each
 * route's body is converted by itself, under its own name.
 */
function requestSchemas(routes: GatewayRoute[]): Schemas {
  const schemas = validationMetadatasToSchemas(jsonSchemaOptions) as Schemas;
  for (const body of new Set(routes.flatMap((route) => (route.body ? [route.body] : [])))) {
    schemas[body.name] = targetConstructorToSchema(body, jsonSchemaOptions) as Schema;
  }
  return schemas;
}

/** JSON Schema's numeric `exclusiveMinimum: 0` (3.1) as OpenAPI 3.0 says it. */
function asOpenApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asOpenApi30);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = asOpenApi30(value);
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] === 'number') {
      out[bound] = out[exclusive];
      out[exclusive] = true;
    }
  }
  return out;
}

/** A body whose fields are all optional may be left out: the gateway reads it as `{}`. */
function requestBody(body: Type<object>) {
  const required = (targetConstructorToSchema(body, jsonSchemaOptions).required ?? []).length > 0;
  return { required, content: json(ref(body.name)) };
}

function pathParameters(route: GatewayRoute) {
  return [...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
    name,
    in: 'path' as const,
    required: true,
    schema: UUID_PATH_PARAMETER.test(name)
      ? { type: 'string', format: 'uuid' }
      : { type: 'string' },
  }));
}

/* ---------- responses: the route's response class, and every error it can answer ---------- */

function successResponse(route: GatewayRoute) {
  const status = route.accepted ? 202 : (route.status ?? 200);
  if (status === 204) return { '204': { description: 'Done; nothing to answer' } };
  if (route.download) {
    return { [status]: { description: 'The file, as an attachment', content: DOWNLOAD_CONTENT } };
  }
  // Without its response class the operation has no answer schema, which the document's test finds.
  if (!route.response) return { [status]: { description: 'Done' } };
  const schema =
    route.list === 'array'
      ? { type: 'array', items: ref(route.response.name) }
      : ref((route.list === 'page' ? pageOf(route.response) : route.response).name);
  const description = route.accepted
    ? 'Accepted: poll the Location'
    : route.list
      ? `One page of ${route.response.name} items`
      : status === 201
        ? 'Created'
        : 'Done';
  return { [status]: { description, content: json(schema) } };
}

const DOWNLOAD_CONTENT = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: { type: 'string', format: 'binary' },
  },
  'text/csv': { schema: { type: 'string', format: 'binary' } },
};

function errorResponses(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status], content: json(ref(ErrorResponse.name)) },
    ]),
  );
}

function routeErrors(route: GatewayRoute): number[] {
  const command = route.method !== 'GET';
  return [
    400,
    401,
    403,
    404,
    ...(command ? [409, 422] : []),
    ...(route.body ? [413] : []),
    429,
    503,
  ];
}

function operation(route: GatewayRoute) {
  const roles = Object.keys(route.access).join(', ');
  return {
    tags: [route.tag],
    summary: route.summary,
    description: `Roles: ${roles}. Forwarded to the ${route.service} service.`,
    security: [{ bearer: [] }],
    parameters: [...pathParameters(route), ...(route.query ? queryParameters(route.query) : [])],
    ...(route.body ? { requestBody: requestBody(route.body) } : {}),
    responses: { ...successResponse(route), ...errorResponses(routeErrors(route)) },
  };
}

/* ---------- the document ---------- */

function responseClasses(routes: GatewayRoute[]): Type<object>[] {
  const classes = new Set<Type<object>>([ErrorResponse, ...MAP_VALUE_CLASSES]);
  for (const route of routes) {
    if (route.response) {
      classes.add(route.list === 'page' ? pageOf(route.response) : route.response);
    }
  }
  return [...classes];
}

/** Only the schemas the operations use, directly or through other schemas. */
function reachableSchemas(paths: unknown, pool: Schemas): Schemas {
  const reached: Schemas = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        const name = value.slice(REF_PREFIX.length);
        if (reached[name] || !pool[name]) continue;
        reached[name] = pool[name];
        visit(pool[name]);
      } else visit(value);
    }
  };
  visit(paths);
  return reached;
}

/** Two classes of one name would silently replace each other's schema. */
function merged(nest: Schemas, requests: Schemas): Schemas {
  for (const name of Object.keys(requests)) {
    if (Object.keys(nest[name]?.properties ?? {}).length > 0) {
      throw new Error(`two schemas named ${name}: a response class and a request DTO`);
    }
  }
  return { ...nest, ...requests };
}

/**
 * The gateway's OpenAPI 3.0 document: its own controllers (auth, users, status) as Nest sees them,
 * and every forwarded route of the route table, with bodies and query strings from the services'
 * DTOs and answers from the route's response class.
 */
export function openApiDocument(app: INestApplication, routes: GatewayRoute[]): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('OCOP Trade Hub API')
    .setDescription(
      "One public API for Vietnam's OCOP producers, retail chains and e-commerce platforms, trade promotion officers and administrators. " +
        'Log in with POST /api/v1/auth/login and send the accessToken as a bearer token. Every list takes page and limit.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: responseClasses(routes),
  });
  // /health and /metrics are the operators', outside the public API.
  for (const path of Object.keys(document.paths)) {
    if (!path.startsWith(PUBLIC_PREFIX)) delete document.paths[path];
  }
  for (const route of routes) {
    const path = (PUBLIC_PREFIX + route.path).replace(/:([A-Za-z]+)/g, '{$1}');
    const item = (document.paths[path] ??= {}) as Record<string, unknown>;
    item[route.method.toLowerCase()] = operation(route);
  }
  document.paths = asOpenApi30(document.paths) as OpenAPIObject['paths'];
  const requests = reachableSchemas(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, { requestBody?: unknown }>).map((op) => op.requestBody),
    ),
    requestSchemas(routes),
  );
  const pool = asOpenApi30(
    merged((document.components?.schemas ?? {}) as Schemas, requests),
  ) as Schemas;
  document.components = {
    ...document.components,
    schemas: reachableSchemas(document.paths, pool),
  };
  return describeIdempotencyKey(document);
}
