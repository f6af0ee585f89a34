import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '@ocop/common';
import { freePort } from './free-port';
import { SignOptions, signedFetch, TEST_INTERNAL_SECRET } from './internal-signing';
import { repoRoot } from './repo-root';
import { waitFor } from './wait-for';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A service started from its build output (dist/) as its own process, the way it runs for real. */
export class ServiceProcess {
  private output = '';
  readonly exited: Promise<Exit>;

  private constructor(
    readonly name: ServiceName,
    readonly url: string,
    private readonly child: ChildProcess,
    /** The INTERNAL_SECRET it was started with: its calls are signed with it. */
    readonly internalSecret: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /**
   * Starts `name` on a free port with `env` added to this process's environment (and the tests'
   * INTERNAL_SECRET unless `env` has one).
   */
  static async start(
    name: ServiceName,
    env: Record<string, string | undefined>,
  ): Promise<ServiceProcess> {
    const entry = join(repoRoot(), 'dist/apps', name, 'src/main.js');
    if (!existsSync(entry)) {
      throw new Error(`${entry} is missing: build first (npm run build)`);
    }
    const port = env.PORT ?? String(await freePort());
    const internalSecret = env.INTERNAL_SECRET ?? TEST_INTERNAL_SECRET;
    const child = spawn(process.execPath, [entry], {
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        ...env,
        INTERNAL_SECRET: internalSecret,
        PORT: port,
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(name, `http://127.0.0.1:${port}`, child, internalSecret);
  }

  get logs(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Waits until /health answers 200 (every dependency up). */
  async healthy(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      `${this.name} /health to answer 200`,
      async () => {
        if (!this.running) {
          throw new Error(`${this.name} exited:\n${this.output.slice(-2_000)}`);
        }
        const response = await fetch(`${this.url}/health`);
        return response.status === 200;
      },
      { timeoutMs, intervalMs: 250 },
    );
  }

  /**
   * One JSON request to the service, signed as the gateway signs its calls (with `headers`, e.g.
   * actor headers, under the signature); the body is parsed when there is one.
   */
  async call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    sign: SignOptions = {},
  ): Promise<{ status: number; body: ReturnType<typeof JSON.parse> }> {
    const response = await signedFetch(
      `${this.url}${path}`,
      {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      { secret: this.internalSecret, ...sign },
    );
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: the text as it came
    }
    return { status: response.status, body: parsed };
  }

  async stop(): Promise<Exit> {
    if (this.running) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}
