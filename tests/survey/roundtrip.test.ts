// Export → import without edits gives no change and marks every 課 returned; so does a form that
// went through LibreOffice (open + save), the other spreadsheet program a 課 may use.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { call } from '../../electron/cli/io.ts';
import { allForms, fileInput, setupRound, type RoundFixture } from './helpers.ts';

let fx: RoundFixture | null = null;
afterEach(() => { fx?.db.close(); fx = null; });

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe('survey round trip', () => {
  it('writes one form per 課 (shared initiatives to each 課) and reads them back with no change', async () => {
    fx = await setupRound();
    expect(fx.round.files.map((f) => [f.department, f.initiatives])).toEqual([['デジタル推進課', 2], ['市民課', 1], ['職員課', 1]]);
    expect(readdirSync(fx.formsDir).sort()).toEqual(['2025年度実績照会_デジタル推進課.xlsx', '2025年度実績照会_市民課.xlsx', '2025年度実績照会_職員課.xlsx']);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files: allForms(fx.formsDir) });
    expect(report.files.map((f) => f.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(report.files.flatMap((f) => f.changes)).toEqual([]);
    expect(report).toMatchObject({ accepted: 3, rejected: 0, counts: { items: 0, open: 0, openConflicts: 0, decided: 0, applied: 0, rejected: 0 } });
    const status = await call(fx.db, fx.dbPath, 'getSurveyStatus', { roundId: fx.round.round.id });
    expect(status.departments.map((d) => d.state)).toEqual(['answered', 'answered', 'answered']);
    expect(status.unanswered).toEqual([]);
    const review = await call(fx.db, fx.dbPath, 'getSurveyReview', { roundId: fx.round.round.id });
    expect(review.items).toEqual([]);
  });

  it('protects the answer sheet, unlocks only input cells, and validates fiscal years', async () => {
    fx = await setupRound();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fx.form('市民課'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['記入要領', 'visible'], ['回答', 'visible'], ['_plan_desk', 'veryHidden']]);
    const ws = wb.getWorksheet('回答')!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:2' });
    const unlocked = new Set<string>();
    const lists: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => {
      if (c.protection?.locked === false) unlocked.add(c.isMerged ? c.master.address : c.address);
      if (c.dataValidation?.type === 'list') lists.push(String(c.dataValidation.formulae?.[0]));
    }));
    // 実績 (1) + 計画 rows (editable 1 + spare 3) × 4 cells + 目的/活動内容の修正案 + コメント.
    expect(unlocked.size).toBe(1 + 4 * 4 + 3);
    expect(lists).toContain('"2024年度,2025年度,2026年度"');
    expect(ws.getCell('A4').value).toBe('No.1');
  });

  it.skipIf(!hasSoffice)('reads a form saved by LibreOffice with no spurious change', async () => {
    fx = await setupRound();
    const out = join(fx.dir, 'lo');
    mkdirSync(out);
    const profile = join(fx.dir, 'lo-profile'); // a private LibreOffice profile, removed with the test folder
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...fx.round.files.map((f) => fx!.form(f.department))], { stdio: 'ignore', timeout: 60_000 });
    rmSync(profile, { recursive: true, force: true });
    const files = readdirSync(out).sort().map((n) => fileInput(join(out, n)));
    expect(files).toHaveLength(3);
    const report = await call(fx.db, fx.dbPath, 'importSurveyReturns', { files });
    expect(report.files.map((f) => [f.status, f.problems])).toEqual([['accepted', []], ['accepted', []], ['accepted', []]]);
    expect(report.files.flatMap((f) => f.changes)).toEqual([]);
  });
  if (!hasSoffice) console.log('LibreOffice (soffice) がないため、LibreOffice で保存した様式のテストを省略しました。');
});
