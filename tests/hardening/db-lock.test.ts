import { describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { acquireDbLock, isProcessAlive, lockPathOf } from '../../electron/store/db-lock.ts';
import { AppError } from '../../shared/api/errors.ts';
import { cli, sha256File } from '../helpers.ts';
import { holdLock, miniDb } from './helpers.ts';


const exited = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));

function expectLockError(fn: () => unknown, pattern: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('CONFLICT');
    expect((e as AppError).message).toMatch(pattern);
    return;
  }
  throw new Error('expected the lock to be refused');
}

describe('the DB lock file', () => {
  it('is created exclusively with the pid, re-entrant in one process, removed on release', () => {
    const { dbPath } = miniDb();
    const a = acquireDbLock(dbPath, 'CLI');
    const info = JSON.parse(readFileSync(lockPathOf(dbPath), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: hostname(), holder: 'CLI' });
    const b = acquireDbLock(dbPath, 'CLI'); // the same process opening its DB again
    b.release();
    expect(existsSync(lockPathOf(dbPath))).toBe(true);
    a.release();
    expect(existsSync(lockPathOf(dbPath))).toBe(false);
  });

  it('refuses a second process with a Japanese message naming the holder, and writing CLI commands change nothing', async () => {
    const { dbPath, dir } = miniDb();
    const child = await holdLock(dbPath);
    try {
      expectLockError(() => acquireDbLock(dbPath, 'CLI'), new RegExp(`アプリ\\(プロセス番号 ${child.pid}.*使用中です[\\s\\S]*終了してから`));
      const hash = sha256File(dbPath);
      writeFileSync(`${dir}/doc.json`, (await cli('dump', '--db', dbPath)).out); // reading is allowed
      const load = await cli('load', '--db', dbPath, '--json', `${dir}/doc.json`);
      expect(load.code).toBe(2);
      expect(load.err).toMatch(/使用中です/);
      expect((await cli('backup', '--db', dbPath, '--out', `${dir}/copy.db`)).code).toBe(0); // reading is allowed
      const restore = await cli('restore', '--db', dbPath, '--from', `${dir}/copy.db`);
      expect(restore.code).toBe(2);
      expect(restore.err).toMatch(/使用中です/);
      const init = await cli('init', '--db', dbPath, '--force');
      expect(init.code).toBe(2);
      expect(init.err).toMatch(/使用中です/);
      expect(sha256File(dbPath)).toBe(hash);
    } finally {
      child.stdin!.write('bye\n');
      await exited(child);
    }
    expect(existsSync(lockPathOf(dbPath))).toBe(false); // released by its owner
    const after = acquireDbLock(dbPath, 'CLI');
    after.release();
  });

  it('takes over a lock left by a process that died (SIGKILL: no chance to clean up)', async () => {
    const { dbPath } = miniDb();
    const child = await holdLock(dbPath);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(lockPathOf(dbPath))).toBe(true);
    expect(isProcessAlive(child.pid!)).toBe(false);
    const lock = acquireDbLock(dbPath, 'CLI');
    expect(JSON.parse(readFileSync(lockPathOf(dbPath), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('never takes over the lock of another terminal (shared folder), nor a fresh unreadable one', () => {
    const { dbPath } = miniDb();
    writeFileSync(lockPathOf(dbPath), JSON.stringify({ pid: 999999, host: 'OTHER-PC', holder: 'アプリ', since: '2025/6/12 9:00:00' }));
    expectLockError(() => acquireDbLock(dbPath, 'CLI'), /端末「OTHER-PC」/);
    writeFileSync(lockPathOf(dbPath), ''); // being written right now by its owner
    expectLockError(() => acquireDbLock(dbPath, 'CLI'), /別のプロセス が使用中/);
  });

  it('the plan-desk CLI refuses to write while another process holds the lock (real processes)', async () => {
    const { dbPath } = miniDb();
    const child = await holdLock(dbPath);
    try {
      const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../bin/plan-desk.mjs', import.meta.url)), 'backup', '--db', dbPath], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0); // a backup only reads
      const init = spawnSync(process.execPath, [fileURLToPath(new URL('../../bin/plan-desk.mjs', import.meta.url)), 'init', '--db', dbPath, '--force'], { encoding: 'utf8' });
      expect(init.status).toBe(2);
      expect(init.stderr).toMatch(/使用中です/);
    } finally {
      child.stdin!.write('bye\n');
      await exited(child);
    }
  });
});
