import { Injectable, NestMiddleware, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import type { CommonSettings } from '../config/settings.schema';
import {
  ACTOR_HEADERS,
  INTERNAL_SIGNATURE_HEADER,
  SIGNED_HEADERS,
  type SignedHeader,
  INTERNAL_TIMESTAMP_HEADER,
  internalSignatureProblem,
} from './internal-signature';

/** The actor headers of a request whose signature held. */
export type VerifiedActor = Partial<Record<(typeof ACTOR_HEADERS)[number], string>>;

const verified = new WeakMap<Request, VerifiedActor>();

/** What the gateway said about the request's actor, or undefined when the request was not verified. */
export function verifiedActor(req: Request): VerifiedActor | undefined {
  return verified.get(req);
}

// Probes and scrapers: the platform's, not the public's, and they change nothing.
const OPEN_PATHS = new Set(['/health', '/metrics']);

/**
 * A service answers only the gateway: every request but GET /health and /metrics carries the
 * gateway's signature (see signInternalRequest) over what it asks, or is refused 401 before any
 * route, known or not, sees it. Only then are its actor headers believed.
 */
@Injectable()
export class InternalTrustMiddleware implements NestMiddleware {
  private readonly secret: string;

  constructor(config: ConfigService<CommonSettings, true>) {
    this.secret = config.get('INTERNAL_SECRET', { infer: true });
  }

  use(req: Request & { rawBody?: Buffer }, _res: Response, next: NextFunction): void {
    // originalUrl: req.path is relative to where the middleware is mounted.
    const path = req.originalUrl.split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && OPEN_PATHS.has(path)) return next();
    const signed: Partial<Record<SignedHeader, string>> = {};
    for (const name of SIGNED_HEADERS) {
      const value = req.header(name);
      if (value !== undefined) signed[name] = value;
    }
    const problem = internalSignatureProblem(
      this.secret,
      { method: req.method, target: req.originalUrl, headers: signed, body: req.rawBody },
      req.header(INTERNAL_TIMESTAMP_HEADER),
      req.header(INTERNAL_SIGNATURE_HEADER),
      Date.now(),
    );
    if (problem) throw new UnauthorizedException(problem);
    const actor: VerifiedActor = {};
    for (const name of ACTOR_HEADERS) if (signed[name] !== undefined) actor[name] = signed[name];
    verified.set(req, actor);
    next();
  }
}
