import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CpuMeter, round, sleep } from './stats';

/**
 * The pids of a stack that deploy/local started, by name: its servers (`run/<name>.pid`, written
 * by servers.sh: kafka, mongo = FerretDB, redis) and its services (`services/<name>.pid`, written
 * by stack.sh).
 */
export function stackPids(stateDir: string): Record<string, string> {
  const pids: Record<string, string> = {};
  for (const dir of ['run', 'services'].map((sub) => join(stateDir, sub))) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.pid'));
    } catch {
      continue;
    }
    for (const file of files) {
      pids[file.slice(0, -'.pid'.length)] = readFileSync(join(dir, file), 'utf8').trim();
    }
  }
  return pids;
}

type CpuSample = Record<string, number>;

/** The load generator's name in CpuMeter samples (this process), kept apart from the stack's. */
const LOAD_GENERATOR = 'bench';

/**
 * What a window of commands cost the stack's processes: their CPU from `before` to `after`, less
 * what they use when idle (`idleCores`, per process, measured beforehand) over the same time, per
 * command. So the figure counts the work behind a command (the answer and every consumer's
 * catch-up), not the stack's timers and polls, which would otherwise weigh more at low rates.
 */
export function cpuPerCommand(
  before: CpuSample,
  after: CpuSample,
  wallSeconds: number,
  commands: number,
  idleCores: CpuSample,
) {
  const byProcess: Record<string, number> = {};
  let total = 0;
  for (const name of Object.keys(after)) {
    if (name === LOAD_GENERATOR || before[name] === undefined) continue;
    const used = after[name] - before[name] - (idleCores[name] ?? 0) * wallSeconds;
    const ms = (Math.max(used, 0) * 1000) / commands;
    byProcess[name] = round(ms, 2);
    total += ms;
  }
  const loadGenerator = ((after[LOAD_GENERATOR] ?? 0) - (before[LOAD_GENERATOR] ?? 0)) * 1000;
  return {
    ms: round(total, 2),
    byProcess,
    loadGeneratorMs: round(loadGenerator / commands, 2),
  };
}

/**
 * Cores each stack process keeps busy while nothing is asked of it, over `seconds`. Not rounded
 * (unlike CpuMeter.cores): a process idling at 0.004 cores still costs a 40 s window 0.16 s.
 */
export async function idleCores(cpu: CpuMeter, seconds: number): Promise<CpuSample> {
  const before = cpu.sample();
  await sleep(seconds * 1000);
  const after = cpu.sample();
  const cores: CpuSample = {};
  for (const name of Object.keys(after)) {
    if (name !== LOAD_GENERATOR && before[name] !== undefined) {
      cores[name] = (after[name] - before[name]) / seconds;
    }
  }
  return cores;
}
