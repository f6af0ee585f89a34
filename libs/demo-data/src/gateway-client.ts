import { randomUUID } from 'node:crypto';

export interface GatewayAnswer {
  status: number;
  body: unknown;
}

const RETRYABLE = new Set([429, 502, 503, 504]);
const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A small client of the public API for scripts: JSON in and out, bounded retries on overload and
 * timeouts. Each command carries one Idempotency-Key, the same on every retry, so a retry after a
 * lost answer never runs the command twice; a 409 with Retry-After (its first try still running)
 * is retried too. Retry-After is honoured.
 */
export class GatewayClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  as(token: string): GatewayClient {
    return new GatewayClient(this.baseUrl, token);
  }

  async call(method: string, path: string, body?: unknown, attempts = 6): Promise<GatewayAnswer> {
    // Login is no command: it has no caller to keep a key for.
    const key = COMMAND_METHODS.has(method) && this.token ? randomUUID() : undefined;
    for (let attempt = 1; ; attempt++) {
      let answer: GatewayAnswer;
      let retryAfterMs: number | undefined;
      try {
        const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        const retryAfter = Number(response.headers.get('retry-after'));
        if (retryAfter > 0) retryAfterMs = retryAfter * 1000;
        answer = {
          status: response.status,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
      } catch (error) {
        if (attempt >= attempts) throw error;
        answer = { status: 503, body: String(error) };
      }
      const keyInUse = answer.status === 409 && key !== undefined && retryAfterMs !== undefined;
      if ((!RETRYABLE.has(answer.status) && !keyInUse) || attempt >= attempts) return answer;
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs ?? 250 * 2 ** attempt));
    }
  }

  /** The answer's body when it has `status`, else an error naming the call and the answer. */
  async expect(status: number | number[], method: string, path: string, body?: unknown) {
    const answer = await this.call(method, path, body);
    const wanted = Array.isArray(status) ? status : [status];
    if (!wanted.includes(answer.status)) {
      throw new Error(
        `${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`,
      );
    }
    return answer.body as Record<string, unknown> & Record<string, never>;
  }

  async login(email: string, password: string): Promise<string | undefined> {
    const answer = await this.call('POST', '/auth/login', { email, password });
    return answer.status === 200 ? (answer.body as { accessToken: string }).accessToken : undefined;
  }
}
