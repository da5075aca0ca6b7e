// Hostile Excel files through `plan-desk import` (the CLI reads the files and calls the same
// handler as the app): each refused file gets a Japanese message naming the file (and the
// sheet!cell where there is one), nothing crashes, and the DB stays byte-identical; the odd but
// harmless ones are read as a person sees them and nothing hostile reaches the DB; the big ones
// stay within bounded time and memory.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cli, sha256File } from '../helpers.ts';
import { miniDb, runTs } from './helpers.ts';
import { buildExcelCorpus, type ExcelCase } from './hostile-excel-corpus.ts';
import { FormEditor } from '../survey/helpers.ts';

const CHILD = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const { dbPath: baseDb, dir } = miniDb();
const round = async (name: string) => {
  const out = join(dir, name);
  const r = await cli('round', 'create', '--db', baseDb, '--name', name, '--fiscal-year', '2025', '--out', out);
  if (r.code !== 0) throw new Error(r.err);
  return (dep: string) => join(out, readdirSync(out).find((n) => n.includes(dep))!);
};
const first = await round('2025年度実績照会');
const second = await round('2025年度追加照会');
const corpus = await buildExcelCorpus(join(dir, 'corpus'), {
  form: first('市民課'), otherRoundForm: second('市民課'), department: '市民課', otherDepartment: '職員課', id: 't-01', fiscalYear: 2025,
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function freshDb(): string {
  const db = join(dir, `case-${++n}.db`);
  copyFileSync(baseDb, db);
  return db;
}

const importArgs = (c: ExcelCase, db: string) => ['import', '--db', db, ...(c.firstRoundOnly ? ['--round', '2025年度実績照会'] : []), c.file];

/** Every text value stored in the DB, as one string (to look for what must never get in). */
function allText(db: string): string {
  const d = new Database(db, { readonly: true });
  try {
    const tables = d.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(d.prepare(`SELECT * FROM "${name}"`).raw().all())).join('\n');
  } finally {
    d.close();
  }
}

function checkOutcome(c: ExcelCase, r: { code: number; out: string; err: string }, db: string, before: string) {
  const text = r.out + r.err;
  expect(text).not.toMatch(/予期しないエラー|\n\s+at /);
  if ('refused' in c.expect) {
    expect(r.code, text).toBe(1);
    expect(text).toContain(`[拒否] ${basename(c.file)}`);
    expect(text).toMatch(c.expect.refused);
    if (c.expect.cell) expect(text).toContain(c.expect.cell);
    expect(sha256File(db)).toBe(before);
  } else {
    expect(r.code, text).toBe(0);
    expect(text).toContain(`[取込] ${basename(c.file)}`);
    const stored = allText(db);
    for (const s of c.expect.dbMustNotContain ?? []) expect(stored.includes(JSON.stringify(s).slice(1, -1)) || stored.includes(s), `DB holds ${JSON.stringify(s)}`).toBe(false);
  }
}

describe('hostile Excel corpus (plan-desk import)', () => {
  it('has the cases of the brief', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  it.each(corpus.filter((c) => !c.heavy).map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const db = freshDb();
    const before = sha256File(db);
    checkOutcome(c, await cli(...importArgs(c, db)), db, before);
  });

  it('big and bomb files: bounded time and memory (child process, peak RSS vs. an empty-file refusal)', async () => {
    const run = async (c: ExcelCase) => {
      const db = freshDb();
      const before = sha256File(db);
      const r = await runTs(CHILD, importArgs(c, db));
      const res = JSON.parse(r.out.trim().split('\n').pop()!) as { code: number; err: string; ms: number; maxRssKb: number };
      return { res, db, before, out: r.out };
    };
    const base = await run(corpus[0]!);
    const report: string[] = [];
    for (const c of corpus.filter((x) => x.heavy)) {
      const { res, db, before } = await run(c); // (the messages are checked in-process in the next test)
      const extra = (res.maxRssKb - base.res.maxRssKb) / 1024;
      report.push(`${c.name}: ${res.ms.toFixed(0)} ms, +${extra.toFixed(0)} MB`);
      expect(res.code, `${c.name}: ${res.err}`).toBe('refused' in c.expect ? 1 : 0);
      if ('refused' in c.expect) expect(sha256File(db)).toBe(before);
      expect(extra, c.name).toBeLessThan(400);
      expect(res.ms, c.name).toBeLessThan(20_000);
    }
    console.log(`hostile Excel (heavy): ${report.join('; ')}`);
  }, 120_000);

  it('heavy cases give the same Japanese messages in-process', async () => {
    for (const c of corpus.filter((x) => x.heavy && 'refused' in x.expect)) {
      const db = freshDb();
      const before = sha256File(db);
      checkOutcome(c, await cli(...importArgs(c, db)), db, before);
    }
  }, 60_000);

  it.skipIf(!hasSoffice)('files saved by LibreOffice as .xls and .ods (renamed .xlsx) are refused', async () => {
    const out = mkdtempSync(join(dir, 'soffice-'));
    const profile = `file://${mkdtempSync(join(dir, 'profile-'))}`;
    for (const fmt of ['xls', 'ods']) {
      spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', fmt, '--outdir', out, first('市民課')], { stdio: 'ignore', timeout: 90_000 });
    }
    const made = readdirSync(out);
    expect(made.length).toBe(2);
    for (const name of made) {
      const renamed = join(out, `${name}.xlsx`);
      renameSync(join(out, name), renamed);
      const db = freshDb();
      const before = sha256File(db);
      const r = await cli('import', '--db', db, renamed);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(name.endsWith('.xls') ? /Excel 97-2003 形式/ : /OpenDocument 形式\(\.ods\)のファイルです.*「Excel 2007-365 \(\.xlsx\)」を選んで保存し直して/);
      expect(sha256File(db)).toBe(before);
    }
  }, 120_000);
});

describe('huge cells and oversized files', () => {
  // 10 MB in one input cell: refused (no Excel cell holds more than 32,767 characters) by file and
  // cell, and whatever reaches a diff is bounded anyway (shared/diff/bounded-diff.ts).
  it('10 MB in one input cell is refused by cell within 400 MB and 20 s, the DB unchanged', async () => {
    const f = await FormEditor.open(first('市民課'));
    const cell = f.resultCell('t-01', 2025);
    cell.value = Array.from({ length: (10 * 1024 * 1024) / 32 }, (_, i) => ((i * 2654435761) >>> 0).toString(36).padStart(8, 'x').repeat(4)).join('');
    const file = await f.save(join(dir, 'ten-mb-cell.xlsx'));
    const db = freshDb();
    const before = sha256File(db);
    const r = await runTs(CHILD, ['import', '--db', db, file], { env: { NODE_OPTIONS: '--max-old-space-size=400' }, timeoutMs: 20_000 });
    expect(r.code, r.err.slice(-300)).toBe(0);
    const res = JSON.parse(r.out.trim().split('\n').pop()!) as { code: number; out: string };
    expect(res.code).toBe(1);
    expect(res.out).toContain('[拒否] ten-mb-cell.xlsx');
    expect(res.out).toContain(`回答!${cell.address} 記入が長すぎます(10,485,760文字)`);
    expect(sha256File(db)).toBe(before);
  }, 60_000);

  it('an input cell at Excel\'s limit (32,767 characters) is imported and its change listed', async () => {
    const f = await FormEditor.open(first('市民課'));
    const text = '実績'.repeat(16_383) + '。';
    const cell = f.resultCell('t-01', 2025);
    cell.value = text;
    const file = await f.save(join(dir, 'full-cell.xlsx'));
    const db = freshDb();
    const r = await cli('import', '--db', db, file);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('[取込] full-cell.xlsx');
    expect(r.out).toContain(`変更 No.1 実績(回答!${cell.address}):\n      ${text}\n`);
    expect(allText(db)).toContain(text);
  }, 60_000);

  // The CLI checks each file's size before reading it: one file over 20 MB is refused by name,
  // the other files of the same call are imported, and the exit code says something was refused.
  it('a 25 MB file among good returns is refused by name and the others are imported', async () => {
    const folder = mkdtempSync(join(dir, 'batch-'));
    copyFileSync(first('市民課'), join(folder, 'a-市民課.xlsx'));
    const big = join(folder, 'b-大きすぎる.xlsx');
    const fd = openSync(big, 'w');
    writeSync(fd, Buffer.from([0]), 0, 1, 25 * 1024 * 1024 - 1); // sparse: no disk used
    closeSync(fd);
    const db = freshDb();
    const r = await cli('import', '--db', db, folder);
    expect(r.out).toMatch(/\[拒否\] b-大きすぎる\.xlsx: ファイルが大きすぎます\(25\.0MB、上限 20MB\)/);
    expect(r.out).toContain('[取込] a-市民課.xlsx');
    expect(r.out).toMatch(/取込 1 \/ 拒否 1 /);
    expect(r.code).toBe(1);
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare('SELECT file_name FROM survey_return').pluck().all()).toEqual(['a-市民課.xlsx']);
    } finally {
      d.close();
    }
  });

  it('only files over 20 MB: each refused by name, nothing written, exit 1', async () => {
    const folder = mkdtempSync(join(dir, 'batch-'));
    for (const n of ['x.xlsx', 'y.xlsx']) {
      const fd = openSync(join(folder, n), 'w');
      writeSync(fd, Buffer.from([0]), 0, 1, 21 * 1024 * 1024);
      closeSync(fd);
    }
    const db = freshDb();
    const before = sha256File(db);
    const r = await cli('import', '--db', db, folder);
    expect(r.out).toMatch(/\[拒否\] x\.xlsx: ファイルが大きすぎます[^\n]*\n\[拒否\] y\.xlsx: ファイルが大きすぎます/);
    expect(r.out).toMatch(/取込 0 \/ 拒否 2 /);
    expect(r.code).toBe(1);
    expect(sha256File(db)).toBe(before);
  });
});
