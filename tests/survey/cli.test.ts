// The survey commands: round create, import (per-file status, change list, exit codes,
// accept-all), round status and export-xlsx.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../electron/store/open.ts';
import { readPlanDocument } from '../../electron/store/plan-read.ts';
import { cli, miniPlan, tempDir } from '../helpers.ts';
import { FormEditor } from './helpers.ts';

function newDb(): { dir: string; db: string } {
  const dir = tempDir('plan-desk-survey-cli-');
  const db = join(dir, 'plan.db');
  openDatabase(db, { seed: miniPlan }).close();
  return { dir, db };
}

describe('survey CLI', () => {
  it('round create → import (edited + refused) → status → accept-all', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    const created = await cli('round', 'create', '--db', db, '--name', '2025年度実績照会', '--fiscal-year', '2025', '--out', out, '--deadline', '2026-05-15');
    expect(created.code).toBe(0);
    expect(readdirSync(out)).toHaveLength(3);
    expect(created.err).toMatch(/照会「2025年度実績照会」を作成しました\(3課\)/);

    const form = await FormEditor.open(join(out, '2025年度実績照会_職員課.xlsx'));
    form.resultCell('t-02', 2025).value = '研修を12回実施しました。';
    const edited = await form.save(join(dir, '職員課_回答.xlsx'));
    const junk = join(dir, 'junk.xlsx');
    (await import('node:fs')).writeFileSync(junk, 'a,b\n1,2\n');

    const imported = await cli('import', '--db', db, '--round', '2025年度実績照会', edited, junk);
    expect(imported.code).toBe(1); // a file was refused
    expect(imported.out).toMatch(/\[取込\] 職員課_回答\.xlsx\(職員課\)/);
    expect(imported.out).toMatch(/変更 No\.2 実績\(回答!C\d+\):\n {6}研修を12回実施しました。\n/);
    expect(imported.out).toMatch(/\[拒否\] junk\.xlsx: .*CSV/);
    expect(imported.out).toMatch(/取込 1 \/ 拒否 1 \/ 重複 0/);

    const status = await cli('round', 'status', '--db', db, '--name', '2025年度実績照会');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/回答済\t職員課/);
    expect(status.out).toMatch(/未回答\tデジタル推進課/);
    expect(status.out).toMatch(/・デジタル推進課\n・市民課/);

    const applied = await cli('import', '--db', db, '--apply', 'accept-all', edited);
    expect(applied.out).toMatch(/\[重複\]/);
    expect(applied.code).toBe(0);
    expect(applied.err).toMatch(/1 件の取組の 1 項目を反映しました/);
    const d = openDatabase(db);
    expect(readPlanDocument(d, 1).initiatives[1]!.results.find((r) => r.fiscalYear === 2025)?.text).toBe('研修を12回実施しました。');
    d.close();
  });

  it('accept-all refuses while a conflict remains, and says so', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    await cli('round', 'create', '--db', db, '--name', '照会', '--fiscal-year', '2025', '--out', out);
    const files: string[] = [];
    for (const [dept, text] of [['デジタル推進課', '案A'], ['市民課', '案B']] as const) {
      const form = await FormEditor.open(join(out, `照会_${dept}.xlsx`));
      form.resultCell('t-01', 2025).value = text;
      files.push(await form.save(join(dir, `${dept}.xlsx`)));
    }
    const r = await cli('import', '--db', db, '--apply', 'accept-all', ...files);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/!! 競合 No\.1 実績\(回答!C\d+\) \[課によって回答が違う\]/);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^競合 1 件は未決定のまま残しました.*未決定 1件\(うち競合 1件\)/)]);
  });

  it('refuses to write forms over existing files and explains usage errors', async () => {
    const { dir, db } = newDb();
    const out = join(dir, 'forms');
    expect((await cli('round', 'create', '--db', db, '--name', 'A', '--fiscal-year', '2025', '--out', out)).code).toBe(0);
    const again = await cli('round', 'create', '--db', db, '--name', 'B', '--fiscal-year', '2030', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/2030年度 は計画期間\(2024〜2026年度\)の外です/);
    const clash = await cli('round', 'create', '--db', db, '--name', 'A', '--fiscal-year', '2025', '--out', out);
    expect(clash.err).toMatch(/「A」という照会は既にあります/);
    expect((await cli('import', '--db', db)).err).toMatch(/取り込むファイル/);
    expect((await cli('import', '--db', db, '--apply', 'all', 'x')).err).toMatch(/none か accept-all/);
  });

  it('export-xlsx writes 取組一覧 and 取組詳細, text as text', async () => {
    const { dir, db } = newDb();
    const file = join(dir, 'plan.xlsx');
    const r = await cli('export-xlsx', '--db', db, '--out', file);
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['取組一覧', '取組詳細']);
    const list = wb.getWorksheet('取組一覧')!;
    expect(list.getRow(2).values).toEqual([undefined, '重点取組事項', '1', '方針1 暮らしのデジタル化', '○', null, '書かない窓口の導入', 'デジタル推進課\n市民課', '行財政改革計画\n自治体DX推進計画'].map((v) => v ?? undefined));
    const detail = wb.getWorksheet('取組詳細')!;
    const head = (detail.getRow(1).values as string[]).slice(1);
    expect(head).toContain('実績 2024年度');
    expect(detail.getCell(2, head.indexOf('計画') + 1).value).toBe('段1 システム構築(2024年度)\n段1 運用(2025年度〜2026年度)');
  });

  it('round create into a folder that cannot be used: a Japanese message naming it, and no round is made', async () => {
    const { dir, db } = newDb();
    const notDir = join(dir, 'a-file');
    writeFileSync(notDir, '');
    const r = await cli('round', 'create', '--db', db, '--name', '2025年度実績照会', '--fiscal-year', '2025', '--out', join(notDir, 'forms'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`フォルダー「${join(notDir, 'forms')}」を使えません`);
    expect((await cli('round', 'status', '--db', db, '--name', '2025年度実績照会')).err).toMatch(/照会はまだ作られていません/u);
  });
});
