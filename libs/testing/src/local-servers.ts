import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';
import { repoRoot } from './repo-root';

const run = promisify(execFile);

export type ServerName = 'kafka' | 'mongo' | 'redis';

export interface ServerAddresses {
  KAFKA_BROKERS: string;
  MONGO_URL: string;
  REDIS_URL: string;
}

/**
 * The servers the test command started for the whole run (deploy/local/test.sh exports their
 * addresses). Tests that only need working servers share these.
 */
export function sharedServers(): ServerAddresses {
  const { KAFKA_BROKERS, MONGO_URL, REDIS_URL } = process.env;
  if (!KAFKA_BROKERS || !MONGO_URL || !REDIS_URL) {
    throw new Error(
      'KAFKA_BROKERS, MONGO_URL and REDIS_URL are not set: run the suite with `npm test`, ' +
        'which starts real servers for it',
    );
  }
  return { KAFKA_BROKERS, MONGO_URL, REDIS_URL };
}

/**
 * A private set of real servers on their own ports and state folder, started with the project's
 * own deploy/local/servers.sh, for tests that stop a server on purpose.
 */
export class PrivateServers {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly stateDir: string,
    readonly addresses: ServerAddresses,
  ) {}

  /** Starts the named servers (all three when none is named); the others' addresses are unused. */
  static async start(...names: ServerName[]): Promise<PrivateServers> {
    const [kafka, controller, mongo, redis] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const stateDir = mkdtempSync(join(tmpdir(), 'ocop-servers-'));
    const env = {
      ...process.env,
      OCOP_STATE_DIR: stateDir,
      KAFKA_PORT: String(kafka),
      KAFKA_CONTROLLER_PORT: String(controller),
      MONGO_PORT: String(mongo),
      REDIS_PORT: String(redis),
    };
    const servers = new PrivateServers(env, stateDir, {
      KAFKA_BROKERS: `127.0.0.1:${kafka}`,
      MONGO_URL: `mongodb://127.0.0.1:${mongo}/`,
      REDIS_URL: `redis://127.0.0.1:${redis}`,
    });
    await servers.up(...names);
    return servers;
  }

  async up(...names: ServerName[]): Promise<void> {
    await this.script('up', names);
  }

  async down(...names: ServerName[]): Promise<void> {
    await this.script('down', names);
  }

  async destroy(): Promise<void> {
    await this.down();
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  private async script(command: 'up' | 'down', names: ServerName[]): Promise<void> {
    const script = join(repoRoot(), 'deploy/local/servers.sh');
    try {
      await run('bash', [script, command, ...names], { env: this.env, timeout: 180_000 });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`servers.sh ${command} ${names.join(' ')} failed:\n${stdout}\n${stderr}`);
    }
  }
}
