import { RequestMethod } from '@nestjs/common';
import { runService } from '@ocop/common';

void runService('gateway', async () => (await import('./gateway.module')).GatewayModule, {
  configure: (app) =>
    app.setGlobalPrefix('api/v1', {
      exclude: [
        { path: 'health', method: RequestMethod.GET },
        { path: 'metrics', method: RequestMethod.GET },
      ],
    }),
});
