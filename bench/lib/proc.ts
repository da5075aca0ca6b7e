// Timing a whole child process as a user would wait on it: wall time from spawn to exit, and its
// peak memory (GNU time's maximum RSS when /usr/bin/time exists, else the child's own
// process.resourceUsage().maxRSS reported by a small wrapper, for Node children only).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = () => existsSync(GNU_TIME);
const RSS_WRAPPER = fileURLToPath(new URL('./rss-wrapper.ts', import.meta.url));

export interface ProcResult {
  code: number | null;
  wallMs: number;
  /** Peak resident memory in MiB, or null when it cannot be measured. */
  peakMiB: number | null;
  stdout: string;
  stderr: string;
}

export interface ProcOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Where stdout goes when it is large (dump): a file instead of memory. */
  stdoutFile?: string;
  /** The command is `node script …`: allows the maxRSS wrapper when GNU time is absent. */
  nodeScript?: boolean;
}

export async function timeProcess(cmd: string, args: string[], opts: ProcOptions = {}): Promise<ProcResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-proc-'));
  const rssFile = join(scratch, 'rss');
  let argv: string[];
  let file: string;
  if (hasGnuTime()) {
    [file, argv] = [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]];
  } else if (opts.nodeScript) {
    [file, argv] = [cmd, [RSS_WRAPPER, rssFile, ...args]];
  } else {
    [file, argv] = [cmd, args];
  }
  const outFd = opts.stdoutFile ? openSync(opts.stdoutFile, 'w') : null;
  try {
    const t0 = performance.now();
    const child = spawn(file, argv, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', outFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    const wallMs = performance.now() - t0;
    clearTimeout(timer);
    let peakMiB: number | null = null;
    if (existsSync(rssFile)) {
      // GNU time and maxRSS both report KiB; GNU time may prefix a "Command exited with non-zero status" line.
      const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
      if (Number.isFinite(kib) && kib > 0) peakMiB = kib / 1024;
    }
    return { code, wallMs, peakMiB, stdout, stderr };
  } finally {
    if (outFd !== null) closeSync(outFd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Throws with the child's own words when it failed: a benchmark of a failing command measures nothing. */
export function expectOk(r: ProcResult, what: string): ProcResult {
  if (r.code !== 0) throw new Error(`${what} が失敗しました(終了コード ${r.code}): ${r.stderr.trim().slice(0, 2000)}`);
  return r;
}
