import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommandMetadata } from '@ocop/events';
import type { Request } from 'express';
import { commandMetadata } from './command-metadata';

/**
 * The command's metadata from the HTTP request: its correlation id and the actor the gateway
 * forwards in x-actor-id / x-actor-role, from a verified request only (see commandMetadata).
 */
export const CommandMeta = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandMetadata =>
    commandMetadata(context.switchToHttp().getRequest<Request>()),
);
