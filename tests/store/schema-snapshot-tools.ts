// Tools of schema-snapshots.test.ts: the schema a migration run leaves (from sqlite_schema), and
// realistic rows of a version-N DB as INSERT statements (made once, from the mini plan taken
// through editing, freezing and a survey round, then checked in).
import { createHash } from 'node:crypto';
import Database, { type Database as Db } from 'better-sqlite3';
import { MIGRATIONS } from '../../electron/store/schema-sql.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import { handlers } from '../../electron/handlers/index.ts';
import { makeContext } from '../../electron/handlers/context.ts';
import type { InitiativeView } from '../../shared/api/contract.ts';
import { openDatabase } from '../../electron/store/open.ts';
import { miniPlan, tempDir } from '../helpers.ts';
import { join } from 'node:path';

/** A DB brought to version `n` by the shipped migrations, exactly as migrate() runs them. */
export function dbAtVersion(n: number, path = ':memory:'): Db {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (let v = 1; v <= n; v++) {
      db.exec(MIGRATIONS[v - 1]!);
      db.pragma(`user_version = ${v}`);
    }
  }).immediate();
  return db;
}

export const sqlHash = (n: number) => createHash('sha256').update(MIGRATIONS[n - 1]!, 'utf8').digest('hex');

/** The schema after migration n: its SQL's hash, user_version, then every object's SQL in a stable order. */
export function schemaSnapshot(n: number): string {
  const db = dbAtVersion(n);
  try {
    const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as
      { type: string; name: string; tbl_name: string; sql: string | null }[];
    const lines = [`-- migration ${n}: sha256 of its SQL ${sqlHash(n)}`, `PRAGMA user_version = ${db.pragma('user_version', { simple: true })};`, ''];
    for (const r of rows) lines.push(`-- ${r.type} ${r.name} on ${r.tbl_name}`, `${(r.sql ?? '').trim()};`, '');
    return lines.join('\n');
  } finally {
    db.close();
  }
}

/** The tables of version n, parents first (the order migrations created them), with their columns. */
export function tablesOf(db: Db): { name: string; columns: string[] }[] {
  const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid").all() as { name: string }[]).map((r) => r.name);
  return names.map((name) => ({ name, columns: (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[]).map((c) => c.name) }));
}

/** Every row of every table of `db`, restricted to `tables` (a version's tables and columns). */
export function rowsOf(db: Db, tables: { name: string; columns: string[] }[]): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const t of tables) out[t.name] = db.prepare(`SELECT ${t.columns.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY rowid`).raw().all() as unknown[][];
  return out;
}

const literal = (v: unknown): string =>
  v === null ? 'NULL'
    : typeof v === 'number' || typeof v === 'bigint' ? String(v)
      : Buffer.isBuffer(v) ? `X'${v.toString('hex')}'`
        : `'${String(v).replaceAll("'", "''")}'`;

/** A plan as people leave it: edited, a 要確認 mark, its history, a frozen revision and a survey round with a return. */
async function realisticLatestDb(): Promise<Db> {
  const dbPath = join(tempDir(), 'plan.db');
  const db = openDatabase(dbPath, { seed: miniPlan });
  const ctx = makeContext(db, dbPath, 'cli');
  const must = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, input, ctx);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
  const [first] = await must<InitiativeView[]>('listInitiatives', {});
  const { version, ...it } = first!;
  await must('saveInitiative', { id: it.id, version, initiative: { ...it, title: `${it.title}(改)`, results: [...it.results, { fiscalYear: 2025, text: '・窓口で運用を開始しました。' }] } });
  const second = (await must<InitiativeView[]>('listInitiatives', {}))[1]!;
  await must('setReviewMark', { id: second.id, field: 'purpose', reason: '公表版の転記で後半が判読できませんでした' });
  await must('freezeRevision', { label: '2026年度改定版', date: '2026-07-01', summary: ['①実績を記載しました。'] });
  const round = await must<{ round: { id: number }; files: { fileName: string; base64?: string }[] }>('createSurveyRound', { name: '2026年度実績照会', fiscalYear: 2026 });
  const form = round.files[0]!;
  await must('importSurveyReturns', { roundId: round.round.id, files: [{ name: form.fileName, base64: form.base64! }] });
  return db;
}

/**
 * INSERT statements of the realistic rows that fit version n's tables and columns. When the
 * realistic plan cannot be made (an API it uses has changed), the rows of `previous` (version
 * n-1's data) are migrated to n instead, and the tables new in n stay empty: add rows by hand then.
 */
export async function dataSqlAt(n: number, previous?: string): Promise<string> {
  let source: Db;
  try {
    source = await realisticLatestDb();
  } catch (e) {
    if (previous === undefined) throw e;
    console.warn(`version ${n}: the realistic plan could not be made (${(e as Error).message}); carrying version ${n - 1}'s rows forward`);
    source = dbAtVersion(n - 1);
    source.exec(previous);
    source.exec(MIGRATIONS[n - 1]!);
  }
  const target = dbAtVersion(n);
  try {
    const lines = [`-- Rows of a version-${n} DB (generated once from the mini plan, then kept as is).`];
    const inSource = new Set(tablesOf(source).map((t) => t.name));
    for (const t of tablesOf(target)) {
      if (!inSource.has(t.name)) continue; // a table a later migration replaced: the newest DB has no rows for it
      const cols = t.columns.map((c) => `"${c}"`).join(', ');
      for (const row of source.prepare(`SELECT ${cols} FROM "${t.name}" ORDER BY rowid`).raw().all() as unknown[][]) {
        lines.push(`INSERT INTO "${t.name}" (${cols}) VALUES (${row.map(literal).join(', ')});`);
      }
    }
    return `${lines.join('\n')}\n`;
  } finally {
    source.close();
    target.close();
  }
}
