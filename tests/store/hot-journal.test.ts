// A writer killed mid-commit leaves a hot journal. Every reading command rolls it back the way
// the app's start does (read-write, under the lock) and then reads the state before the change;
// none of them calls the healthy DB damaged.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lockPathOf } from '../../electron/store/db-lock.ts';
import { cli } from '../helpers.ts';
import { miniDb } from '../hardening/helpers.ts';

const WRITER = fileURLToPath(new URL('./killed-writer.ts', import.meta.url));

/** Runs the writer until its change has spilled into the DB file, then SIGKILLs it. */
async function killWriterMidCommit(dbPath: string): Promise<void> {
  const child = spawn(process.execPath, [WRITER, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const said = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => resolve(c.toString().trim()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`writer exited ${code}`)));
  });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  expect(said).toBe('HOT');
}

describe('a hot journal left by a killed writer', () => {
  for (const args of [['dump'], ['check'], ['revision', 'list'], ['backup']]) {
    it(`\`${args.join(' ')}\` rolls it back and reads the state before the change`, async () => {
      const { dbPath } = miniDb();
      const before = await cli('dump', '--db', dbPath);
      await killWriterMidCommit(dbPath);
      expect(statSync(`${dbPath}-journal`).size).toBeGreaterThan(0);
      expect(existsSync(lockPathOf(dbPath))).toBe(true); // the dead writer's lock

      const r = await cli(...args, '--db', dbPath);
      expect(r.err).not.toMatch(/壊れて|開けません|readonly/);
      if (args[0] === 'check') expect([0, 1], r.err).toContain(r.code); // 1: findings of the plan itself
      else expect(r.code, r.err).toBe(0);
      expect(existsSync(`${dbPath}-journal`)).toBe(false);
      expect(existsSync(lockPathOf(dbPath))).toBe(false); // taken over for the rollback, then released
      const after = await cli('dump', '--db', dbPath);
      expect(after.out).toBe(before.out);
      expect(after.out).not.toContain('途中で終わった変更');
    });
  }

  it('while another terminal holds the DB, a reading command says the save was left unfinished (not damaged) and changes nothing', async () => {
    const { dbPath } = miniDb();
    await killWriterMidCommit(dbPath);
    writeFileSync(lockPathOf(dbPath), JSON.stringify({ pid: 1, host: 'OTHER-PC', holder: 'アプリ', since: '2026/4/1 9:00:00' }));
    const journal = statSync(`${dbPath}-journal`).size;
    const r = await cli('dump', '--db', dbPath);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/保存の途中で終わった変更の跡.*開けません。データベースを開いている端末のアプリを終了してから開き直す/s);
    expect(r.err).not.toMatch(/壊れています|SQLite データベースとして開けません/);
    expect(statSync(`${dbPath}-journal`).size).toBe(journal);
  });
});
