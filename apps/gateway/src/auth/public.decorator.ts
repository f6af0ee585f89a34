import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

export const IS_PUBLIC = 'ocop:public';

/**
 * A route anyone may call without a token (login, the status page). Every other route of the
 * gateway needs one: the guard applies to all routes and these opt out by name.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The platform's routes for probes and scrapers (GET /health, GET /metrics), by their
 * controllers' names: they come from libs/common and the metrics module, not from the gateway.
 */
const PLATFORM_ROUTES = new Set(['HealthController', 'PrometheusController']);

export const isPlatformRoute = (context: ExecutionContext): boolean =>
  PLATFORM_ROUTES.has(context.getClass().name);

/** Whether the route opted out of authentication: @Public(), or one of the platform's routes. */
export const isPublicRoute = (reflector: Reflector, context: ExecutionContext): boolean =>
  isPlatformRoute(context) ||
  reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ===
    true;
