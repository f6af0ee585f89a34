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
  const verified = verifiedActor(req);
  if (!verified) throw new UnauthorizedException('the request is not signed by the gateway');
  const role = verified['x-actor-role'];
  const known = ROLES.find((name) => name === role);
  if (role !== undefined && !known) throw new UnauthorizedException(`unknown actor role ${role}`);
  const actor = { id: verified['x-actor-id'] ?? 'operator', role: known ?? 'admin' };
  const commandId = commandIdOf(req, actor.id);
  return {
    correlationId: requestCorrelationId(req) ?? randomUUID(),
    // A keyed command is its events' cause; a command from outside has none otherwise.
    causationId: commandId ?? null,
    actor,
    ...(commandId ? { commandId } : {}),
  };
}

/** The header that carries a command's idempotency key (the gateway's is scoped to its caller). */
export const IDEMPOTENCY_KEY_FORWARD_HEADER = 'x-idempotency-key';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The command's id from x-idempotency-key: the gateway sends one already scoped to its caller (a
 * UUID); any other key (an operator calling the service directly) is scoped here to the actor, so
 * two senders' keys never name the same command.
 */
function commandIdOf(req: Request, actorId: string): string | undefined {
  const key = req.header(IDEMPOTENCY_KEY_FORWARD_HEADER)?.trim();
  if (!key || key.length > 255 || !/^[\x20-\x7e]+$/.test(key)) return undefined;
  return UUID.test(key) ? key.toLowerCase() : `${actorId}:${key}`;
}
