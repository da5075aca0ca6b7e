// The machine a run was measured on: printed with every table so figures can be compared.
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  date: string;
  /** 1, 5 and 15 minute load averages at the start and end of the run. */
  loadStart: number[];
  loadEnd?: number[];
  freeMemoryGiB: number;
  soffice: string | null;
  chromium: string | null;
}

function version(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

export function describeMachine(chromiumPath: string): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? '不明',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    loadStart: loadavg().map((x) => Math.round(x * 100) / 100),
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    soffice: version('soffice', ['--version']),
    chromium: version(chromiumPath, ['--version']),
  };
}
