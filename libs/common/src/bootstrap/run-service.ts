import { INestApplication, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { ExpressAdapter } from '@nestjs/platform-express';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { ServiceName } from '../config/service-catalog';
import {
  CommonSettings,
  InvalidSettingsError,
  kafkaBrokers,
  validateSettings,
} from '../config/settings.schema';
import { PROBE_TOPIC } from '../diagnostics/probe';
import { DomainErrorFilter } from '../http/domain-error.filter';
import { HttpErrorFilter } from '../http/http-error.filter';
import { commandValidationPipe } from '../http/validation';
import { KafkaConnection } from '../kafka/kafka-connection.service';

export interface RunServiceOptions {
  /** Topics this service consumes; created before the consumer joins so it never waits on metadata. */
  topics?: string[];
  /** Service-specific HTTP set-up (global prefix, OpenAPI, ...) applied before listening. */
  configure?: (app: INestApplication) => void;
}

/**
 * Starts a service as a hybrid Nest app: HTTP for its commands and queries, a Kafka consumer group
 * for the events it reacts to. Settings are checked before anything connects, so a wrong setting
 * stops the process with a message naming it.
 */
export async function runService(
  service: ServiceName,
  loadModule: () => Promise<Type<unknown>>,
  options: RunServiceOptions = {},
): Promise<INestApplication> {
  try {
    validateSettings(service, process.env);
  } catch (error) {
    if (error instanceof InvalidSettingsError) {
      process.stderr.write(`${service}: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  try {
    return await start(service, await loadModule(), options);
  } catch (error) {
    // A service that cannot reach its servers at start-up exits, and says why, for its supervisor to restart.
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${service}: failed to start: ${reason}\n`);
    process.exit(1);
  }
}

async function start(
  service: ServiceName,
  module: Type<unknown>,
  options: RunServiceOptions,
): Promise<INestApplication> {
  // Nest's Kafka transport makes its own producer; the partitioner notice is about KafkaJS 1.x users.
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  // Paths are matched as written: `/API/v1/...` or `/auth/login/` is no other spelling of a route
  // (each would dodge what is keyed on the route: its guards' exemptions, its rate limit). Express
  // reads both settings once, when its router is made, so they are set before Nest sees the app.
  const server = express();
  server.set('case sensitive routing', true);
  server.set('strict routing', true);
  // rawBody: the bytes the gateway's signature covers (InternalTrustMiddleware).
  const app = await NestFactory.create(module, new ExpressAdapter(server), {
    bufferLogs: true,
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  const config = app.get<ConfigService<CommonSettings, true>>(ConfigService);
  await app.get(KafkaConnection).ensureTopics([PROBE_TOPIC, ...(options.topics ?? [])]);
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.KAFKA,
      options: {
        client: {
          clientId: config.get('KAFKA_CLIENT_ID', { infer: true }),
          brokers: kafkaBrokers(config.get('KAFKA_BROKERS', { infer: true })),
        },
        consumer: { groupId: config.get('KAFKA_GROUP_ID', { infer: true }) },
        // A new consumer group starts from the oldest event, so nothing published before it joined is missed.
        subscribe: { fromBeginning: true },
        postfixId: '',
      },
    },
    { inheritAppConfig: true },
  );
  app.useGlobalPipes(commandValidationPipe());
  // The catch-all first: Nest asks the last-registered filter first, so domain errors keep theirs.
  app.useGlobalFilters(new HttpErrorFilter(), new DomainErrorFilter());
  options.configure?.(app);
  await app.startAllMicroservices();
  await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));
  app.get(Logger).log(`${service} listening on ${await app.getUrl()}`);
  return app;
}
