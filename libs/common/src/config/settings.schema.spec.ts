import {
  InvalidSettingsError,
  kafkaBrokers,
  trustedProxies,
  validateSettings,
} from './settings.schema';

const connections = {
  KAFKA_BROKERS: '127.0.0.1:9092',
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
  REDIS_URL: 'redis://127.0.0.1:6379',
};
const required = { ...connections, INTERNAL_SECRET: '0123456789abcdef'.repeat(4) };

const gatewayRequired = { ...required, JWT_SECRET: 'fedcba9876543210'.repeat(4) };

function problems(
  env: Record<string, unknown>,
  service: Parameters<typeof validateSettings>[0] = 'producers',
) {
  try {
    validateSettings(service, env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidSettingsError);
    return (error as InvalidSettingsError).problems;
  }
}

describe('service settings', () => {
  it('fills in defaults: the service port, its own database and consumer group', () => {
    const settings = validateSettings('trade-fairs', required);

    expect(settings).toMatchObject({
      PORT: 3003,
      HOST: '127.0.0.1',
      MONGO_DB: 'ocop_trade_fairs',
      KAFKA_GROUP_ID: 'ocop-trade-fairs',
      KAFKA_CLIENT_ID: 'ocop-trade-fairs',
      LOG_LEVEL: 'info',
    });
  });

  it('names every missing connection setting at once', () => {
    expect(problems({})).toEqual([
      '"KAFKA_BROKERS" is required',
      '"MONGO_URL" is required',
      '"REDIS_URL" is required',
      '"INTERNAL_SECRET" is required',
    ]);
  });

  it.each([
    ['PORT', 'http', '"PORT" must be a number'],
    ['PORT', '65536', '"PORT" must be a valid port'],
    [
      'KAFKA_BROKERS',
      'broker-without-port',
      '"KAFKA_BROKERS" must be a comma-separated list of host:port (e.g. 127.0.0.1:9092)',
    ],
    [
      'REDIS_URL',
      'localhost:6379',
      '"REDIS_URL" must be a valid uri with a scheme matching the redis|rediss pattern',
    ],
    [
      'LOG_LEVEL',
      'loud',
      '"LOG_LEVEL" must be one of [fatal, error, warn, info, debug, trace, silent]',
    ],
    [
      'MONGO_DB',
      'has.dot',
      '"MONGO_DB" with value "has.dot" fails to match the required pattern: /^[A-Za-z0-9_-]{1,63}$/',
    ],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(problems({ ...required, [name]: value })).toEqual([message]);
  });

  it('gives the gateway an address for each backend service, overridable one by one', () => {
    const settings = validateSettings('gateway', {
      ...gatewayRequired,
      MOU_URL: 'http://mou.internal:8080',
    });

    expect(settings).toMatchObject({
      PRODUCERS_URL: 'http://127.0.0.1:3001',
      TRADE_FAIRS_URL: 'http://127.0.0.1:3003',
      MOU_URL: 'http://mou.internal:8080',
    });
    expect(problems({ ...gatewayRequired, QUERY_URL: 'not a url' }, 'gateway')).toEqual([
      '"QUERY_URL" must be a valid uri with a scheme matching the http|https pattern',
    ]);
  });

  it('refuses to start a gateway without a token-signing secret, or with a short one', () => {
    expect(problems(required, 'gateway')).toEqual(['"JWT_SECRET" is required']);
    expect(problems({ ...required, JWT_SECRET: 'short' }, 'gateway')).toEqual([
      '"JWT_SECRET" length must be at least 32 characters long',
    ]);
    expect(problems({ ...gatewayRequired, ADMIN_PASSWORD: 'nine-char' }, 'gateway')).toEqual([
      '"ADMIN_PASSWORD" length must be at least 10 characters long',
    ]);
    expect(validateSettings('gateway', gatewayRequired)).toMatchObject({
      JWT_TTL_SECONDS: 3600,
      BODY_LIMIT: '100kb',
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    });
  });

  it.each([
    ['a short one', 'short', '"INTERNAL_SECRET" length must be at least 32 characters long'],
    [
      'a placeholder',
      'local-compose-secret-change-me-0123456789',
      '"INTERNAL_SECRET" must be a random secret (e.g. openssl rand -hex 32), not a placeholder or pattern',
    ],
    [
      'a pattern',
      'ab'.repeat(20),
      '"INTERNAL_SECRET" must be a random secret (e.g. openssl rand -hex 32), not a placeholder or pattern',
    ],
  ])('refuses every service an internal secret that is %s', (_, secret, message) => {
    expect(problems({ ...connections, INTERNAL_SECRET: secret })).toEqual([message]);
    expect(problems({ ...gatewayRequired, INTERNAL_SECRET: secret }, 'gateway')).toEqual([message]);
  });

  it('reads the trusted proxies as addresses, CIDR blocks and named ranges', () => {
    expect(validateSettings('gateway', gatewayRequired)).toMatchObject({ TRUSTED_PROXIES: '' });
    expect(
      problems({ ...gatewayRequired, TRUSTED_PROXIES: '10.0.0.0/8, ::1, loopback' }, 'gateway'),
    ).toEqual([]);
    expect(
      problems({ ...gatewayRequired, TRUSTED_PROXIES: '10.0.0.0/33,everyone' }, 'gateway'),
    ).toEqual([
      '"TRUSTED_PROXIES" must list IP addresses, CIDR blocks or loopback/linklocal/uniquelocal, not: 10.0.0.0/33, everyone',
    ]);
    expect(trustedProxies(' 10.0.0.1 ,, loopback ')).toEqual(['10.0.0.1', 'loopback']);
  });

  it('refuses a placeholder token-signing secret', () => {
    expect(
      problems({ ...required, JWT_SECRET: 'local-compose-secret-change-me-0123456789' }, 'gateway'),
    ).toEqual([
      '"JWT_SECRET" must be a random secret (e.g. openssl rand -hex 32), not a placeholder or pattern',
    ]);
  });

  it('splits a broker list', () => {
    expect(kafkaBrokers('a:9092, b:9093')).toEqual(['a:9092', 'b:9093']);
  });
});
