// Migrations that cannot change once shipped: each migration's resulting schema (and the hash of
// its SQL) is checked in as schema-snapshots/vN.snap, and a version-N DB with realistic rows
// (schema-snapshots/vN-data.snap) must come through every later migration with its rows intact.
//
// After adding a migration, make its snapshot and data with one command, then commit both files:
//   UPDATE_SCHEMA_SNAPSHOTS=1 npx vitest run tests/store/schema-snapshots.test.ts
// It only writes files that are missing: a shipped snapshot is never rewritten. A failure here
// means a shipped migration was edited — add a new migration instead of changing an old one.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate, SCHEMA_VERSION } from '../../electron/store/migrations.ts';
import { integrityProblems } from '../../electron/store/integrity.ts';
import { dataSqlAt, dbAtVersion, rowsOf, schemaSnapshot, tablesOf } from './schema-snapshot-tools.ts';

const UPDATE = process.env.UPDATE_SCHEMA_SNAPSHOTS === '1';
/**
 * Columns a later migration rewrites on purpose (table → columns), left out of "rows intact";
 * that migration's own test then checks the new values. Empty: no migration rewrites data.
 */
const REWRITTEN: Record<string, string[]> = {};
/**
 * Tables a later migration replaces by another (old → where its rows went); the replacing
 * migration's own test checks that every row arrived. Migration 6 turns the one decision per item
 * into the first event of each item's decision history.
 */
const REPLACED: Record<string, string> = { survey_decision: 'survey_decision_event (tests/survey/decision-history.test.ts)' };
const file = (name: string) => fileURLToPath(new URL(`./schema-snapshots/${name}`, import.meta.url));
const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

describe('schema snapshots of the shipped migrations', () => {
  it.each(versions)('migration %i still produces its checked-in schema', (n) => {
    const path = file(`v${n}.snap`);
    const now = schemaSnapshot(n);
    if (UPDATE && !existsSync(path)) writeFileSync(path, now);
    expect(existsSync(path), `schema-snapshots/v${n}.snap is missing: run UPDATE_SCHEMA_SNAPSHOTS=1 npx vitest run tests/store/schema-snapshots.test.ts`).toBe(true);
    expect(now).toBe(readFileSync(path, 'utf8'));
  });
});

describe('a DB of every version keeps its rows through the later migrations', () => {
  it.each(versions)('version %i → newest', async (n) => {
    const path = file(`v${n}-data.snap`);
    if (UPDATE && !existsSync(path)) {
      const previous = n > 1 && existsSync(file(`v${n - 1}-data.snap`)) ? readFileSync(file(`v${n - 1}-data.snap`), 'utf8') : undefined;
      writeFileSync(path, await dataSqlAt(n, previous));
    }
    expect(existsSync(path), `schema-snapshots/v${n}-data.snap is missing: run UPDATE_SCHEMA_SNAPSHOTS=1 npx vitest run tests/store/schema-snapshots.test.ts`).toBe(true);
    const db = dbAtVersion(n);
    try {
      db.exec(readFileSync(path, 'utf8'));
      const tables = tablesOf(db).filter((t) => !(t.name in REPLACED)).map((t) => ({ ...t, columns: t.columns.filter((c) => !REWRITTEN[t.name]?.includes(c)) }));
      const before = rowsOf(db, tables);
      expect(Object.values(before).reduce((sum, rows) => sum + rows.length, 0)).toBeGreaterThan(10);
      migrate(db);
      expect(rowsOf(db, tables)).toEqual(before);
      expect(integrityProblems(db, 'full')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
