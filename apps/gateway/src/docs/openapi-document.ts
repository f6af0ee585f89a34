import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import {
  targetConstructorToSchema,
  validationMetadatasToSchemas,
} from 'class-validator-jsonschema';
import type { GatewayRoute } from '../forwarding/gateway-route';
import { PUBLIC_PREFIX } from '../forwarding/forwarding.controller';
import { describeIdempotencyKey } from './idempotency-openapi';

const REF_PREFIX = '#/components/schemas/';

/** Every DTO's JSON schema, read from its class-validator and class-transformer decorators. */
function dtoSchemas() {
  return validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: REF_PREFIX,
  });
}

function queryParameters(route: GatewayRoute) {
  if (!route.query) return [];
  const schema = targetConstructorToSchema(route.query, {
    classTransformerMetadataStorage: defaultMetadataStorage,
  });
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: required.has(name),
    schema: property,
  }));
}

function operation(route: GatewayRoute) {
  const pathParams = [...route.path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
    name,
    in: 'path' as const,
    required: true,
    schema: { type: 'string' },
  }));
  const roles = Object.keys(route.access).join(', ');
  const success = route.accepted ? '202' : route.method === 'POST' && route.body ? '201' : '200';
  return {
    tags: [route.tag],
    summary: route.summary,
    description: `Roles: ${roles}. Forwarded to the ${route.service} service.`,
    security: [{ bearer: [] }],
    parameters: [...pathParams, ...queryParameters(route)],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: `${REF_PREFIX}${route.body.name}` } },
            },
          },
        }
      : {}),
    responses: {
      [success]: route.download
        ? { description: 'The file, as an attachment', content: downloadContent }
        : { description: route.accepted ? 'Accepted: poll the Location' : 'Done' },
      '400': { description: 'Malformed input: each wrong field named', content: errorContent },
      '401': { description: 'No valid access token' },
      '403': { description: 'The role may not do this' },
      '404': { description: "Not found, or another party's" },
      '409': { description: 'Conflicts with the current state' },
      '422': { description: 'Breaks a business rule' },
      '429': { description: 'Too many requests' },
    },
  };
}

const downloadContent = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: { type: 'string', format: 'binary' },
  },
  'text/csv': { schema: { type: 'string', format: 'binary' } },
};

const errorContent = {
  'application/json': { schema: { $ref: `${REF_PREFIX}ErrorResponse` } },
};

/**
 * The gateway's OpenAPI document: its own controllers (auth, users, status) as Nest sees them, and
 * every forwarded route of the route table, with bodies and query strings from the services' DTOs.
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
  const document = SwaggerModule.createDocument(app, config);
  for (const route of routes) {
    const path = (PUBLIC_PREFIX + route.path).replace(/:([A-Za-z]+)/g, '{$1}');
    const item = (document.paths[path] ??= {}) as Record<string, unknown>;
    item[route.method.toLowerCase()] = operation(route);
  }
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ...(dtoSchemas() as NonNullable<OpenAPIObject['components']>['schemas']),
      ErrorResponse: {
        type: 'object',
        properties: {
          statusCode: { type: 'integer' },
          error: { type: 'string' },
          message: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  };
  return describeIdempotencyKey(document);
}
