import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-errors.decorator';
import { SystemStatus } from '../auth/users.response';
import { Public } from '../auth/public.decorator';
import { requestCorrelationId } from '@ocop/common';
import type { Request } from 'express';
import { BackendServices } from '../forwarding/backend-services';

type ServiceStatus = { url: string; status: 'up' | 'down'; detail: unknown };

/**
 * One look at the whole system: each backend service's own /health, reached over its HTTP API.
 * Open like /health, for operators' probes.
 */
@Public()
@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly backends: BackendServices) {}

  @ApiOperation({ summary: "Each backend service's health" })
  @ApiOkResponse({ type: SystemStatus })
  @ApiErrors(429)
  @Get()
  async status(@Req() req: Request) {
    const entries = await Promise.all(
      this.backends.names().map(async (service): Promise<[string, ServiceStatus]> => {
        const url = this.backends.urlOf(service);
        try {
          const { status, body } = await this.backends.get(
            service,
            '/health',
            requestCorrelationId(req),
          );
          return [service, { url, status: status === 200 ? 'up' : 'down', detail: body }];
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          return [service, { url, status: 'down', detail }];
        }
      }),
    );
    const services = Object.fromEntries(entries);
    const allUp = entries.every(([, s]) => s.status === 'up');
    return { status: allUp ? 'up' : 'degraded', services };
  }
}
