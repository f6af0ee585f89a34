import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { requestCorrelationId } from '../logging/correlation-id';
import { CommandMetadata } from '@ocop/events';

/**
 * Who sent a command, as the gateway forwards it (x-actor-id / x-actor-role); the gateway is the
 * only public entry and authenticates users. Without those headers the caller is an operator.
 */
export function commandMetadata(req: Request): CommandMetadata {
  const role = req.header('x-actor-role');
  const roles = ['officer', 'distributor', 'producer', 'admin', 'system'] as const;
  const actor = {
    id: req.header('x-actor-id') ?? 'operator',
    role: roles.find((known) => known === role) ?? 'admin',
  };
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
