import { createHash, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

/** A first answer is replayed for this long (the draft leaves it to the server; a day is common). */
export const ANSWER_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a claim holds while its request runs: longer than any request takes, short enough that
 * a gateway that died mid-request blocks its key only briefly (the service still runs the command
 * at most once, see the command log of @ocop/event-sourcing).
 */
export const CLAIM_TTL_MS = 60_000;

/** The answer kept for a key: enough to send the same response again. */
export interface StoredAnswer {
  status: number;
  contentType?: string;
  location?: string;
  body: string;
}

type KeyRecord =
  | { state: 'running'; fingerprint: string; token: string }
  | ({ state: 'done'; fingerprint: string } & StoredAnswer);

export type ClaimOutcome =
  | { kind: 'claimed'; token: string }
  | { kind: 'running' }
  | { kind: 'mismatch' }
  | { kind: 'done'; answer: StoredAnswer };

// Replace the claim only while it is still this request's (it may have run out and been retaken).
const COMPLETE = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).token == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
`;
const RELEASE = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).token == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`;

/**
 * Idempotency keys in Redis, shared by every gateway replica and kept across restarts: a request
 * claims its key (SET NX, with the request's fingerprint); its answer then replaces the claim for
 * ANSWER_TTL_MS, or the claim is released so a retry runs the command.
 */
export class IdempotencyStore {
  /** `namespace` keeps deployments (and test runs) that share a Redis apart. */
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}

  async claim(userId: string, key: string, fingerprint: string): Promise<ClaimOutcome> {
    const token = randomUUID();
    const running: KeyRecord = { state: 'running', fingerprint, token };
    const redisKey = this.redisKey(userId, key);
    const set = await this.redis.set(redisKey, JSON.stringify(running), 'PX', CLAIM_TTL_MS, 'NX');
    if (set === 'OK') return { kind: 'claimed', token };
    const text = await this.redis.get(redisKey);
    // Released or run out between the two calls: the caller may simply try again.
    if (text === null) return { kind: 'running' };
    const found = JSON.parse(text) as KeyRecord;
    if (found.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (found.state === 'running') return { kind: 'running' };
    const { status, contentType, location, body } = found;
    return { kind: 'done', answer: { status, contentType, location, body } };
  }

  async complete(
    userId: string,
    key: string,
    token: string,
    fingerprint: string,
    answer: StoredAnswer,
  ): Promise<void> {
    const record: KeyRecord = { state: 'done', fingerprint, ...answer };
    await this.redis.eval(
      COMPLETE,
      1,
      this.redisKey(userId, key),
      token,
      JSON.stringify(record),
      ANSWER_TTL_MS,
    );
  }

  async release(userId: string, key: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.redisKey(userId, key), token);
  }

  /** Hashed: keys are the clients' text, and a user id plus 255 characters makes a long key. */
  private redisKey(userId: string, key: string): string {
    const digest = createHash('sha256').update(`${userId}\n${key}`).digest('hex');
    return `idempotency:${this.namespace}:${digest}`;
  }
}
