// The lock belongs to the file, not to its name; it is written whole or not at all; and what a
// killed run leaves beside the DB (lock temp file, restore copy, backup .part) is cleaned at the next start.
import { describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDbLock, lockPathOf, lockTempPathOf } from '../../electron/store/db-lock.ts';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { cli, sha256File } from '../helpers.ts';
import { holdLock, miniDb } from '../hardening/helpers.ts';

const DEAD_PID = 2 ** 22 + 12345; // above Linux's default pid_max: never a live process
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000);

async function release(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.stdin!.write('bye\n');
  await exited;
}

describe('one lock per file, whatever its name', () => {
  it('a symlink or a path with .. to a DB a host holds is refused for writing', async () => {
    const { dir, dbPath } = miniDb();
    const alias = join(dir, 'alias.db');
    symlinkSync(dbPath, alias);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'doc.json'), (await cli('dump', '--db', dbPath)).out);
    const child = await holdLock(dbPath);
    try {
      const hash = sha256File(dbPath);
      for (const name of [alias, `${dir}/sub/../plan.db`]) {
        expect(lockPathOf(name)).toBe(lockPathOf(dbPath));
        const r = await cli('load', '--db', name, '--json', join(dir, 'doc.json'));
        expect(r.code, name).toBe(2);
        expect(r.err).toMatch(/使用中です/);
      }
      expect(sha256File(dbPath)).toBe(hash);
    } finally {
      await release(child);
    }
    expect((await cli('load', '--db', alias, '--json', join(dir, 'doc.json'))).code).toBe(0); // free again
  });

  it('a DB not made yet is locked by its folder\'s real path + its name', () => {
    const { dir } = miniDb();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(lockPathOf(join(dir, 'link', 'new.db'))).toBe(lockPathOf(join(dir, 'real', 'new.db')));
  });
});

describe('the lock file under a crash', () => {
  it('is never seen half-written: the content is complete the moment the lock exists', () => {
    const { dbPath } = miniDb();
    const lock = acquireDbLock(dbPath, 'CLI');
    try {
      expect(JSON.parse(readFileSync(lockPathOf(dbPath), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'CLI' });
      expect(existsSync(lockTempPathOf(lockPathOf(dbPath)))).toBe(false); // the temporary file is gone
    } finally {
      lock.release();
    }
  });

  it('a crash between creating the temporary file and linking it leaves no lock: the next start opens, and cleans the leftover', async () => {
    const { dbPath } = miniDb();
    const leftover = lockTempPathOf(lockPathOf(dbPath), DEAD_PID);
    writeFileSync(leftover, '{"pid":'); // killed while writing it, a while ago
    utimesSync(leftover, anHourAgo(), anHourAgo());
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    try {
      expect(app.viewOnly).toBeNull();
      expect(existsSync(leftover)).toBe(false);
    } finally {
      app.close();
    }
  });

  it('an empty lock left by an older version is taken over once it is old, never while fresh', async () => {
    const { dbPath } = miniDb();
    writeFileSync(lockPathOf(dbPath), '');
    const fresh = await openAppDatabase(dbPath, 'ブラウザー版');
    expect(fresh.viewOnly?.reason).toMatch(/別のプログラム/); // its writer may be between create and write
    fresh.close();
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(dbPath), old, old);
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    expect(app.viewOnly).toBeNull();
    app.close();
  });
});

describe('leftovers of a killed run', () => {
  it('restore copies and backup .part files of dead processes are removed at the next start; a live one\'s, a fresh one\'s and another DB\'s are kept', async () => {
    const { dir, dbPath } = miniDb();
    mkdirSync(join(dir, 'backups'));
    const dead = [
      `${dbPath}.restore-${DEAD_PID}.tmp`,
      `${dbPath}.init-${DEAD_PID}.tmp`,
      join(dir, 'backups', `plan-20250101-100000-manual.db.${DEAD_PID}.part`),
    ];
    const kept = [
      `${dbPath}.restore-${process.ppid}.tmp`, // a restore under way in a live process
      `${dbPath}.restore-${DEAD_PID + 1}.tmp`, // just written: maybe by another terminal, whose pid means nothing here
      join(dir, 'backups', `other-20250101-100000-manual.db.${DEAD_PID}.part`), // another DB's: its own start cleans it
      join(dir, 'backups', 'plan-20250101-100000-manual.db'),
    ];
    for (const p of [...dead, ...kept]) {
      writeFileSync(p, 'x');
      if (!p.includes(String(DEAD_PID + 1))) utimesSync(p, anHourAgo(), anHourAgo());
    }
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    app.close();
    for (const p of dead) expect(existsSync(p), p).toBe(false);
    for (const p of kept) expect(existsSync(p), p).toBe(true);
  });
});
