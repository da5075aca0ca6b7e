// Migration 8: a DB made from the earlier seed (without the list-vs-sheet marks) gains them on its
// published initiatives, not on one whose title was edited since, and not twice.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/store/open.ts';
import { migrate, SCHEMA_VERSION } from '../../electron/store/migrations.ts';
import { currentPlanId, readPlanDocument } from '../../electron/store/plan-read.ts';
import { liveMarks } from '../../shared/domain/review-marks.ts';
import type { PlanDocument } from '../../shared/domain/document.ts';
import { readJson, SEED_URL, tempDir } from '../helpers.ts';

const NEW = [[26, 'title'], [30, 'title'], [31, 'policy'], [32, 'policy'], [33, 'policy'], [37, 'title'], [39, 'title'], [43, 'policy']] as const;
const dbs: { close(): void }[] = [];
afterEach(() => { for (const d of dbs.splice(0)) d.close(); });

/** A version-7 DB holding the seed as it shipped before: none of the eight marks. */
function earlierSeedDb() {
  const db = openDatabase(':memory:', { seed: () => readJson<PlanDocument>(SEED_URL) });
  dbs.push(db);
  const gone = db.prepare("DELETE FROM review_mark WHERE (field = 'policy') OR (field = 'title' AND initiative_id IN ('seed-26', 'seed-30', 'seed-37', 'seed-39'))").run();
  expect(gone.changes).toBe(NEW.length);
  db.pragma('user_version = 7');
  return db;
}

const marksOf = (db: ReturnType<typeof earlierSeedDb>) => {
  const doc = readPlanDocument(db, currentPlanId(db));
  return new Map(doc.initiatives.map((it) => [it.no, liveMarks(it).map((m) => m.field)]));
};

describe('migration 8: the list-vs-sheet marks for DBs of the earlier seed', () => {
  it('adds each mark, holding on the text the DB has, after the marks it had', () => {
    const db = earlierSeedDb();
    const before = marksOf(db);
    expect(migrate(db)).toEqual({ from: 7, to: SCHEMA_VERSION });
    const after = marksOf(db);
    for (const [no, field] of NEW) expect(after.get(no), `No.${no}`).toEqual([...before.get(no)!, field]);
    const seed = readJson<PlanDocument>(SEED_URL);
    const added = readPlanDocument(db, currentPlanId(db)).initiatives.find((i) => i.no === 43)!.reviewMarks!.at(-1)!;
    expect(added).toEqual(seed.initiatives.find((i) => i.no === 43)!.reviewMarks!.find((m) => m.field === 'policy'));
  });

  it('leaves an initiative alone whose title or 方針 the coordinator changed', () => {
    const db = earlierSeedDb();
    db.prepare("UPDATE initiative SET title = 'オープンデータの拡充' WHERE id = 'seed-37'").run();
    db.prepare("UPDATE initiative SET policy_code = 2 WHERE id = 'seed-31'").run();
    const before = marksOf(db);
    migrate(db);
    const after = marksOf(db);
    expect(after.get(37)).toEqual(before.get(37));
    expect(after.get(31)).toEqual(before.get(31));
    expect(after.get(26)).toContain('title');
  });

  it('never adds a second mark where the DB already has one on that field', () => {
    const db = openDatabase(':memory:', { seed: () => readJson<PlanDocument>(SEED_URL) }); // the new seed: marks already there
    dbs.push(db);
    const count = () => (db.prepare('SELECT count(*) AS n FROM review_mark').get() as { n: number }).n;
    const n = count();
    db.pragma('user_version = 7');
    migrate(db);
    expect(count()).toBe(n);
  });

  it('keeps the DB as it was in backups/ before migrating it, once', () => {
    const dir = tempDir('plan-desk-migrate-backup-');
    const path = join(dir, 'plan.db');
    const old = openDatabase(path, { seed: () => readJson<PlanDocument>(SEED_URL) });
    old.prepare("DELETE FROM review_mark WHERE field = 'policy'").run();
    old.pragma('user_version = 7');
    old.close();
    const db = openDatabase(path);
    dbs.push(db);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^plan-\d{8}-\d{6}-before-v8\.db$/);
    const kept = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    try {
      expect(kept.pragma('user_version', { simple: true })).toBe(7);
      expect((kept.prepare("SELECT count(*) AS n FROM review_mark WHERE field = 'policy'").get() as { n: number }).n).toBe(0);
    } finally {
      kept.close();
    }
    expect((db.prepare("SELECT count(*) AS n FROM review_mark WHERE field = 'policy'").get() as { n: number }).n).toBe(4);
    db.close();
    dbs.pop();
    openDatabase(path).close(); // already current: no second backup
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});
