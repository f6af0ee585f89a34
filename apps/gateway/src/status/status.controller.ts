import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-errors.decorator';
import { SystemStatus } from '../auth/users.response';
import { Public } from '../auth/public.decorator';
import { requestCorrelationId } from '@ocop/common';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { BackendServices } from '../forwarding/backend-services';

type ServiceStatus = { url: string; status: 'up' | 'down'; detail: unknown };

// Internal addresses and dependency errors are for those who run the programme, not the public.
const SEES_DETAILS = new Set(['officer', 'admin']);

/**
 * One look at the whole system: each backend service's own /health, reached over its HTTP API.
 * Anyone may ask whether it is up (operators' probes); only an officer's or admin's token sees
 * each service's address and health report.
 */
@Public()
@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly backends: BackendServices) {}

  @ApiOperation({
    summary:
      'Whether every service is up; with an officer or admin token, each service and its health',
  })
  @ApiBearerAuth()
  @ApiOkResponse({ type: SystemStatus })
  @ApiErrors(429)
  @Get()
  async status(@Req() req: AuthenticatedRequest) {
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
    const status = entries.every(([, s]) => s.status === 'up') ? 'up' : 'down';
    if (!req.caller || !SEES_DETAILS.has(req.caller.role)) return { status };
    return { status, services: Object.fromEntries(entries) };
  }
}
