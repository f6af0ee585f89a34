import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const now = (): number => performance.now();

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile (q in 0..1) of unsorted samples; NaN when there are none. */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Polls until `done` holds; throws naming `what` after `timeoutMs`. */
export async function until(
  what: string,
  done: () => boolean,
  { timeoutMs = 300_000, intervalMs = 10 } = {},
): Promise<void> {
  const deadline = now() + timeoutMs;
  while (!done()) {
    if (now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * CPU seconds used by this process and by the servers whose pids are known (BENCH_KAFKA_PID,
 * BENCH_MONGO_PID, set by run-core.sh when it started them), so each phase can say who was busy.
 */
export class CpuMeter {
  private readonly ticksPerSecond = 100; // USER_HZ on Linux
  private readonly pids: Record<string, number> = {};

  constructor(pids: Record<string, string | undefined>) {
    for (const [name, pid] of Object.entries(pids)) {
      if (pid && /^\d+$/.test(pid) && this.procSeconds(Number(pid)) !== undefined) {
        this.pids[name] = Number(pid);
      }
    }
  }

  /** Cumulative CPU seconds: `bench` (this process) and each known server. */
  sample(): Record<string, number> {
    const usage = process.cpuUsage();
    const result: Record<string, number> = { bench: (usage.user + usage.system) / 1e6 };
    for (const [name, pid] of Object.entries(this.pids)) {
      const seconds = this.procSeconds(pid);
      if (seconds !== undefined) result[name] = seconds;
    }
    return result;
  }

  /** Cores busy on average between two samples taken `wallMs` apart, per process. */
  static cores(
    before: Record<string, number>,
    after: Record<string, number>,
    wallMs: number,
  ): Record<string, number> {
    const cores: Record<string, number> = {};
    for (const name of Object.keys(after)) {
      if (before[name] !== undefined) {
        cores[name] = round((after[name] - before[name]) / (wallMs / 1000), 2);
      }
    }
    return cores;
  }

  private procSeconds(pid: number): number | undefined {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
      return (Number(fields[11]) + Number(fields[12])) / this.ticksPerSecond;
    } catch {
      return undefined;
    }
  }
}

/** The promise's value, or `fallback` if it takes longer than `ms` (the promise is abandoned). */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
