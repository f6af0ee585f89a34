import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '@ocop/common';
import { freePort } from './free-port';
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
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Starts `name` on a free port with `env` added to this process's environment. */
  static async start(
    name: ServiceName,
    env: Record<string, string | undefined>,
  ): Promise<ServiceProcess> {
    const entry = join(repoRoot(), 'dist/apps', name, 'src/main.js');
    if (!existsSync(entry)) {
      throw new Error(`${entry} is missing: build first (npm run build)`);
    }
    const port = env.PORT ?? String(await freePort());
    const child = spawn(process.execPath, [entry], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: port, HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServiceProcess(name, `http://127.0.0.1:${port}`, child);
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

  /** One JSON request to the service; the body is parsed when there is one. */
  async call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: ReturnType<typeof JSON.parse> }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async stop(): Promise<Exit> {
    if (this.running) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}
