import { All, BadRequestException, Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { commandValidationPipe, requestCorrelationId } from '@ocop/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { forwardedKeyHeaders } from '../idempotency/idempotency.middleware';
import { fillPath, bodySpeaksForCaller } from './access-rules';
import { backendFailed } from './backend-failure';
import { isUUID } from 'class-validator';
import { BackendCall, BackendServices } from './backend-services';
import { forwardDownload } from './download-forwarding';
import { AccessDenied, GatewayRoute, UUID_PATH_PARAMETER } from './gateway-route';
import { RouteMatcher } from './route-matcher';

export const GATEWAY_ROUTE_TABLE = Symbol('GATEWAY_ROUTE_TABLE');
export const PUBLIC_PREFIX = '/api/v1';

function error(res: Response, statusCode: number, name: string, message: string): void {
  res.status(statusCode).json({ statusCode, error: name, message: [message] });
}

/** The validated query, as the service reads it: one `name=value` per value. */
function toQueryString(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      search.append(name, one instanceof Date ? one.toISOString() : String(one));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Every command and query of the route table: authenticated (JwtAuthGuard), allowed for the role,
 * limited to the caller's own data, validated against the command's DTO, then sent to the service
 * that owns it with the caller as x-actor-id / x-actor-role. The service's answer comes back as is.
 */
@ApiExcludeController()
@Controller()
export class ForwardingController {
  private readonly matcher: RouteMatcher;
  private readonly validation = commandValidationPipe();

  constructor(
    @Inject(GATEWAY_ROUTE_TABLE) routes: GatewayRoute[],
    private readonly backends: BackendServices,
  ) {
    this.matcher = new RouteMatcher(routes);
  }

  @All('*path')
  async forward(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const path = req.path.slice(PUBLIC_PREFIX.length);
    const match = this.matcher.match(req.method, path);
    if (match.kind === 'none') {
      return error(res, 404, 'Not Found', `Cannot ${req.method} ${req.path}`);
    }
    if (match.kind === 'wrong-method') {
      res.setHeader('Allow', match.allowed.join(', '));
      return error(
        res,
        405,
        'Method Not Allowed',
        `${req.path} answers ${match.allowed.join(', ')}`,
      );
    }
    const { route, params } = match;
    const caller = req.caller!;
    const correlationId = requestCorrelationId(req as Request) ?? randomUUID();

    const rule = route.access[caller.role];
    if (!rule) {
      return error(res, 403, 'Forbidden', `a ${caller.role} may not: ${route.summary}`);
    }
    const malformedIds = Object.entries(params)
      .filter(([name, value]) => UUID_PATH_PARAMETER.test(name) && !isUUID(value))
      .map(([name]) => `${name} must be a UUID`);
    if (malformedIds.length > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: malformedIds,
      });
    }
    const body = route.body ? await this.validatedBody(route, req.body) : undefined;
    if (!route.body && req.body && Object.keys(req.body as object).length > 0) {
      const names = Object.keys(req.body as object).map(
        (key) => `property ${key} should not exist`,
      );
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: names });
    }
    const query = await this.validatedQuery(route, req.query);
    const context = {
      caller,
      params,
      query,
      body,
      backends: this.backends,
      correlationId,
    };
    try {
      const allowed = (await bodySpeaksForCaller(context)) && (await rule(context));
      if (!allowed)
        return error(res, 404, 'Not Found', fillPath(route.notFound, params).replace(/%20/g, ' '));
    } catch (denied) {
      if (denied instanceof AccessDenied) {
        res.status(denied.status).json(denied.body);
        return;
      }
      throw denied;
    }

    const queryString = toQueryString(query);
    // A service that does not answer is a 503 from BackendServices, through the error filter.
    const call: BackendCall = {
      method: route.method,
      path: fillPath(route.backendPath ?? route.path, params) + queryString,
      body,
      correlationId,
      // Services check a party's commands against the organisation it acts for (e.g. an MOU
      // signature); officers and admins act as themselves.
      headers: {
        'x-actor-id': caller.organisationId ?? caller.userId,
        'x-actor-role': caller.role,
        'x-actor-user': caller.userId,
        ...forwardedKeyHeaders(req),
      },
    };
    if (route.download) return forwardDownload(this.backends, route, call, res);
    const answer = await this.backends.send(route.service, call);
    if (answer.retryAfter) res.setHeader('Retry-After', answer.retryAfter);
    this.reply(res, route, answer.status, answer.body);
  }

  private async validatedBody(route: GatewayRoute, raw: unknown): Promise<Record<string, unknown>> {
    const value: unknown = raw ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: ['the body must be a JSON object'],
      });
    }
    return (await this.validation.transform(value, {
      type: 'body',
      metatype: route.body,
    })) as Record<string, unknown>;
  }

  /** The query string checked against the route's query DTO, as the body is against its DTO. */
  private async validatedQuery(
    route: GatewayRoute,
    raw: unknown,
  ): Promise<Record<string, unknown>> {
    const value = (raw ?? {}) as Record<string, unknown>;
    if (!route.query) {
      const names = Object.keys(value).map((key) => `property ${key} should not exist`);
      if (names.length > 0) {
        throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: names });
      }
      return {};
    }
    const validated = (await this.validation.transform(value, {
      type: 'query',
      metatype: route.query,
    })) as Record<string, unknown>;
    return { ...validated };
  }

  private reply(res: Response, route: GatewayRoute, status: number, body: unknown): void {
    if (status >= 500) throw backendFailed(route.service, status);
    const location =
      body &&
      typeof body === 'object' &&
      typeof (body as { location?: unknown }).location === 'string'
        ? PUBLIC_PREFIX + (body as { location: string }).location
        : undefined;
    if (location) (body as { location: string }).location = location;
    if (location && (status === 201 || status === 202)) res.setHeader('Location', location);
    const finalStatus = route.accepted && status === 201 ? 202 : status;
    if (body === undefined || body === '') {
      res.status(finalStatus).end();
      return;
    }
    res.status(finalStatus).json(body);
  }
}
