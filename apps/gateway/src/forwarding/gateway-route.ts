import type { Type } from '@nestjs/common';
import type { ServiceName } from '@ocop/common';
import type { Caller, UserRole } from '../auth/roles';
import type { BackendServices } from './backend-services';

/** Path parameters that are ids the services keep as UUIDs (not `name`, `jobId` or `obligationId`). */
export const UUID_PATH_PARAMETER = /^(?!job|obligation)[a-z]+Id$/i;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What an access rule sees of a request. */
export interface AccessContext {
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
  backends: BackendServices;
  correlationId: string;
}

/**
 * Whether the caller may use the route on this resource. `false` answers 404: another party's
 * data is indistinguishable from data that does not exist. An AccessDenied thrown by a rule (e.g. the
 * backend answered 400 while looking the resource up) is answered as it says.
 */
export type AccessRule = (context: AccessContext) => boolean | Promise<boolean>;

/** One public route of the gateway and the service call behind it. */
export interface GatewayRoute {
  method: HttpMethod;
  /** Under /api/v1, with :params, e.g. `/fairs/:fairId/bookings`. */
  path: string;
  service: ServiceName;
  /** The backend path with the same :params; the public path when absent. */
  backendPath?: string;
  tag: string;
  summary: string;
  /** The command's DTO class: validated here (whitelist, no unknown fields) and documented. */
  body?: Type<object>;
  /** The query string's DTO: validated here like a body (a route without one takes no query). */
  query?: Type<object>;
  /** What the service answers on success, for the OpenAPI document (the item class of a list). */
  response?: Type<object>;
  /** The answer is a list of `response`: a page `{items, page, limit, total}`, or a plain array. */
  list?: 'page' | 'array';
  /** The success status when it is not 200 (202 is `accepted`). */
  status?: 201 | 204;
  /** The roles that may call the route at all (others get 403) and what each may reach (else 404). */
  access: Partial<Record<UserRole, AccessRule>>;
  /** The answer is a file (XLSX, CSV): streamed through as the service sends it, never buffered. */
  download?: boolean;
  /** Starts a longer flow: answered 202 with the Location to poll instead of 201. */
  accepted?: boolean;
  /** What a 404 from an access rule says, e.g. `order :orderId not found`. */
  notFound: string;
}

export class AccessDenied extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`access lookup answered ${status}`);
  }
}
