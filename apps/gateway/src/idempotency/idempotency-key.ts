import { createHash } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

/** The request header of the IETF httpapi draft "The Idempotency-Key HTTP Header Field". */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer that was replayed from the first request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_KEY_LENGTH = 255;

/** The namespace of the command ids derived from (caller, key): fixed, so every replica agrees. */
const COMMAND_ID_NAMESPACE = '2f4b8a5e-6c1d-5e0f-9a3b-7d2c1e4f6a80';

export const INVALID_KEY_MESSAGE = `${IDEMPOTENCY_KEY_HEADER} must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters (a UUID is best)`;

/**
 * The key from the header: 1 to 255 printable ASCII characters, else null. The draft makes the
 * field a structured-field string ("..."); a bare token is taken as well, since most clients send one.
 */
export function parseIdempotencyKey(header: string): string | null {
  const quoted = /^"(.*)"$/.exec(header.trim());
  const key = quoted ? quoted[1].replace(/\\(["\\])/g, '$1') : header.trim();
  const valid = key.length > 0 && key.length <= MAX_KEY_LENGTH && /^[\x20-\x7e]+$/.test(key);
  return valid ? key : null;
}

/** JSON with every object's keys sorted, so the same body in another key order is the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a key stands for: the method, the path with its query and the body. A request that reuses
 * a key for anything else is refused (422), never answered with another request's outcome.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  const emptyBody =
    body === undefined ||
    (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${url}\n${emptyBody ? '' : canonicalJson(body)}`)
    .digest('hex');
}

/**
 * The key as the caller's own: two callers' equal keys never meet, in the gateway's store nor as
 * the command id the service stores with the command's events.
 */
export function scopedCommandId(userId: string, key: string): string {
  return uuidV5(`${userId}\n${key}`, COMMAND_ID_NAMESPACE);
}
