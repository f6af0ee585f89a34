import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CommonSettings, IDEMPOTENCY_KEY_FORWARD_HEADER, REDIS } from '@ocop/common';
import type { NextFunction, Request, Response } from 'express';
import type Redis from 'ioredis';
import { STATUS_CODES } from 'node:http';
import { AccessTokens } from '../auth/access-tokens';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  INVALID_KEY_MESSAGE,
  parseIdempotencyKey,
  requestFingerprint,
  scopedCommandId,
} from './idempotency-key';
import { IdempotencyStore, StoredAnswer } from './idempotency.store';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Logging in is no command: it changes nothing a retry could double, and has no caller yet. */
const LOGIN_PATH = '/api/v1/auth/login';
/**
 * Answers that are not kept, so a retry with the key runs the command: failures worth retrying
 * (5xx, 408 timeout, 409 conflict or key in use, 429 rate limit) and 401 (log in again, retry).
 */
const RETRYABLE = new Set([401, 408, 409, 429]);

type KeyedRequest = Request & { commandId?: string };

/**
 * The header that carries the caller-scoped key to the service that runs the command: it becomes
 * the command's id there, stored with its events, so a retry the gateway could not answer from
 * its store still runs the command once. Empty for a request without a key.
 */
export function forwardedKeyHeaders(req: Request): Record<string, string> {
  const commandId = (req as KeyedRequest).commandId;
  return commandId ? { [IDEMPOTENCY_KEY_FORWARD_HEADER]: commandId } : {};
}

/**
 * Idempotency-Key on every command of /api/v1 (POST, PUT, PATCH, DELETE): the first request with
 * a key runs; a later one with the same key, caller and request gets the first answer again
 * (marked Idempotent-Replayed) for a day, a different request with the key 422, and a request
 * while the first still runs 409 with Retry-After. A middleware, not an interceptor, because it
 * must keep and replay whole answers, whichever controller or error filter wrote them.
 */
@Injectable()
export class IdempotencyMiddleware implements NestMiddleware {
  private readonly logger = new Logger(IdempotencyMiddleware.name);
  private readonly store: IdempotencyStore;

  constructor(
    @Inject(REDIS) redis: Redis,
    config: ConfigService<CommonSettings, true>,
    private readonly tokens: AccessTokens,
  ) {
    this.store = new IdempotencyStore(redis, config.get('MONGO_DB', { infer: true }));
  }

  async use(req: KeyedRequest, res: Response, next: NextFunction): Promise<void> {
    const header = req.header(IDEMPOTENCY_KEY_HEADER);
    const path = req.originalUrl.split('?')[0];
    if (header === undefined || !COMMAND_METHODS.has(req.method) || path === LOGIN_PATH) {
      return next();
    }
    const key = parseIdempotencyKey(header);
    if (key === null) return refuse(res, 400, INVALID_KEY_MESSAGE);
    // The guard checks the token fully (and answers 401); here it only names the caller.
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    const holder =
      scheme?.toLowerCase() === 'bearer' && token ? await this.tokens.read(token) : null;
    if (!holder) return next();
    const { caller } = holder;

    const fingerprint = requestFingerprint(req.method, req.originalUrl, req.body);
    let claim;
    try {
      claim = await this.store.claim(caller.userId, key, fingerprint);
    } catch (error) {
      this.logger.warn({ err: error }, 'idempotency store unavailable');
      res.setHeader('Retry-After', '1');
      return refuse(res, 503, 'the idempotency key store is unavailable; retry with the same key');
    }
    switch (claim.kind) {
      case 'mismatch':
        return refuse(
          res,
          422,
          `this ${IDEMPOTENCY_KEY_HEADER} was used for another request; use a new key for a new request`,
        );
      case 'running':
        res.setHeader('Retry-After', '1');
        return refuse(
          res,
          409,
          `a request with this ${IDEMPOTENCY_KEY_HEADER} is still in progress; retry later`,
        );
      case 'done':
        return replay(res, claim.answer);
    }
    req.commandId = scopedCommandId(caller.userId, key);
    this.keepAnswer(res, (answer) =>
      answer.status < 500 && !RETRYABLE.has(answer.status)
        ? this.store.complete(caller.userId, key, claim.token, fingerprint, answer)
        : this.store.release(caller.userId, key, claim.token),
    );
    next();
  }

  /**
   * Holds the response's end until `settle` has kept (or released) its answer, so a retry that
   * follows the answer at once finds it.
   */
  private keepAnswer(res: Response, settle: (answer: StoredAnswer) => Promise<void>): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      const chunk = typeof args[0] === 'function' ? undefined : args[0];
      const location = res.getHeader('location');
      const contentType = res.getHeader('content-type');
      const answer: StoredAnswer = {
        status: res.statusCode,
        contentType: typeof contentType === 'string' ? contentType : undefined,
        location: typeof location === 'string' ? location : undefined,
        body: bodyText(chunk),
      };
      settle(answer)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'idempotent answer not kept'))
        .finally(() => end(...args));
      return res;
    }) as Response['end'];
  }
}

/** What res.end was given: a string or a Buffer (Express's send), or nothing. */
function bodyText(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk).toString('utf8');
  return '';
}

function replay(res: Response, answer: StoredAnswer): void {
  res.status(answer.status);
  res.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
  if (answer.contentType) res.setHeader('Content-Type', answer.contentType);
  if (answer.location) res.setHeader('Location', answer.location);
  res.end(answer.body);
}

function refuse(res: Response, statusCode: number, message: string): void {
  res.status(statusCode).json({ statusCode, error: STATUS_CODES[statusCode], message: [message] });
}
