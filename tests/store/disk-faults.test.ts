// Faults of the disk with real file systems: a full disk (a small tmpfs filled up) and a folder
// that cannot be written (the tmpfs remounted read-only). Mounting needs root and a kernel that
// allows it; without, these tests are skipped with the reason.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { InitiativeView } from '../../shared/api/contract.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import { openAppDatabase } from '../../electron/store/app-open.ts';
import { lockPathOf } from '../../electron/store/db-lock.ts';
import { integrityProblems } from '../../electron/store/integrity.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { cli, miniPlan, tempDir } from '../helpers.ts';
import { contentHash } from '../hardening/helpers.ts';

function mount(dir: string, options: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}
const umount = (dir: string) => spawnSync('umount', [dir], { stdio: 'ignore' });

const CAN_MOUNT = (() => {
  const probe = tempDir();
  if (!mount(probe, 'size=64k')) return false;
  umount(probe);
  return true;
})();
const SKIP = CAN_MOUNT ? '' : ' (skipped: this machine does not allow mounting a tmpfs; needs root and mount permission)';

const mounted: string[] = [];
afterEach(() => {
  for (const d of mounted.splice(0)) umount(d);
});

/** A 2 MB tmpfs holding a mini-plan DB. */
function smallDisk(): { dir: string; dbPath: string } {
  const dir = tempDir();
  if (!mount(dir, 'size=2m')) throw new Error('mount failed');
  mounted.push(dir);
  const dbPath = join(dir, 'plan.db');
  openDatabase(dbPath, { seed: miniPlan }).close();
  return { dir, dbPath };
}

/** Fills the disk until ENOSPC; returns the filler file to delete. */
function fillUp(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
  for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
    try {
      const f = openSync(join(dir, `filler-${size}`), 'w');
      try { for (;;) writeSync(f, Buffer.alloc(size)); } catch { /* full */ } finally { closeSync(f); }
    } catch { break; }
  }
  return filler;
}

const renamed = ({ version: _v, ...it }: InitiativeView, title: string) => ({ ...it, title });

describe.skipIf(!CAN_MOUNT)(`a full disk${SKIP}`, () => {
  it('a save says the disk is full, in plain words, and the DB stays whole', async () => {
    const { dir, dbPath } = smallDisk();
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    try {
      const ctx = makeContext(app.db, dbPath, 'browser', app);
      const list = await dispatch(handlers, 'listInitiatives', {}, ctx);
      if (!list.ok) throw new Error(list.error.message);
      const first = (list.value as InitiativeView[])[0]!;
      fillUp(dir);
      const before = contentHash(dbPath);
      const r = await dispatch(handlers, 'saveInitiative', { id: first.id, version: first.version, initiative: renamed(first, 'あ'.repeat(3000)) }, ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('STORAGE');
        expect(r.error.message).toMatch(/^ディスクの空き容量が足りないため、データベース「.*plan\.db」に書き込めませんでした。変更は保存していません。/);
        expect(r.error.message).not.toMatch(/予期しない/);
      }
      expect(contentHash(dbPath)).toBe(before);
      expect(integrityProblems(app.db)).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('the host still starts when the DB is readable (view-only, no empty lock left), and edits once space is freed', async () => {
    const { dir, dbPath } = smallDisk();
    const filler = fillUp(dir);
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    try {
      expect(app.viewOnly?.reason).toBe('ディスクの空き容量がないため');
      expect(existsSync(lockPathOf(dbPath))).toBe(false);
      const ctx = makeContext(app.db, dbPath, 'browser', app);
      expect((await dispatch(handlers, 'dumpPlan', {}, ctx)).ok).toBe(true);
      const r = await dispatch(handlers, 'loadPlan', { document: miniPlan() }, ctx);
      expect(!r.ok && r.error.message).toMatch(/^閲覧のみで開いています\(ディスクの空き容量がないため\)/);
      rmSync(filler);
      const info = await dispatch(handlers, 'reopenDatabase', {}, ctx);
      expect(info.ok && (info.value as { readOnly: boolean }).readOnly).toBe(false);
      expect((await dispatch(handlers, 'loadPlan', { document: miniPlan() }, ctx)).ok).toBe(true);
    } finally {
      app.close();
    }
  });

  it('the CLI says so without a stack trace', async () => {
    const { dir, dbPath } = smallDisk();
    fillUp(dir);
    for (const args of [['init', '--db', join(dir, 'new.db')], ['load', '--db', dbPath, '--json', 'tests/fixtures/mini-plan.json'], ['backup', '--db', dbPath]]) {
      const r = await cli(...args);
      expect(r.code, args[0]).not.toBe(0);
      expect(r.err, args[0]).toMatch(/空き容量/);
      expect(r.err, args[0]).not.toMatch(/予期しないエラー|\n\s+at /);
    }
  });
});

describe.skipIf(!CAN_MOUNT)(`a disk with room for the lock only${SKIP}`, () => {
  it('restore fails on the copy with plain words, leaves no temporary file and the DB as it was', async () => {
    const { dir, dbPath } = smallDisk();
    const copy = join(tempDir(), 'copy.db');
    expect((await cli('backup', '--db', dbPath, '--out', copy)).code).toBe(0);
    const before = contentHash(dbPath);
    const filler = fillUp(dir);
    truncateSync(filler, statSync(filler).size - 8192); // two pages: the lock fits, the copy does not
    const r = await cli('restore', '--db', dbPath, '--from', copy);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^エラー: ディスクの空き容量が足りないため、データベース「[^」]+」に書き込めませんでした。変更は保存していません。/);
    expect(r.err).not.toMatch(/予期しないエラー|\n\s+at /);
    expect(readdirSync(dir).filter((n) => n.includes('.restore-') || n.endsWith('.lock'))).toEqual([]);
    expect(contentHash(dbPath)).toBe(before);
  });
});

describe.skipIf(!CAN_MOUNT)(`a folder that cannot be written${SKIP}`, () => {
  it('opens view-only naming the cause; writing commands say what to do', async () => {
    const { dir, dbPath } = smallDisk();
    mkdirSync(join(dir, 'backups'));
    expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
    const app = await openAppDatabase(dbPath, 'ブラウザー版');
    try {
      expect(app.viewOnly?.reason).toBe('データベースのフォルダーに書き込めないため');
      const ctx = makeContext(app.db, dbPath, 'browser', app);
      expect((await dispatch(handlers, 'listInitiatives', {}, ctx)).ok).toBe(true);
      const r = await dispatch(handlers, 'loadPlan', { document: miniPlan() }, ctx);
      expect(!r.ok && r.error.code).toBe('READ_ONLY');
    } finally {
      app.close();
    }
    const load = await cli('load', '--db', dbPath, '--json', 'tests/fixtures/mini-plan.json');
    expect(load.code).toBe(2);
    expect(load.err).toMatch(/フォルダーに書き込めません\(EROFS\)。フォルダーの権限を確認するか/);
    expect((await cli('dump', '--db', dbPath)).code).toBe(0); // reading still works
  });
});
