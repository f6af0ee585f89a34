import { BACKEND_SERVICES, ServiceName, serviceUrlSetting } from '@ocop/common';
import { randomUUID } from 'node:crypto';
import { PrivateServers, ServerAddresses, sharedServers } from './local-servers';
import { ServiceProcess } from './service-process';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: ReturnType<typeof JSON.parse>;
}

/**
 * All seven services from dist/, with databases and consumer groups of their own (so earlier test
 * runs on the same servers cannot answer for this one), reached through the gateway like a client.
 */
export class RunningSystem {
  static readonly ADMIN = { email: 'admin@test.ocop.vn', password: 'admin-password-for-tests' };

  /** Servers started for this system alone (startOnOwnServers), destroyed when it stops. */
  private ownServers?: PrivateServers;

  private constructor(
    private readonly processes: Map<ServiceName, ServiceProcess>,
    readonly runId: string,
  ) {}

  /**
   * The system on Kafka, MongoDB-wire and Redis servers of its own. Each system has databases and
   * consumer groups of its own, but the topics are the servers': on the shared ones a new system
   * replays every event earlier suites published. A suite that publishes a large load (the demo
   * programme) or compares system-wide figures starts this way.
   */
  static async startOnOwnServers(extraEnv: Record<string, string> = {}): Promise<RunningSystem> {
    const servers = await PrivateServers.start();
    try {
      const system = await RunningSystem.start(extraEnv, servers.addresses);
      system.ownServers = servers;
      return system;
    } catch (error) {
      await servers.destroy();
      throw error;
    }
  }

  /** `servers`: the suite's shared servers unless given. */
  static async start(
    extraEnv: Record<string, string> = {},
    servers: ServerAddresses = sharedServers(),
  ): Promise<RunningSystem> {
    const system = new RunningSystem(new Map(), randomUUID().slice(0, 8));
    try {
      await Promise.all(
        BACKEND_SERVICES.map(async (name) =>
          system.processes.set(
            name,
            await ServiceProcess.start(name, system.envFor(name, servers, extraEnv)),
          ),
        ),
      );
      await Promise.all(BACKEND_SERVICES.map((name) => system.service(name).healthy(120_000)));
      await system.startGateway(
        (name) => system.service(name).url,
        system.envFor('gateway', servers, extraEnv),
      );
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  /**
   * The gateway alone, forwarding every backend call to `backendUrl` (a test's stand-in for the
   * services, e.g. one that fails).
   */
  static async gatewayOnly(
    backendUrl: string,
    servers: ServerAddresses = sharedServers(),
  ): Promise<RunningSystem> {
    const system = new RunningSystem(new Map(), randomUUID().slice(0, 8));
    try {
      await system.startGateway(() => backendUrl, system.envFor('gateway', servers, {}));
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  /** A database and consumer group of this run's own. */
  private envFor(
    name: ServiceName,
    servers: ServerAddresses,
    extraEnv: Record<string, string>,
  ): Record<string, string> {
    return {
      ...servers,
      KAFKA_GROUP_ID: `ocop-${name}-${this.runId}`,
      MONGO_DB: `test_${this.runId}_${name.replace(/-/g, '_')}`,
      ...extraEnv,
    };
  }

  private async startGateway(
    backendUrl: (name: ServiceName) => string,
    env: Record<string, string>,
  ): Promise<void> {
    const gatewayEnv: Record<string, string> = {
      // A test that mints its own tokens (expired, tampered) passes the secret in extraEnv.
      JWT_SECRET: `${randomUUID()}${randomUUID()}`,
      ...env,
      ADMIN_EMAIL: RunningSystem.ADMIN.email,
      ADMIN_PASSWORD: RunningSystem.ADMIN.password,
    };
    BACKEND_SERVICES.forEach((name) => (gatewayEnv[serviceUrlSetting(name)] = backendUrl(name)));
    this.processes.set('gateway', await ServiceProcess.start('gateway', gatewayEnv));
    await this.service('gateway').healthy(120_000);
  }

  service(name: ServiceName): ServiceProcess {
    return this.processes.get(name)!;
  }

  get gatewayUrl(): string {
    return this.service('gateway').url;
  }

  /** One request to the public API (`path` under /api/v1), as the holder of `token`. */
  async api(
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<ApiAnswer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const payload =
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${this.gatewayUrl}/api/v1${path}`, {
      method,
      headers,
      body: payload,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the text as it came
    }
    return { status: response.status, headers: response.headers, body };
  }

  async login(email: string, password: string): Promise<string> {
    const answer = await this.api('POST', '/auth/login', { body: { email, password } });
    if (answer.status !== 200) {
      throw new Error(
        `login of ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    return (answer.body as { accessToken: string }).accessToken;
  }

  loginAdmin(): Promise<string> {
    return this.login(RunningSystem.ADMIN.email, RunningSystem.ADMIN.password);
  }

  /** Creates a user through the admin API and logs it in. */
  async user(
    adminToken: string,
    user: { role: string; organisationId?: string; email?: string; name?: string },
  ): Promise<{ token: string; userId: string; email: string }> {
    const email = user.email ?? `${user.role}-${randomUUID().slice(0, 8)}@test.ocop.vn`;
    const password = 'a-long-test-password';
    const created = await this.api('POST', '/users', {
      token: adminToken,
      body: {
        email,
        password,
        role: user.role,
        organisationId: user.organisationId,
        name: user.name ?? email,
      },
    });
    if (created.status !== 201) {
      throw new Error(
        `creating ${email} answered ${created.status}: ${JSON.stringify(created.body)}`,
      );
    }
    return { token: await this.login(email, password), userId: created.body.userId, email };
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.values()].map((process) => process.stop()));
    await this.ownServers?.destroy();
  }
}
