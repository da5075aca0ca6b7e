import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { autoBackup, dailyBackup, listBackups, newestBackup } from '../../electron/store/backup.ts';
import { inspectDbFile } from '../../electron/store/integrity.ts';
import { SCHEMA_VERSION } from '../../electron/store/migrations.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { cli, sha256File } from '../helpers.ts';
import { contentHash, damageFile, miniDb } from './helpers.ts';

describe('automatic backups', () => {
  it('dailyBackup makes one backup per day and skips a second start the same day', async () => {
    const { dbPath } = miniDb();
    const db = openDatabase(dbPath);
    try {
      const day1 = new Date(2025, 5, 12, 9, 0, 0);
      const first = await dailyBackup(db, dbPath, day1);
      expect(first).toMatch(/backups[/\\]plan-20250612-090000-daily\.db$/);
      expect(await dailyBackup(db, dbPath, new Date(2025, 5, 12, 17, 30, 0))).toBeNull();
      const next = await dailyBackup(db, dbPath, new Date(2025, 5, 13, 8, 0, 0));
      expect(next).toMatch(/plan-20250613-080000-daily\.db$/);
      expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily', 'daily']);
      expect(newestBackup(dbPath)?.path).toBe(next);
      // A backup is a whole, healthy plan DB with the same content.
      expect(inspectDbFile(next!, SCHEMA_VERSION).version).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
    expect(contentHash(listBackups(dbPath)[0]!.path)).toBe(contentHash(dbPath));
  });

  it('keeps only the newest 20 automatic backups', async () => {
    const { dbPath, dir } = miniDb();
    const db = openDatabase(dbPath);
    try {
      for (let i = 0; i < 23; i++) await autoBackup(db, dbPath, 'import', new Date(2025, 0, 1, 10, 0, i));
    } finally {
      db.close();
    }
    const names = readdirSync(join(dir, 'backups')).sort();
    expect(names).toHaveLength(20);
    expect(names[0]).toBe('plan-20250101-100003-import.db');
    expect(names.at(-1)).toBe('plan-20250101-100022-import.db');
  });

  it('openAppDatabase (Electron and browser host start) takes the daily backup and holds the lock', async () => {
    const { dbPath } = miniDb();
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    try {
      expect(app.dailyBackupPath).not.toBeNull();
      expect(existsSync(app.dailyBackupPath!)).toBe(true);
      expect(existsSync(`${dbPath}.lock`)).toBe(true);
    } finally {
      app.close();
    }
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
    const again = await openAppDatabase(dbPath, 'ブラウザー版');
    expect(again.dailyBackupPath).toBeNull(); // same day: no second backup
    again.close();
  });
});

describe('plan-desk backup / restore', () => {
  it('backup --out writes a checked copy and refuses to overwrite a file', async () => {
    const { dbPath, dir } = miniDb();
    const out = join(dir, 'copy.db');
    const r = await cli('backup', '--db', dbPath, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(contentHash(out)).toBe(contentHash(dbPath));
    const again = await cli('backup', '--db', dbPath, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/既にあります/);
  });

  it('restore puts the backup back, keeps the replaced DB in backups/, and leaves no temp file', async () => {
    const { dbPath, dir } = miniDb();
    const out = join(dir, 'before.db');
    await cli('backup', '--db', dbPath, '--out', out);
    const before = contentHash(dbPath);
    // Change the plan, then restore the earlier state.
    const doc = JSON.parse((await cli('dump', '--db', dbPath)).out);
    doc.initiatives[0].title = '変更後の題名';
    writeFileSync(join(dir, 'changed.json'), JSON.stringify(doc));
    expect((await cli('load', '--db', dbPath, '--json', join(dir, 'changed.json'))).code).toBe(0);
    const changed = contentHash(dbPath);
    expect(changed).not.toBe(before);

    const r = await cli('restore', '--db', dbPath, '--from', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/復元しました/);
    expect(contentHash(dbPath)).toBe(before);
    const kept = listBackups(dbPath).find((b) => b.reason === 'before-restore');
    expect(kept).toBeDefined();
    expect(contentHash(kept!.path)).toBe(changed);
    expect(readdirSync(dir).filter((n) => /tmp|journal|lock/.test(n))).toEqual([]);
  });

  const copyOf = async (dbPath: string, to: string) => { expect((await cli('backup', '--db', dbPath, '--out', to)).code).toBe(0); };
  it.each<[string, (from: string, dbPath: string) => Promise<void> | void, RegExp]>([
    ['not a database', (from) => writeFileSync(from, 'これはデータベースではありません'.repeat(100)), /SQLite データベースとして読めません/],
    ['an empty file', (from) => writeFileSync(from, ''), /アクションプラン・デスクのデータベースではありません/],
    ['another SQLite file', (from) => { const d = new Database(from); d.exec('CREATE TABLE t (x)'); d.close(); }, /アクションプラン・デスクのデータベースではありません/],
    ['a DB of a newer app', async (from, dbPath) => {
      await copyOf(dbPath, from);
      const d = new Database(from);
      d.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      d.close();
    }, /新しい版のアプリ/],
    ['a damaged backup', async (from, dbPath) => { await copyOf(dbPath, from); damageFile(from); }, /壊れて|読めません/],
  ])('restore refuses %s and leaves the DB byte-identical', async (_name, make, msg) => {
    const { dbPath, dir } = miniDb();
    const from = join(dir, 'from.db');
    await make(from, dbPath);
    const hash = sha256File(dbPath);
    const r = await cli('restore', '--db', dbPath, '--from', from);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(sha256File(dbPath)).toBe(hash);
    expect(listBackups(dbPath)).toEqual([]); // refused before anything was written
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
  });
});
