// A frozen revision whose stored JSON is damaged is listed as damaged; the other revisions and
// the plan stay usable (the list no longer fails as a whole).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { RevisionInfo } from '../../shared/revisions/types.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { cli } from '../helpers.ts';
import { miniDb } from '../hardening/helpers.ts';

/** Overwrites a revision's stored document as a damaged file would (the never-updated trigger set aside for it). */
function damageRevision(dbPath: string, label: string): void {
  const db = new Database(dbPath);
  const trigger = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'revision_never_updated'").get() as { sql: string }).sql;
  db.exec('DROP TRIGGER revision_never_updated');
  db.prepare('UPDATE revision SET document_json = ? WHERE label = ?').run('{"plan": {"title": "途中で切', label);
  db.exec(trigger);
  db.close();
}

describe('a damaged revision snapshot', () => {
  it('is listed as damaged; the others, the plan and the 新旧対照表 of the others still work', async () => {
    const { dbPath } = miniDb();
    expect((await cli('revision', 'create', '--db', dbPath, '--label', '2026年度改定版', '--date', '2026-07-01', '--summary', '①更新しました。')).code).toBe(0);
    damageRevision(dbPath, '2025年度改定版');

    const list = await cli('revision', 'list', '--db', dbPath);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/2025年度改定版.*保存内容が壊れています/);
    expect(list.out).toMatch(/2026年度改定版.*①更新しました。/);

    const db = openDatabase(dbPath, { create: false });
    try {
      const ctx = makeContext(db, dbPath, 'cli');
      const r = await dispatch(handlers, 'listRevisions', {}, ctx);
      if (!r.ok) throw new Error(r.error.message);
      const byLabel = new Map((r.value as RevisionInfo[]).map((x) => [x.label, x]));
      expect(byLabel.get('2025年度改定版')?.damaged).toBe(true);
      expect(byLabel.get('2026年度改定版')?.damaged).toBeUndefined();
      const bad = await dispatch(handlers, 'getRevision', { label: '2025年度改定版' }, ctx);
      expect(!bad.ok && bad.error.code).toBe('DB_INVALID');
      expect(!bad.ok && bad.error.message).toMatch(/ほかの改定版と現在の計画は使えます/);
      expect((await dispatch(handlers, 'getRevision', { label: '2026年度改定版' }, ctx)).ok).toBe(true);
      expect((await dispatch(handlers, 'compareRevisions', { from: '2026年度改定版', to: 'working' }, ctx)).ok).toBe(true);
      expect((await dispatch(handlers, 'dumpPlan', {}, ctx)).ok).toBe(true);
    } finally {
      db.close();
    }
  });
});
