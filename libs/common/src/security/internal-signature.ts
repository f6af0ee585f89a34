import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { IDEMPOTENCY_KEY_FORWARD_HEADER } from '../http/command-metadata';

/** The headers that carry the gateway's proof on each call to a service. */
export const INTERNAL_TIMESTAMP_HEADER = 'x-internal-timestamp';
export const INTERNAL_SIGNATURE_HEADER = 'x-internal-signature';

/** Who the gateway says the request is for; the services read these only from a signed request. */
export const ACTOR_HEADERS = ['x-actor-id', 'x-actor-role', 'x-actor-user'] as const;

/**
 * The headers the signature covers: the actor's, and the command's idempotency key, so a captured
 * request replayed inside the signature's window carries the same key and runs its command once.
 */
export const SIGNED_HEADERS = [...ACTOR_HEADERS, IDEMPOTENCY_KEY_FORWARD_HEADER] as const;
export type SignedHeader = (typeof SIGNED_HEADERS)[number];

/** A signed request older (or further in the future) than this is refused: a captured one soon expires. */
export const INTERNAL_SIGNATURE_MAX_AGE_MS = 30_000;

const VERSION = 'v2';

export interface SignedParts {
  method: string;
  /** The request target as sent on the wire: path and query string, e.g. `/orders/42?x=1`. */
  target: string;
  /** The signed headers' values, absent ones as undefined. */
  headers: Partial<Record<SignedHeader, string>>;
  /** The body's bytes exactly as sent (empty when there is none). */
  body: string | Buffer | undefined;
  timestampMs: number;
}

function canonical(parts: SignedParts): string {
  const bodyDigest = createHash('sha256')
    .update(parts.body ?? '')
    .digest('hex');
  return [
    VERSION,
    parts.method.toUpperCase(),
    parts.target,
    ...SIGNED_HEADERS.map((name) => parts.headers[name] ?? ''),
    String(parts.timestampMs),
    bodyDigest,
  ].join('\n');
}

function mac(secret: string, parts: SignedParts): string {
  return createHmac('sha256', secret).update(canonical(parts)).digest('hex');
}

/**
 * The gateway's proof for one call: an HMAC-SHA256 (INTERNAL_SECRET) over the method, the path and
 * query, the actor headers and idempotency key, the time and the body's digest. Answers the headers to add.
 */
export function signInternalRequest(secret: string, parts: SignedParts): Record<string, string> {
  return {
    [INTERNAL_TIMESTAMP_HEADER]: String(parts.timestampMs),
    [INTERNAL_SIGNATURE_HEADER]: `${VERSION}=${mac(secret, parts)}`,
  };
}

/**
 * Why a request's proof does not hold, or null when it does: a missing or malformed signature, a
 * time outside INTERNAL_SIGNATURE_MAX_AGE_MS of `nowMs`, or a signature over anything else.
 */
export function internalSignatureProblem(
  secret: string,
  parts: Omit<SignedParts, 'timestampMs'>,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  nowMs: number,
): string | null {
  if (!timestampHeader || !signatureHeader) return 'the request is not signed by the gateway';
  if (!/^\d{1,16}$/.test(timestampHeader)) return 'the request signature is malformed';
  const timestampMs = Number(timestampHeader);
  if (Math.abs(nowMs - timestampMs) > INTERNAL_SIGNATURE_MAX_AGE_MS) {
    return 'the request signature has expired';
  }
  const expected = Buffer.from(`${VERSION}=${mac(secret, { ...parts, timestampMs })}`);
  const given = Buffer.from(signatureHeader);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'the request signature is not valid';
  }
  return null;
}
