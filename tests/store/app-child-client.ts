// Drives tests/store/app-child.ts: start it on a DB, call contract methods in it, close it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ApiResult } from '../../shared/api/errors.ts';

const CHILD = fileURLToPath(new URL('./app-child.ts', import.meta.url));

export interface AppChild {
  process: ChildProcess;
  call<T = unknown>(method: string, input?: unknown): Promise<ApiResult<T>>;
  close(): Promise<void>;
}

/** `prefix`: a command to run the child through, e.g. ['runuser', '-u', 'nobody', '--'] for another OS user. */
export function startAppChild(dbPath: string, opts: { env?: NodeJS.ProcessEnv; prefix?: string[] } = {}): Promise<AppChild & { ready: { viewOnly: { reason: string } | null } }> {
  const [cmd, ...args] = [...(opts.prefix ?? []), process.execPath, CHILD, dbPath];
  const child = spawn(cmd!, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...opts.env } });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (l) => waiting.shift()?.(l));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error('app child exited before it was ready')));
    void next().then((first) => resolve({
      ready: JSON.parse(first) as { viewOnly: { reason: string } | null },
      process: child,
      async call<T>(method: string, input: unknown = {}) {
        const reply = next();
        child.stdin!.write(`${JSON.stringify({ method, input })}\n`);
        return JSON.parse(await reply) as ApiResult<T>;
      },
      async close() {
        if (child.exitCode === null) child.stdin!.write('bye\n');
        await exited;
      },
    }));
  });
}
