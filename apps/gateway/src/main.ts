import { RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { GatewaySettings, runService, trustedProxies } from '@ocop/common';
import helmet from 'helmet';
import { serveConsole } from './console/serve-console';
import { openApiDocument } from './docs/openapi-document';
import { GATEWAY_ROUTES } from './routes';
import { jsonBodiesOnly } from './security/json-only';

void runService('gateway', async () => (await import('./gateway.module')).GatewayModule, {
  configure: (nestApp) => {
    const app = nestApp as NestExpressApplication;
    const config = app.get<ConfigService<GatewaySettings, true>>(ConfigService);
    const limit = config.get('BODY_LIMIT', { infer: true });
    app.use(helmet());
    app.use(jsonBodiesOnly);
    // Bodies over the limit are refused with 413 before any parsing work.
    app.useBodyParser('json', { limit });
    // The client's address (rate limits) is the peer's, unless the peer is a proxy named here.
    const proxies = trustedProxies(config.get('TRUSTED_PROXIES', { infer: true }));
    app.set('trust proxy', proxies.length > 0 ? proxies : false);
    app.setGlobalPrefix('api/v1', {
      exclude: [
        { path: 'health', method: RequestMethod.GET },
        { path: 'metrics', method: RequestMethod.GET },
        // The public page behind each product's QR code (and its image), at /p/<qrCode>.
        { path: 'p/*page', method: RequestMethod.GET },
      ],
    });
    SwaggerModule.setup('docs', app, () => openApiDocument(app, GATEWAY_ROUTES), {
      jsonDocumentUrl: 'docs-json',
    });
    serveConsole(app);
  },
});
