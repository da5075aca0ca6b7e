// Two DBs in one folder share backups/ but never each other's backups: each gets its own daily
// backup, rotation counts each DB's own, and a damage message names the right DB's backup.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { autoBackup, KEEP_AUTO_BACKUPS, listBackups } from '../../electron/store/backup.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { damageFile } from '../hardening/helpers.ts';

describe('backups of two DBs in one folder', () => {
  it('each DB gets its own daily backup, named by its stem, and its own rotation', async () => {
    const dir = tempDir();
    const a = join(dir, 'plan.db');
    const b = join(dir, 'plan-2.db');
    for (const p of [a, b]) (await openAppDatabase(p, 'ブラウザー版', { seed: miniPlan })).close();
    const names = readdirSync(join(dir, 'backups')).sort();
    expect(names).toHaveLength(2);
    expect(names.filter((n) => /^plan-\d{8}-\d{6}-daily\.db$/u.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^plan-2-\d{8}-\d{6}-daily\.db$/u.test(n))).toHaveLength(1);
    expect(listBackups(a).map((x) => x.name)).toEqual(names.filter((n) => !n.startsWith('plan-2-')));
    expect(listBackups(b).map((x) => x.name)).toEqual(names.filter((n) => n.startsWith('plan-2-')));

    const db = openDatabase(a);
    try {
      for (let i = 0; i < KEEP_AUTO_BACKUPS + 5; i++) await autoBackup(db, a, 'import', new Date(2024, 0, 1, 10, 0, i));
    } finally {
      db.close();
    }
    expect(listBackups(a)).toHaveLength(KEEP_AUTO_BACKUPS);
    expect(listBackups(b)).toHaveLength(1); // the other DB's backup is not rotated away
  });

  it('the damage message of the second DB points to its own backup, and says how many are kept', async () => {
    const dir = tempDir();
    const a = join(dir, 'plan.db');
    const b = join(dir, 'other.db');
    (await openAppDatabase(b, 'ブラウザー版', { seed: miniPlan })).close();
    (await openAppDatabase(a, 'ブラウザー版', { seed: miniPlan })).close(); // a's backup is the newest file
    damageFile(b);
    let message = '';
    try {
      (await openAppDatabase(b, 'ブラウザー版')).close();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      message = (e as AppError).message;
    }
    const own = listBackups(b)[0]!.path;
    expect(message).toContain(`plan-desk restore --db "${b}" --from "${own}"`);
    expect(message).not.toContain(listBackups(a)[0]!.path);
    expect(message).toContain(`${KEEP_AUTO_BACKUPS} 個`);
  });
});
