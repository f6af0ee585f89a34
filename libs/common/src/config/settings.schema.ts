import * as Joi from 'joi';
import {
  BACKEND_SERVICES,
  SERVICE_PORTS,
  ServiceName,
  defaultDatabaseName,
  serviceUrlSetting,
} from './service-catalog';

/** host:port[,host:port...] */
const brokerList = Joi.string()
  .pattern(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/)
  .message('{#label} must be a comma-separated list of host:port (e.g. 127.0.0.1:9092)');

/**
 * The settings every service reads from its environment. Connection strings have no default on
 * purpose: a service started without them should say so, not quietly talk to whatever is local.
 */
export function settingsSchema(service: ServiceName): Joi.ObjectSchema {
  const keys: Record<string, Joi.Schema> = {
    NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
    HOST: Joi.string().hostname().default('0.0.0.0'),
    PORT: Joi.number().port().default(SERVICE_PORTS[service]),
    LOG_LEVEL: Joi.string()
      .valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent')
      .default('info'),
    KAFKA_BROKERS: brokerList.required(),
    KAFKA_CLIENT_ID: Joi.string().default(`ocop-${service}`),
    KAFKA_GROUP_ID: Joi.string().default(`ocop-${service}`),
    MONGO_URL: Joi.string()
      .uri({ scheme: ['mongodb', 'mongodb+srv'] })
      .required(),
    MONGO_DB: Joi.string()
      .pattern(/^[A-Za-z0-9_-]{1,63}$/)
      .default(defaultDatabaseName(service)),
    REDIS_URL: Joi.string()
      .uri({ scheme: ['redis', 'rediss'] })
      .required(),
    HEALTH_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(2_000),
    // The relay's look for commits it was not handed (crash recovery): a collection scan on
    // FerretDB, whose cost grows with the store, so not often.
    OUTBOX_POLL_MS: Joi.number().integer().min(10).max(3_600_000).default(300_000),
  };
  if (service === 'distributors') {
    // An order nobody answered (no CapacityReserved / ...Rejected) is rejected after this long.
    keys.ORDER_CONFIRMATION_TIMEOUT_MS = Joi.number()
      .integer()
      .min(100)
      .default(15 * 60_000);
  }
  if (service === 'gateway') {
    BACKEND_SERVICES.forEach((backend) => {
      keys[serviceUrlSetting(backend)] = Joi.string()
        .uri({ scheme: ['http', 'https'] })
        .default(`http://127.0.0.1:${SERVICE_PORTS[backend]}`);
    });
    Object.assign(keys, gatewaySettings);
  }
  return Joi.object(keys).unknown(true);
}

/** The public entry's own settings: who may sign tokens, how long they last, how much a client may send. */
const gatewaySettings: Record<string, Joi.Schema> = {
  // No default: a gateway that signs tokens with a well-known secret is worse than one that stops.
  JWT_SECRET: Joi.string().min(32).required(),
  JWT_TTL_SECONDS: Joi.number()
    .integer()
    .min(60)
    .max(7 * 24 * 3600)
    .default(3600),
  /** Created at start when both are set and no user has that email yet (first deployment). */
  ADMIN_EMAIL: Joi.string()
    .email({ tlds: { allow: false } })
    .optional(),
  ADMIN_PASSWORD: Joi.string().min(8).optional(),
  RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(30),
  BODY_LIMIT: Joi.string()
    .pattern(/^\d+(b|kb|mb)$/)
    .default('100kb'),
  /** Where the public reaches the gateway: product labels' QR codes encode <this>/p/<qrCode>. */
  PUBLIC_BASE_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .default('http://127.0.0.1:3000'),
};

export interface GatewaySettings {
  JWT_SECRET: string;
  JWT_TTL_SECONDS: number;
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  RATE_LIMIT_PER_MINUTE: number;
  LOGIN_RATE_LIMIT_PER_MINUTE: number;
  BODY_LIMIT: string;
  PUBLIC_BASE_URL: string;
}

export interface CommonSettings {
  NODE_ENV: 'development' | 'production' | 'test';
  HOST: string;
  PORT: number;
  LOG_LEVEL: string;
  KAFKA_BROKERS: string;
  KAFKA_CLIENT_ID: string;
  KAFKA_GROUP_ID: string;
  MONGO_URL: string;
  MONGO_DB: string;
  REDIS_URL: string;
  HEALTH_TIMEOUT_MS: number;
  OUTBOX_POLL_MS: number;
}

export class InvalidSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidSettingsError';
  }
}

/** Validates an environment, listing every wrong setting at once rather than the first. */
export function validateSettings(
  service: ServiceName,
  env: Record<string, unknown>,
): Record<string, unknown> {
  const result = settingsSchema(service).validate(env, { abortEarly: false, convert: true });
  if (result.error) {
    throw new InvalidSettingsError(result.error.details.map((detail) => detail.message));
  }
  return result.value as Record<string, unknown>;
}

/** `a:9092,b:9092` -> ['a:9092', 'b:9092'] */
export function kafkaBrokers(list: string): string[] {
  return list.split(',').map((broker) => broker.trim());
}
