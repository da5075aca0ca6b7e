// The browser host as the user starts it (`node electron/host/main.ts --db FILE --no-open`),
// as a child process: resolves when it prints its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './context.ts';

export interface HostChild {
  child: ChildProcess;
  openUrl: string;
  /** Epoch ms (performance.timeOrigin based) at spawn and when the URL was printed. */
  spawnedAt: number;
  readyAt: number;
  stop(): Promise<void>;
}

const epochNow = () => performance.timeOrigin + performance.now();

export function startHostProcess(db: string, timeoutMs = 60_000): Promise<HostChild> {
  const spawnedAt = epochNow();
  const child = spawn(process.execPath, [join(ROOT, 'electron/host/main.ts'), '--db', db, '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => { void stop(); reject(new Error(`ホストが ${timeoutMs} ms 以内に起動しませんでした: ${err}`)); }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?t=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, openUrl: m[1]!, spawnedAt, readyAt: epochNow(), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ホストが終了しました(終了コード ${code}): ${err.trim().slice(0, 1000)}`));
    });
  });
}
