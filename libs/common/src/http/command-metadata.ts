import { UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { requestCorrelationId } from '../logging/correlation-id';
import { verifiedActor } from '../security/internal-trust.middleware';
import { CommandMetadata } from '@ocop/events';

const ROLES = ['officer', 'distributor', 'producer', 'admin', 'system'] as const;

/**
 * Who sent a command, as the gateway forwards it (x-actor-id / x-actor-role), read only from a
 * request whose signature InternalTrustMiddleware verified. A signed request without actor headers
 * comes from an operator holding INTERNAL_SECRET (who could sign any actor) and acts as an admin.
 */
export function commandMetadata(req: Request): CommandMetadata {
  const actor = verifiedActor(req);
  if (!actor) throw new UnauthorizedException('the request is not signed by the gateway');
  const role = actor['x-actor-role'];
  const known = ROLES.find((name) => name === role);
  if (role !== undefined && !known) throw new UnauthorizedException(`unknown actor role ${role}`);
  return {
    correlationId: requestCorrelationId(req) ?? randomUUID(),
    causationId: null,
    actor: { id: actor['x-actor-id'] ?? 'operator', role: known ?? 'admin' },
  };
}
