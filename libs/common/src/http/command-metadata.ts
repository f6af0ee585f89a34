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
  return {
    correlationId: requestCorrelationId(req) ?? randomUUID(),
    causationId: null,
    actor: {
      id: req.header('x-actor-id') ?? 'operator',
      role: roles.find((known) => known === role) ?? 'admin',
    },
  };
}
