// The per-round secret that signs a form's metadata: kept in the DB only, and the rule for rounds
// created before forms were signed (their returns carry no signature and are read as before).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { call } from '../../electron/cli/io.ts';
import { MIGRATIONS } from '../../electron/store/schema-sql.ts';
import { V7_SURVEY_SECRET } from '../../electron/store/sql/v7-survey-secret.ts';
import { FormEditor, fileInput, setupRound, sha256, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

/** The form with its signature row removed, as a form sent before forms were signed looks. */
async function unsigned(f: RoundFixture, department: string, name: string, change?: (e: FormEditor) => void): Promise<string> {
  const e = await FormEditor.open(f.form(department));
  const ws = e.meta();
  for (let r = ws.rowCount; r >= 1; r--) if (ws.getCell(r, 1).value === 'mac') ws.spliceRows(r, 1);
  change?.(e);
  return e.save(join(f.dir, name));
}

describe('form signatures', () => {
  it('the secret is in the DB and in no form', async () => {
    fx = await setupRound();
    const secrets = fx.db.prepare('SELECT secret FROM survey_round_secret').pluck().all() as Buffer[];
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.length).toBe(32);
    const form = await FormEditor.open(fx.form('市民課'));
    const texts: string[] = [];
    form.wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => { texts.push(String(c.value)); })));
    expect(texts.some((t) => t.includes(secrets[0]!.toString('hex')) || t.includes(secrets[0]!.toString('base64')))).toBe(false);
    expect(texts.some((t) => /^[0-9a-f]{64}$/u.test(t))).toBe(true); // the signature itself is there
  });

  it('a new round refuses a return whose signature was removed', async () => {
    fx = await setupRound();
    const before = sha256(fx.dbPath);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await unsigned(fx, '市民課', 'nomac.xlsx'))] });
    expect(report.files[0]!.problems[0]!.message).toMatch(/署名\(mac の行\)が削除されています/);
    expect(sha256(fx.dbPath)).toBe(before);
  });

  it('a round created before forms were signed reads its unsigned returns as before, and still refuses a swapped 課', async () => {
    fx = await setupRound();
    fx.db.prepare('UPDATE survey_round_secret SET forms_unsigned = 1').run();
    const ok = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await unsigned(fx, '市民課', 'legacy.xlsx'))] });
    expect(ok.files.map((f) => [f.status, f.department])).toEqual([['accepted', '市民課']]);
    const before = sha256(fx.dbPath);
    const swapped = await unsigned(fx, '職員課', 'legacy-swap.xlsx', (e) => { e.meta().getCell('B5').value = '市民課'; });
    const bad = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(swapped)] });
    expect(bad.files[0]!.status).toBe('rejected');
    expect(sha256(fx.dbPath)).toBe(before);
    // A signed form of that round (drawn again) is verified all the same.
    const signed = await FormEditor.open(fx.form('市民課'));
    signed.meta().getCell('B5').value = '職員課';
    const forged = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [fileInput(await signed.save(join(fx.dir, 'signed-swap.xlsx')))] });
    expect(forged.files[0]!.problems).toEqual([{ sheet: '_plan_desk', cell: 'B5', message: '送付時「市民課」→ 今「職員課」に書き換えられています。' }]);
  });

  it('forms drawn again keep their recorded file names and are signed with the same secret', async () => {
    fx = await setupRound();
    const again = await call(fx.db, fx.dbPath, 'exportSurveyForms', { roundId: fx.round.round.id, departments: ['市民課'] });
    expect(again.files.map((f) => f.fileName)).toEqual(['2025年度実績照会_市民課.xlsx']);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: [{ name: 'again.xlsx', base64: again.files[0]!.base64! }] });
    expect(report.files.map((f) => [f.status, f.department, f.problems])).toEqual([['accepted', '市民課', []]]);
  });

  it('the migration gives each existing round its own secret, marked as having sent unsigned forms', () => {
    const db = new Database(':memory:');
    try {
      const at = MIGRATIONS.indexOf(V7_SURVEY_SECRET);
      expect(at).toBeGreaterThan(0);
      for (const sql of MIGRATIONS.slice(0, at)) db.exec(sql);
      db.prepare(`INSERT INTO plan (id, title, edition, organization, division, first_fy, last_fy, established_on, created_at)
        VALUES (1, 'p', 'e', 'o', 'd', 2024, 2026, '2024-04-01', '2024-04-01')`).run();
      const round = db.prepare(`INSERT INTO survey_round (uid, plan_id, name, fiscal_year, form_version, protect_password, snapshot_json, created_at, created_by)
        VALUES (?, 1, ?, 2025, 1, 'pw', '{}', '2025-04-01', 'u')`);
      round.run('a'.repeat(32), '照会A');
      round.run('b'.repeat(32), '照会B');
      db.exec(V7_SURVEY_SECRET);
      const rows = db.prepare('SELECT round_id, length(secret) AS n, hex(secret) AS s, forms_unsigned FROM survey_round_secret ORDER BY round_id').all() as { round_id: number; n: number; s: string; forms_unsigned: number }[];
      expect(rows.map((r) => [r.round_id, r.n, r.forms_unsigned])).toEqual([[1, 32, 1], [2, 32, 1]]);
      expect(rows[0]!.s).not.toBe(rows[1]!.s);
      expect(db.prepare('SELECT name FROM survey_round ORDER BY id').pluck().all()).toEqual(['照会A', '照会B']);
    } finally {
      db.close();
    }
  });
});
