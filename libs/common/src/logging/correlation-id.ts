import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_ID_HEADER = 'x-correlation-id';
/** The Kafka header that carries the correlation id from the command to every event it causes. */
export const CORRELATION_ID_KAFKA_HEADER = 'correlation-id';

const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Takes the caller's correlation id when it looks like one (so a request can be followed across
 * services) and makes a new one otherwise; the response carries it back either way.
 */
export function correlationIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[CORRELATION_ID_HEADER];
  const candidate = Array.isArray(given) ? given[0] : given;
  const id = candidate && ACCEPTABLE.test(candidate) ? candidate : randomUUID();
  res.setHeader(CORRELATION_ID_HEADER, id);
  return id;
}

export function correlationIdFromKafkaHeaders(
  headers: Record<string, unknown> | undefined,
): string | undefined {
  const value = headers?.[CORRELATION_ID_KAFKA_HEADER];
  if (value === undefined || value === null) return undefined;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return typeof value === 'string' ? value : undefined;
}

/** The id pino-http gave the request (see correlationIdFor). */
export function requestCorrelationId(req: { id?: unknown }): string | undefined {
  return typeof req.id === 'string' ? req.id : undefined;
}
