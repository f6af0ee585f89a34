import type { ServiceName } from '@ocop/common';
import type { Caller } from '../auth/roles';
import { backendFailed } from './backend-failure';
import { AccessContext, AccessDenied, AccessRule } from './gateway-route';

/** Anyone of the role. */
export const anyone: AccessRule = () => true;

/** The path parameter names the caller's own organisation (producer or distributor). */
export const ownOrganisation =
  (param: string): AccessRule =>
  ({ caller, params }) =>
    caller.organisationId !== null && params[param] === caller.organisationId;

export const allOf =
  (...rules: AccessRule[]): AccessRule =>
  async (context) => {
    for (const rule of rules) if (!(await rule(context))) return false;
    return true;
  };

export const oneOf =
  (...rules: AccessRule[]): AccessRule =>
  async (context) => {
    for (const rule of rules) if (await rule(context)) return true;
    return false;
  };

/** Path with :params filled in from the request. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
}

/**
 * Reads the resource from the service that owns it (its own, current state) and asks `owns`.
 * A 404 there is a 404 here; a failure of the service is a 502 (503 when it does not answer); any
 * other answer (e.g. 400 for a malformed id) is passed on as is.
 */
export const resource =
  (
    service: ServiceName,
    template: string,
    owns: (resource: Record<string, unknown>, caller: Caller) => boolean,
  ): AccessRule =>
  async ({ caller, params, backends, correlationId }: AccessContext) => {
    const found = await backends.get(service, fillPath(template, params), correlationId);
    if (found.status === 404) return false;
    if (found.status >= 500) {
      throw backendFailed(service, found.status);
    }
    if (found.status !== 200) throw new AccessDenied(found.status, found.body);
    return owns(found.body as Record<string, unknown>, caller);
  };

const isParty = (value: unknown, caller: Caller) =>
  caller.organisationId !== null &&
  (value === caller.organisationId ||
    (Array.isArray(value) && value.includes(caller.organisationId)));

/** The caller's organisation is one of the resource's parties (producerId(s) / distributorId). */
export const partyOf = (service: ServiceName, template: string): AccessRule =>
  resource(service, template, (found, caller) =>
    caller.role === 'producer'
      ? isParty(found.producerId, caller) || isParty(found.producerIds, caller)
      : isParty(found.distributorId, caller),
  );

/** The caller is the officer who organises the fair in :fairId. */
export const organiserOfFair: AccessRule = resource(
  'trade-fairs',
  '/fairs/:fairId',
  (fair, caller) => fair.organiserId === caller.userId,
);

/**
 * A producer's or distributor's command speaks only for its own organisation: every party field
 * of the body (producerId, producerIds, distributorId, partyId, by / requestedBy) must be it.
 */
export const bodySpeaksForCaller: AccessRule = ({ caller, body }) => {
  if (!body || (caller.role !== 'producer' && caller.role !== 'distributor')) return true;
  const own = caller.organisationId;
  const ownField = caller.role === 'producer' ? 'producerId' : 'distributorId';
  const otherField = caller.role === 'producer' ? 'distributorId' : 'producerId';
  if (ownField in body && body[ownField] !== own) return false;
  if (caller.role === 'producer' && 'producerIds' in body) {
    if (!Array.isArray(body.producerIds) || !body.producerIds.includes(own)) return false;
  }
  if (caller.role === 'distributor' && 'producerIds' in body && !('distributorId' in body)) {
    return false;
  }
  if ('partyType' in body && (body.partyType !== caller.role || body.partyId !== own)) return false;
  for (const side of ['by', 'requestedBy'] as const) {
    if (side in body && body[side] !== caller.role) return false;
  }
  // A command naming only the other side (e.g. a producer placing an order) is not the caller's.
  if (otherField in body && !(ownField in body) && !('producerIds' in body)) return false;
  return true;
};

/**
 * The body names no fair, or a fair the calling officer organises (`fairId`, e.g. of an MOU it
 * drafts for the parties at its own fair's signing ceremony).
 */
export const organisesBodyFair: AccessRule = (context) => {
  const fairId = context.body?.fairId;
  if (fairId === undefined) return true;
  if (typeof fairId !== 'string') return false;
  return organiserOfFair({ ...context, params: { ...context.params, fairId } });
};

/** The body's organiserId is the calling officer. */
export const organisesItself: AccessRule = ({ caller, body }) =>
  body?.organiserId === caller.userId;

/** A list filtered to the caller's own organisation: ?partyId=<own id> (and its party type). */
export const queryNamesOwnParty: AccessRule = ({ caller, query }) =>
  caller.organisationId !== null &&
  query.partyId === caller.organisationId &&
  (query.partyType === undefined || query.partyType === caller.role);
