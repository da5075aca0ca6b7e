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

export function startHostProcess(db: string, timeoutMs = 60_000, env: Record<string, string> = {}): Promise<HostChild> {
  const spawnedAt = epochNow();
  const child = spawn(process.execPath, [join(ROOT, 'bin/host.mjs'), '--db', db, '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, CI: '1', ...env },
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

export interface ApiCall<T> { ms: number; ok: boolean; value: T | null; error: string | null }

/**
 * The host's API as the page calls it: the token URL once (for the cookie), then JSON POSTs with
 * the cookie and the token header. Each call is timed from request to the whole response read.
 */
export async function hostApi(openUrl: string): Promise<<T>(name: string, input: unknown) => Promise<ApiCall<T>>> {
  const url = new URL(openUrl);
  const token = url.searchParams.get('t') ?? '';
  const first = await fetch(openUrl, { redirect: 'manual' });
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!cookie) throw new Error('ホストがトークンの Cookie を返しませんでした');
  return async <T>(name: string, input: unknown) => {
    const t0 = performance.now();
    const res = await fetch(new URL(`/api/${name}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-plan-desk-token': token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
    return { ms: performance.now() - t0, ok: body.ok, value: body.value ?? null, error: body.error?.message ?? null };
  };
}
