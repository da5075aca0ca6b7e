import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, schemaVersionOf, SCHEMA_VERSION } from '../../electron/store/migrations.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { readPlanDocument, currentPlanId } from '../../electron/store/plan-read.ts';
import { miniPlan, sha256File, tempDir } from '../helpers.ts';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

describe('migrations', () => {
  it('bring an empty DB to the newest version, every table STRICT', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    const sql = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(sql.length).toBeGreaterThan(8);
    for (const t of sql) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
  });

  it('upgrade a DB of the previous version and keep its data', () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(old, SCHEMA_VERSION - 1);
    expect(schemaVersionOf(old)).toBe(SCHEMA_VERSION - 1);
    // A DB of the previous version that already holds a plan.
    old.exec("INSERT INTO plan (title, edition, organization, division, first_fy, last_fy, established_on, created_at, is_current) VALUES ('旧計画', '初版', '平塚市', '', 2024, 2026, '2024-03-25', 'now', 1)");
    old.exec("INSERT INTO policy (plan_id, code, name, pos) VALUES (1, 1, '暮らし', 0)");
    old.close();
    const db = openDatabase(path);
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
    expect(readPlanDocument(db, currentPlanId(db)).plan.title).toBe('旧計画');
    db.close();
  });

  it('roll back every step of a failing migration run', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE change_batch (x INTEGER) STRICT'); // makes migration 2 fail
    expect(() => migrate(db)).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
    expect(tables(db)).not.toContain('change_entry');
  });

  it('refuse a DB written by a newer version, unchanged', () => {
    const dir = tempDir();
    const path = join(dir, 'newer.db');
    openDatabase(path, { seed: miniPlan }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = sha256File(path);
    expect(() => openDatabase(path)).toThrow(/新しい版のアクションプラン・デスクで作られています/);
    expect(sha256File(path)).toBe(before);
  });

  it('refuse a file that is not a plan-desk DB', () => {
    const dir = tempDir();
    const notDb = join(dir, 'plan.db');
    writeFileSync(notDb, 'これはデータベースではありません'.repeat(100));
    expect(() => openDatabase(notDb)).toThrow(/SQLite データベースとして開けません/);
    const other = join(dir, 'other.db');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    expect(() => openDatabase(other)).toThrow(/アクションプラン・デスクのデータベースではありません/);
  });

  it('turn on foreign keys and the rollback journal', () => {
    const db = openDatabase(join(tempDir(), 'p.db'), { seed: miniPlan });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(() => db.prepare("INSERT INTO initiative_department (initiative_id, pos, department_id) VALUES ('nope', 0, 1)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
