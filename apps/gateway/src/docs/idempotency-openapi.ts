import type { OpenAPIObject } from '@nestjs/swagger';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  MAX_KEY_LENGTH,
} from '../idempotency/idempotency-key';

const COMMAND_METHODS = ['post', 'put', 'patch', 'delete'] as const;
/** Login is no command: the key is not read there. */
const NOT_COMMANDS = new Set(['/api/v1/auth/login']);

const PARAMETER = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header' as const,
  required: false,
  description:
    'One key per command (a UUID is best; 1 to 255 printable ASCII characters). Sent again with the same request, ' +
    'the first answer comes back (Idempotent-Replayed: true) for 24 hours without running the command twice. ' +
    'Retry a 503, a 504 or a timeout with the same key, after Retry-After. The same key with another request answers 422; ' +
    'while the first request with the key still runs, 409 with Retry-After. Keys are per user.',
  schema: { type: 'string', minLength: 1, maxLength: MAX_KEY_LENGTH, pattern: '^[\\x20-\\x7E]+$' },
};

const REF = { $ref: '#/components/parameters/IdempotencyKey' };

type Answer = { description?: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = {
  parameters?: unknown[];
  responses?: Record<string, Answer>;
};

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } },
};

/**
 * The Idempotency-Key header on every command operation of the document (the forwarded routes and
 * the gateway's own), as one reusable parameter, with the answers it adds.
 */
export function describeIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (NOT_COMMANDS.has(path)) continue;
    for (const method of COMMAND_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      operation.parameters = [...(operation.parameters ?? []), REF];
      const responses = (operation.responses ??= {});
      for (const [status, answer] of Object.entries(responses)) {
        if (status.startsWith('2')) {
          answer.headers = {
            ...answer.headers,
            [IDEMPOTENT_REPLAYED_HEADER]: {
              description:
                'true when this is the first answer to the same Idempotency-Key, replayed',
              schema: { type: 'string', enum: ['true'] },
            },
          };
        }
      }
      responses['409'] = {
        content: ERROR_CONTENT,
        description: `${responses['409']?.description ?? 'Conflicts with the current state'}; or a request with this ${IDEMPOTENCY_KEY_HEADER} is still running (retry after Retry-After)`,
      };
      responses['422'] = {
        content: ERROR_CONTENT,
        description: `${responses['422']?.description ?? 'Breaks a business rule'}; or this ${IDEMPOTENCY_KEY_HEADER} was used for another request`,
      };
      responses['503'] = {
        content: ERROR_CONTENT,
        description: `Unavailable for now (a service or its database): retry with the same ${IDEMPOTENCY_KEY_HEADER} after Retry-After`,
        headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds' } },
      };
    }
  }
  document.components = {
    ...document.components,
    parameters: { ...document.components?.parameters, IdempotencyKey: PARAMETER },
  };
  return document;
}
