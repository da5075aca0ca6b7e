import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { autoBackup } from '../../electron/store/backup.ts';
import { openCheckedDatabase, recoveryHint } from '../../electron/store/integrity.ts';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { cli, sha256File } from '../helpers.ts';
import { contentHash, damageFile, miniDb } from './helpers.ts';

async function refusal(p: () => unknown): Promise<AppError> {
  try {
    await p();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected DB_INVALID');
}

describe('health check on start (quick_check) and the recovery message', () => {
  it('a healthy DB opens', () => {
    const { dbPath } = miniDb();
    openCheckedDatabase(dbPath).close();
  });

  it('a damaged DB is refused with DB_INVALID naming the newest backup and the restore command; the file is unchanged', async () => {
    const { dbPath } = miniDb();
    const db = openDatabase(dbPath);
    await autoBackup(db, dbPath, 'import', new Date(2025, 5, 1, 9, 0, 0));
    const newest = await autoBackup(db, dbPath, 'daily', new Date(2025, 5, 12, 9, 0, 0));
    db.close();
    damageFile(dbPath);
    const hash = sha256File(dbPath);

    const e = await refusal(() => openCheckedDatabase(dbPath));
    expect(e.code).toBe('DB_INVALID');
    expect(e.message).toMatch(/壊れて/);
    expect(e.message).toContain(newest!);
    expect(e.message).toContain(`plan-desk restore --db "${dbPath}" --from "${newest}"`);
    expect(sha256File(dbPath)).toBe(hash);

    // The same refusal from the browser host / Electron start (and the lock is not left behind) …
    const app = await refusal(() => openAppDatabase(dbPath, 'アプリ'));
    expect(app.code).toBe('DB_INVALID');
    expect(existsSync(`${dbPath}.lock`)).toBe(false);
    // … and from the CLI.
    const r = await cli('dump', '--db', dbPath);
    expect(r.code).toBe(2);
    expect(r.err).toContain('plan-desk restore');
    expect(sha256File(dbPath)).toBe(hash);

    // Following the message repairs it.
    const fix = await cli('restore', '--db', dbPath, '--from', newest!);
    expect(fix.code, fix.err).toBe(0);
    expect(contentHash(dbPath)).toBe(contentHash(newest!));
    openCheckedDatabase(dbPath).close();
  });

  it('a file that is not SQLite at all is refused with the same hint', async () => {
    const { dir } = miniDb();
    const bad = join(dir, 'plan-bad.db');
    writeFileSync(bad, 'PK\u0003\u0004 not a database'.repeat(200));
    const e = await refusal(() => openCheckedDatabase(bad));
    expect(e.code).toBe('DB_INVALID');
    expect(e.message).toMatch(/SQLite データベースとして開けません/);
    expect(e.message).toMatch(/バックアップ/);
  });

  it('says so when there is no backup yet', () => {
    const { dbPath } = miniDb();
    expect(recoveryHint(dbPath)).toMatch(/バックアップ.*見つかりません/);
  });

  it('a truncated DB (power cut while copying it) is refused, not half-read', async () => {
    const { dbPath, dir } = miniDb();
    const cut = join(dir, 'cut.db');
    copyFileSync(dbPath, cut);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    const e = await refusal(() => openCheckedDatabase(cut));
    expect(e.code).toBe('DB_INVALID');
  });
});

