import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { CommonSettings } from '../config/settings.schema';
import { correlationIdFor } from './correlation-id';

const QUIET_PATHS = new Set(['/health', '/metrics']);

/**
 * JSON logs (pino): one line per request (method, url, status, time), each with the service name
 * and the correlation id. No headers, so no credentials, are logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<CommonSettings, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL', { infer: true }),
          base: { service: String(config.get('KAFKA_CLIENT_ID', { infer: true })) },
          genReqId: correlationIdFor,
          customAttributeKeys: { reqId: 'correlationId' },
          autoLogging: {
            ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0]),
          },
          // The request line and the status, not every header: the default serializers (and
          // redacting the credentials out of the headers) took a tenth of the gateway's CPU.
          serializers: {
            req: (req: { id?: unknown; method?: string; url?: string }) => ({
              id: req.id, // the correlation id (genReqId)
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
