import * as Joi from 'joi';
import { isIP } from 'node:net';
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

// Placeholders that once stood in example files: a deployment that copies one is refused.
const KNOWN_PLACEHOLDERS =
  /change-?me|placeholder|example|default|secret-here|local-compose-secret/i;

/**
 * A secret that signs something: 32+ characters, not a placeholder, and not one character
 * repeated or a short pattern (at least 10 different characters), so `openssl rand -hex 32` passes
 * and a made-up one does not.
 */
const secretSetting = () =>
  Joi.string()
    .min(32)
    .custom((value: string, helpers) => {
      if (value.length < 32) return value; // named by min()
      if (KNOWN_PLACEHOLDERS.test(value) || new Set(value).size < 10) {
        return helpers.error('any.invalid');
      }
      return value;
    })
    .messages({
      'any.invalid':
        '{#label} must be a random secret (e.g. openssl rand -hex 32), not a placeholder or pattern',
    })
    .required();

/**
 * The settings every service reads from its environment. Connection strings have no default on
 * purpose: a service started without them should say so, not quietly talk to whatever is local.
 */
export function settingsSchema(service: ServiceName): Joi.ObjectSchema {
  const keys: Record<string, Joi.Schema> = {
    NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
    // Loopback unless told: a service reachable from the network must be put there on purpose
    // (the container image sets 0.0.0.0).
    HOST: Joi.string().hostname().default('127.0.0.1'),
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
    // The gateway signs every call to a service with it; a service refuses calls without it.
    INTERNAL_SECRET: secretSetting(),
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

// Express's names for address ranges, besides addresses and CIDR blocks.
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.0/8, 192.168.1.7, loopback`: each an IP, an IP/prefix, or a named range. */
const proxyList = Joi.string()
  .allow('')
  .custom((value: string, helpers) => {
    const wrong = trustedProxies(value).filter((entry) => {
      const [address, prefix, extra] = entry.split('/');
      if (extra !== undefined) return true;
      if (prefix === undefined) return !PROXY_RANGES.has(address) && isIP(address) === 0;
      const max = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : -1;
      return !/^\d{1,3}$/.test(prefix) || Number(prefix) > max;
    });
    return wrong.length === 0 ? value : helpers.error('any.invalid', { wrong: wrong.join(', ') });
  })
  .messages({
    'any.invalid':
      '{#label} must list IP addresses, CIDR blocks or loopback/linklocal/uniquelocal, not: {#wrong}',
  });

/** TRUSTED_PROXIES as a list (empty: no proxy is trusted, the peer address is the client's). */
export function trustedProxies(setting: string): string[] {
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The public entry's own settings: who may sign tokens, how long they last, how much a client may send. */
const gatewaySettings: Record<string, Joi.Schema> = {
  // No default: a gateway that signs tokens with a well-known secret is worse than one that stops.
  JWT_SECRET: secretSetting(),
  JWT_TTL_SECONDS: Joi.number()
    .integer()
    .min(60)
    .max(7 * 24 * 3600)
    .default(3600),
  /** Created at start when both are set and no user has that email yet (first deployment). */
  ADMIN_EMAIL: Joi.string()
    .email({ tlds: { allow: false } })
    .optional(),
  // The same rule as every other user's password.
  ADMIN_PASSWORD: Joi.string().min(10).max(200).optional(),
  RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(1200),
  LOGIN_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(30),
  // Password guessing spread over many addresses still meets this one per account.
  LOGIN_ACCOUNT_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(10),
  // Proxies in front of the gateway whose X-Forwarded-For names the client; none by default, so
  // a client cannot choose the address its requests are counted under.
  TRUSTED_PROXIES: proxyList.default(''),
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
  LOGIN_ACCOUNT_RATE_LIMIT_PER_MINUTE: number;
  TRUSTED_PROXIES: string;
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
  INTERNAL_SECRET: string;
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
